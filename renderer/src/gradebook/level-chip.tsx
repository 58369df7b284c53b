import type { JSX } from 'react';
import type { Scale } from '../../../preload/contract/index.js';
import { colouredLevels } from '../format/level-colours.js';
import { formatLevel, levelBand } from './level-scale.js';

/** A level on its scale colour, outside the grid (history, legend); the colours come from the grid's root. */
export function LevelChip(props: { level: number | null; scale: Scale; large?: boolean }): JSX.Element {
  const { level, scale } = props;
  if (level === null) return <span className={props.large ? 'chip chip--none chip--large' : 'chip chip--none'}>–</span>;
  const band = Math.min(levelBand(level, scale), colouredLevels - 1);
  const mastered = level >= scale.masteryThreshold;
  const names = ['chip', `lvl-${band}`, mastered ? 'is-mastered' : '', props.large ? 'chip--large' : ''].filter(Boolean).join(' ');
  return (
    <span className={names} title={scale.levels[levelBand(level, scale)]?.label}>
      {formatLevel(level)}
      {mastered && (
        <span className="chip__tick" aria-hidden="true">
          ✓
        </span>
      )}
    </span>
  );
}
