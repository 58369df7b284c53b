import type { GridCell, MasteryGrid } from '../../../preload/contract.js';

export type CellUpdate = { learnerId: string; standardId: string; cell: GridCell };

export const cellKey = (learnerId: string, standardId: string): string => `${learnerId}|${standardId}`;

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
 * Roll-ups are left as they were: they follow on the next read of the grid.
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
      row = { ...row, cells: [...row.cells] };
      rows[r] = row;
      copied.add(r);
    }
    row.cells[c] = update.cell;
  }
  return copied.size === 0 ? grid : { ...grid, rows };
}
