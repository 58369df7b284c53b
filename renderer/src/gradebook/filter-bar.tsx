import type { JSX } from 'react';
import type { GridColumn, Scale } from '../../../preload/contract/index.js';
import { levelColourProperties } from '../format/level-colours.js';
import type { GroupOption } from './grid-columns.js';
import { LevelChip } from './level-chip.js';
import { Field } from '../ui/field.js';
import { legendScope } from './legend-scope.js';
import type { LevelStyle } from './level-display.js';

/**
 * Which columns show and how: cluster filter, roll-ups, levels with decimals, awaiting feedback (off
 * until asked for); and a legend per scale, saying which columns it belongs to.
 */
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
  /** The grid's columns, to say which of them each legend's scale scores. */
  columns: readonly GridColumn[];
  levelStyle: LevelStyle;
  onLevelStyle: (style: LevelStyle) => void;
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
      <label className="check" title="Levels are shown as the scale shows them; hover a cell for its exact value">
        <input type="checkbox" checked={props.levelStyle === 'decimals'} onChange={(event) => props.onLevelStyle(event.target.checked ? 'decimals' : 'scale')} />
        Decimals
      </label>
      <label className={props.highlightAwaiting ? 'check check--awaiting is-on' : 'check check--awaiting'}>
        <input type="checkbox" checked={props.highlightAwaiting} onChange={(event) => props.onAwaiting(event.target.checked)} />
        Awaiting feedback
        <span className="count-badge" data-testid="awaiting-count">
          {props.awaitingCount}
        </span>
      </label>
      <span className="toolbar__spacer" />
      {props.scales.map((scale) => {
        const scope = legendScope(scale.id, props.columns);
        return (
          // each legend carries its own scale's colours, so its chips match that scale's columns
          <div key={scale.id} className="legend-block" data-testid="legend" style={levelColourProperties(scale)}>
            <span className="legend__scope">
              {scale.title} · {scope}
            </span>
            <ul className="legend" aria-label={`${scale.title}, mastered at ${scale.masteryThreshold}, for ${scope}`}>
              {scale.levels.map((level) => (
                <li key={level.value} className="legend__item" title={level.description}>
                  <LevelChip level={level.value} scale={scale} />
                  <span>{level.label}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
