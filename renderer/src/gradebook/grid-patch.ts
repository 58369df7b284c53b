import type { GridCell, MasteryGrid, RowRollups } from '../../../preload/contract/index.js';
import { copyCells, writeCell } from './grid-cells.js';

/** A cell the gradebook answered a write with, and its learner's roll-ups after the write. */
export type CellUpdate = { learnerId: string; standardId: string; cell: GridCell; rollups: RowRollups };

const columnIndexes = new WeakMap<MasteryGrid['columns'], Map<string, number>>();

function columnIndex(columns: MasteryGrid['columns']): Map<string, number> {
  let index = columnIndexes.get(columns);
  if (!index) {
    index = new Map(columns.map((column, i) => [column.standardId, i]));
    columnIndexes.set(columns, index);
  }
  return index;
}

/**
 * The grid with some cells replaced by the levels the gradebook just answered with. Only the touched
 * rows are copied, so the rows on screen that did not change keep their identity and do not re-render.
 * The touched learners' roll-ups are replaced too: every write answers with them.
 */
export function patchGrid(grid: MasteryGrid, updates: readonly CellUpdate[]): MasteryGrid {
  const columns = columnIndex(grid.columns);
  const rowIndex = new Map(grid.rows.map((row, i) => [row.learnerId, i]));
  const rows = [...grid.rows];
  const copied = new Set<number>();
  for (const update of updates) {
    const r = rowIndex.get(update.learnerId);
    const c = columns.get(update.standardId);
    if (r === undefined || c === undefined) continue;
    let row = rows[r]!;
    if (!copied.has(r)) {
      row = { ...row, cells: copyCells(row.cells) };
      rows[r] = row;
      copied.add(r);
    }
    writeCell(row.cells, c, update.cell);
    row.rollups = grid.groups.map((groupId, index) => (groupId in update.rollups ? (update.rollups[groupId] ?? null) : (row.rollups[index] ?? null)));
  }
  return copied.size === 0 ? grid : { ...grid, rows };
}
