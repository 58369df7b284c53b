import { roundHalfAwayFromZero } from './rounding.js';

export type RollupMethod = 'mean' | 'minimum' | 'mode' | 'all_proficient';

/**
 * A cluster's or domain's level from its standards' levels. Standards without a level are left out
 * (no evidence is not evidence of zero); no levels at all → null.
 * - mean: the average, rounded to 2 decimals;
 * - minimum: the weakest standard — "the cluster is only as strong as its weakest part";
 * - mode: the most frequent level, ties to the higher (a roll-up should not punish a split);
 * - all_proficient: the minimum, but only once every standard has a level — a standard nobody has
 *   seen yet leaves the cluster unproven (null), so "proficient" means proficient on all of it.
 */
export function rollUp(levels: readonly (number | null)[], method: RollupMethod): number | null {
  const present = levels.filter((level): level is number => level !== null);
  if (present.length === 0) return null;
  if (method === 'all_proficient' && present.length < levels.length) return null;
  switch (method) {
    case 'mean':
      return roundHalfAwayFromZero(present.reduce((sum, level) => sum + level, 0) / present.length, 2);
    case 'minimum':
      return Math.min(...present);
    case 'mode': {
      const counts = new Map<number, number>();
      for (const level of present) counts.set(level, (counts.get(level) ?? 0) + 1);
      let best = present[0] ?? 0;
      for (const [level, count] of counts) {
        const bestCount = counts.get(best) ?? 0;
        if (count > bestCount || (count === bestCount && level > best)) best = level;
      }
      return best;
    }
    case 'all_proficient':
      return Math.min(...present);
  }
}
