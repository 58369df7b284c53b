import type { GradebookReader } from '../../db/handle.js';
import { readStoredRowLevels } from '../../db/mastery-levels.js';
import type { RollupMethod } from '../../preload/contract/vocabulary.js';
import type { GridColumn, RowRollups } from '../../preload/contract/index.js';
import { rollUp } from './domain/rollup.js';

/** Each cluster/domain id (any ancestor of a column) with the indexes of the columns under it. */
export type ColumnGroups = Map<string, number[]>;

export function groupColumns(columns: readonly GridColumn[]): ColumnGroups {
  const groups: ColumnGroups = new Map();
  columns.forEach((column, index) => {
    for (const ancestor of column.ancestors) {
      const list = groups.get(ancestor.id);
      if (list) list.push(index);
      else groups.set(ancestor.id, [index]);
    }
  });
  return groups;
}

/** One learner's roll-up level per group (in the groups' order), from levels aligned with the columns. */
export function rowRollups(groups: ColumnGroups, levels: readonly (number | null)[], method: RollupMethod): (number | null)[] {
  return [...groups.values()].map((indexes) => rollUp(indexes.map((i) => levels[i] ?? null), method));
}

/**
 * A learner's roll-ups from the levels stored for that learner (one query), for the answer to a
 * write: the caller has just stored the cells it changed, so these match the next read of the grid.
 */
export function storedRowRollups(
  reader: GradebookReader,
  mastery: { classId: string; columns: readonly GridColumn[]; rollupMethod: RollupMethod },
  learnerId: string,
): RowRollups {
  const stored = new Map(readStoredRowLevels(reader, mastery.classId, learnerId).map((row) => [row.standardId, row.level]));
  const groups = groupColumns(mastery.columns);
  const values = rowRollups(groups, mastery.columns.map((column) => stored.get(column.standardId) ?? null), mastery.rollupMethod);
  return Object.fromEntries([...groups.keys()].map((groupId, index) => [groupId, values[index] ?? null]));
}
