import type { JSX } from 'react';
import type { Scale } from '../../../preload/contract/index.js';
import { levelColourProperties } from '../format/level-colours.js';
import type { GroupOption } from './grid-columns.js';
import { LevelChip } from './level-chip.js';
import { Field } from '../ui/field.js';

/** Which columns show and what stands out: cluster filter, roll-ups, awaiting feedback; and the legend. */
export function FilterBar(props: {
  groups: readonly GroupOption[];
  groupId: string | null;
  onGroup: (id: string | null) => void;
  showRollups: boolean;
  onRollups: (show: boolean) => void;
  highlightAwaiting: boolean;
  awaitingCount: number;
  onAwaiting: (on: boolean) => void;
  /** Every scale the columns use: a legend for each. */
  scales: readonly Scale[];
}): JSX.Element {
  return (
    <div className="filterbar">
      <Field label="Cluster">
        {(control) => (
          <select
            {...control}
            className="field field--select filterbar__group"
            value={props.groupId ?? ''}
            onChange={(event) => props.onGroup(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">All standards</option>
            {props.groups.map((group) => (
              <option key={group.id} value={group.id}>
                {'\u2003'.repeat(group.depth)}
                {group.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="check">
        <input type="checkbox" checked={props.showRollups} onChange={(event) => props.onRollups(event.target.checked)} />
        Roll-ups
      </label>
      <label className={props.highlightAwaiting ? 'check check--awaiting is-on' : 'check check--awaiting'}>
        <input type="checkbox" checked={props.highlightAwaiting} onChange={(event) => props.onAwaiting(event.target.checked)} />
        Awaiting feedback
        <span className="count-badge" data-testid="awaiting-count">
          {props.awaitingCount}
        </span>
      </label>
      <span className="toolbar__spacer" />
      {props.scales.map((scale) => (
        // each legend carries its own scale's colours, so its chips match that scale's columns
        <ul key={scale.id} className="legend" aria-label={`${scale.title}, mastered at ${scale.masteryThreshold}`} style={levelColourProperties(scale)}>
          {scale.levels.map((level) => (
            <li key={level.value} className="legend__item" title={level.description}>
              <LevelChip level={level.value} scale={scale} />
              <span>{level.label}</span>
            </li>
          ))}
        </ul>
      ))}
    </div>
  );
}
