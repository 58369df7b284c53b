import type { GridCell, Scale } from '../../../preload/contract/index.js';
import { plural } from '../format/plural.js';
import type { DisplayColumn } from './grid-columns.js';
import { describeLevel, formatLevel } from './level-scale.js';

/**
 * The active cell in words, for screen readers (the grid's aria-describedby) and the status line:
 * "Karim Al-Masri, 5.NBT.A.1: 1.88 Beginning, not mastered, 4 pieces of evidence, 1 awaiting feedback".
 */
export function describeCell(
  learner: string,
  column: DisplayColumn,
  value: { cell: GridCell | null; level: number | null },
  scale: Scale,
  change?: { before: number | null; after: number | null },
): string {
  const where = column.kind === 'standard' ? `${learner}, ${column.code}` : `${learner}, roll-up of ${column.group.code ?? column.group.statement}`;
  const parts = [`${where}: ${describeLevel(value.level, scale)}`];
  if (value.level !== null) parts.push(value.level >= scale.masteryThreshold ? 'mastered' : 'not mastered');
  const cell = value.cell;
  if (cell) {
    parts.push(plural(cell.evidenceCount, 'piece of evidence', 'pieces of evidence'));
    if (cell.awaitingFeedback > 0) parts.push(`${cell.awaitingFeedback} awaiting feedback`);
    if (cell.override) parts.push(`set by the teacher: ${cell.override.reason}`);
  }
  if (change) parts.push(`would be ${formatLevel(change.after) || 'no level'} under the previewed method`);
  return parts.join(', ');
}
