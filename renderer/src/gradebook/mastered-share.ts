import type { GridRow } from '../../../preload/contract/index.js';
import type { DisplayColumn } from './grid-columns.js';
import { columnValue } from './grid-rows.js';
import { scaleOfColumn, type GridScales } from './grid-scales.js';
import { formatCount, formatPercent } from '../format/numbers.js';

/** How many learners have mastered a column's standard (or group), out of the class and of those with a level. */
export type MasteredShare = { mastered: number; withLevel: number; learners: number };

/** The summary row: per column shown, the share of the class at or above that column's mastery threshold. */
export function masteredShares(rows: readonly GridRow[], columns: readonly DisplayColumn[], scales: GridScales): MasteredShare[] {
  return columns.map((column) => {
    const threshold = scaleOfColumn(scales, column).scale.masteryThreshold;
    let mastered = 0;
    let withLevel = 0;
    for (const row of rows) {
      const level = columnValue(row, column);
      if (level === null) continue;
      withLevel++;
      if (level >= threshold) mastered++;
    }
    return { mastered, withLevel, learners: rows.length };
  });
}

/** "48%" of the whole class (a learner without evidence has not shown mastery yet); empty for no learners. */
export function shareText(share: MasteredShare): string {
  return share.learners === 0 ? '' : formatPercent(share.mastered, share.learners);
}

/** The summary cell's tooltip: "12 of 25 learners mastered 5.NBT.A.1; 20 have a level". */
export function shareTitle(share: MasteredShare, what: string): string {
  return `${formatCount(share.mastered)} of ${formatCount(share.learners)} learners mastered ${what}; ${formatCount(share.withLevel)} have a level`;
}

/**
 * The learners who have not mastered a standard's column yet — no level, or one below its threshold — in
 * the order given: the group a teacher makes from the gradebook for that standard.
 */
export function notYetMastered(rows: readonly GridRow[], column: DisplayColumn, scales: GridScales): GridRow[] {
  const threshold = scaleOfColumn(scales, column).scale.masteryThreshold;
  return rows.filter((row) => {
    const level = columnValue(row, column);
    return level === null || level < threshold;
  });
}
