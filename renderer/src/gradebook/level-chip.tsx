import type { JSX } from 'react';
import type { Scale } from '../../../preload/contract/index.js';
import { Chip } from '../ui/chip.js';
import { formatLevel, levelBand } from './level-scale.js';

/** A level on its scale colour, outside the grid (history, legend); the colours come from the grid's root. */
export function LevelChip(props: { level: number | null; scale: Scale; large?: boolean }): JSX.Element {
  const { level, scale } = props;
  const large = props.large ?? false;
  if (level === null) return <Chip text="–" band={null} mastered={false} large={large} />;
  const band = levelBand(level, scale);
  return <Chip text={formatLevel(level)} band={band} mastered={level >= scale.masteryThreshold} large={large} title={scale.levels[band]?.label} />;
}
