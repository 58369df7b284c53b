import type { JSX } from 'react';
import type { ProfileGap, StandardStanding } from '../../../preload/contract/index.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { plural } from '../format/plural.js';
import { Chip } from '../ui/chip.js';
import { paletteBand, type ProfileScales } from './profile-scales.js';
import { gapReasonText } from './profile-words.js';
import { Sparkline } from './sparkline-view.js';
import { describeLevel, groupByHierarchy, levelNumber, standardLabel, type Ancestor } from './standing-groups.js';
import './standing-list.css';

type RowProps = {
  standing: StandardStanding;
  scales: ProfileScales;
  gap?: ProfileGap | undefined;
  onOpen: (standing: StandardStanding) => void;
};

/** One standard: its level on its colour, code and statement, a sparkline of its evidence; a click opens its evidence. */
export function StandingRow({ standing, scales, gap, onOpen }: RowProps): JSX.Element {
  const scale = scales.byId.get(standing.scaleId)?.scale;
  const level = describeLevel(standing.level, scale);
  const chipText = standing.level === null ? '—' : levelNumber(standing.level);
  return (
    <li className="standing">
      <button
        type="button"
        className="standing__button"
        title={`Level worked out by the class’s method: ${standing.methodLabel}. Open the evidence.`}
        onClick={() => onOpen(standing)}
      >
        <Chip text={chipText} band={paletteBand(scales, standing.scaleId, standing.level)} mastered={standing.mastered} />
        <span className="standing__text">
          <span className="standing__code">{standardLabel(standing)}</span>
          <span className="standing__statement">{standing.statement}</span>
          {gap && <span className={`standing__gap standing__gap--${gap.reason}`}>{gapReasonText[gap.reason]}</span>}
        </span>
        <span className="standing__level">
          {level}
          {standing.mastered && <span className="visually-hidden">, mastered</span>}
          {standing.override && <span className="standing__override"> · set by the teacher</span>}
        </span>
        <Sparkline points={standing.points} scale={scale} />
        <span className="standing__evidence">
          {standing.evidenceCount === 0 ? 'No evidence' : plural(standing.evidenceCount, 'piece', 'pieces') + ' of evidence'}
          {standing.lastObservedOn && <span className="standing__last">last {formatIsoDate(standing.lastObservedOn)}</span>}
        </span>
      </button>
    </li>
  );
}

/** "5.NF › 5.NF.A Use equivalent fractions…"; null for standards outside any hierarchy (a skills list, say), which need no heading. */
function groupHeading(path: Ancestor[]): string | null {
  const nearest = path.at(-1);
  if (!nearest) return null;
  const above = path.slice(0, -1).map((ancestor) => ancestor.code ?? ancestor.statement);
  const own = nearest.code ? `${nearest.code} ${nearest.statement}` : nearest.statement;
  return [...above, own].join(' › ');
}

/** Standards grouped by the framework hierarchy (domain › cluster), in the framework's order. */
export function StandingGroups(props: { standings: readonly StandardStanding[]; scales: ProfileScales; onOpen: (standing: StandardStanding) => void; label: string }): JSX.Element {
  return (
    <div className="standing-groups" role="group" aria-label={props.label}>
      {groupByHierarchy(props.standings).map((group) => (
        <div key={group.key} className="standing-group">
          {groupHeading(group.path) !== null && <h4 className="standing-group__title">{groupHeading(group.path)}</h4>}
          <ul className="standing-list">
            {group.standings.map((standing) => (
              <StandingRow key={standing.standardId} standing={standing} scales={props.scales} onOpen={props.onOpen} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
