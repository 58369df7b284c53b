import type { GridRow, MasteryGrid } from '../../../preload/contract/index.js';
import { compareNames, learnerName } from '../format/learner-name.js';
import { levelAt } from './grid-cells.js';
import type { DisplayColumn } from './grid-columns.js';

/** The sort the teacher chose by clicking a header; `learner` is the name column. */
export type GridSort = { id: string; desc: boolean };

export const learnerColumnId = 'learner';

/** The value a column shows for a row: a standard's level, or a group's roll-up. */
export function columnValue(row: GridRow, column: DisplayColumn): number | null {
  return column.kind === 'standard' ? levelAt(row, column.sourceIndex) : (row.rollups[column.rollupIndex] ?? null);
}

/**
 * The order of the rows (indexes into `rows`) for a sort. Learners without a level go last in both
 * directions — "no evidence" is not the lowest level — and ties fall back to the name, so the order
 * never depends on the sort's stability or the order the gradebook sent.
 */
export function sortRows(grid: Pick<MasteryGrid, 'rows' | 'columns' | 'groups'>, sort: GridSort | null): number[] {
  const { rows } = grid;
  const names = rows.map((row) => learnerName(row));
  const byName = (a: number, b: number) => compareNames(names[a]!, names[b]!);
  const indexes = rows.map((_, index) => index);
  const column = sort && sort.id !== learnerColumnId ? sortColumn(grid, sort.id) : undefined;
  if (!sort || !column) {
    indexes.sort(byName);
    return sort?.desc && sort.id === learnerColumnId ? indexes.reverse() : indexes;
  }
  const values = rows.map((row) => columnValue(row, column));
  const direction = sort.desc ? -1 : 1;
  return indexes.sort((a, b) => {
    const [x, y] = [values[a] ?? null, values[b] ?? null];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return (x - y) * direction || byName(a, b);
  });
}

/** The column a sort id names: a standard by its id, or a group's roll-up as `rollup:<group id>`. */
export function sortColumn({ columns, groups }: Pick<MasteryGrid, 'columns' | 'groups'>, id: string): DisplayColumn | undefined {
  if (id.startsWith('rollup:')) {
    const groupId = id.slice('rollup:'.length);
    const rollupIndex = groups.indexOf(groupId);
    return rollupIndex < 0 ? undefined : { kind: 'rollup', key: id, groupId, rollupIndex, group: { id: groupId, code: null, statement: '' } };
  }
  const sourceIndex = columns.findIndex((column) => column.standardId === id);
  const column = columns[sourceIndex];
  if (!column) return undefined;
  const group = { id: null, code: null, statement: '' };
  return { kind: 'standard', key: id, standardId: id, sourceIndex, code: column.code ?? '', statement: column.statement, methodLabel: null, group };
}
