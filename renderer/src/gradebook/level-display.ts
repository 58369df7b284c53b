import type { Scale } from '../../../preload/contract/index.js';
import { describeLevel, formatLevel, levelBand } from './level-scale.js';

/** How the grid writes levels: as the scale shows them (the default), or with their decimals. */
export type LevelStyle = 'scale' | 'decimals';

/**
 * A computed level as the scale shows it: the scale level it has reached, or the half step when the
 * scale has half steps. Down, never to the nearest: 2.7 is not yet Proficient, and a cell that said
 * "3" without the mastered tick would contradict itself (mastery is reached at the threshold).
 */
export function scaleStep(level: number, scale: Scale): number {
  const reached = scale.levels[levelBand(level, scale)]?.value ?? level;
  if (!scale.halfSteps) return reached;
  const half = Math.floor(level * 2 + 1e-9) / 2;
  return Math.max(reached, Math.min(half, Math.max(...scale.levels.map((l) => l.value))));
}

/** The text a cell shows for a level: "2" (or "2.5" on a half-step scale) by default, "2.57" with decimals. */
export function levelText(level: number | null, scale: Scale, style: LevelStyle): string {
  if (level === null) return '';
  return formatLevel(style === 'decimals' ? level : scaleStep(level, scale));
}

/** The precise value, for the cell's tooltip, when the cell shows less than it: "2.57 Developing". */
export function preciseLevel(level: number | null, scale: Scale, style: LevelStyle): string | null {
  if (level === null) return null;
  if (style === 'scale' && scaleStep(level, scale) === Number(level.toFixed(2))) return null;
  return describeLevel(level, scale);
}
