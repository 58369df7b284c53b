import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import { cellKey } from '../preload/contract/shared.js';

/** Mastery overrides: a teacher's level for a cell, with a reason, until cleared. */

export type OverrideRow = { learnerId: string; standardId: string; level: number; reason: string; overriddenOn: string };

/** The latest uncleared override per cell, as of a date when given. */
export function readActiveOverrides(
  reader: GradebookReader,
  classId: string,
  filter: { learnerId?: string; standardId?: string; asOf?: string | null } = {},
): OverrideRow[] {
  let query = qb
    .selectFrom('mastery_overrides')
    .select(['learner_id as learnerId', 'standard_id as standardId', 'level', 'reason', 'overridden_on as overriddenOn'])
    .where('class_id', '=', classId)
    .where('cleared_at', 'is', null);
  if (filter.learnerId !== undefined) query = query.where('learner_id', '=', filter.learnerId);
  if (filter.standardId !== undefined) query = query.where('standard_id', '=', filter.standardId);
  if (filter.asOf) query = query.where('overridden_on', '<=', filter.asOf);
  const latest = new Map<string, OverrideRow>();
  for (const row of reader.all(query.orderBy('created_at'))) latest.set(cellKey(row.learnerId, row.standardId), row);
  return [...latest.values()];
}

export type NewOverride = { id: string; classId: string; learnerId: string; standardId: string; level: number; reason: string; overriddenOn: string; createdAt: string };

export function insertOverride(writer: GradebookWriter, input: NewOverride): void {
  writer.run(
    qb.insertInto('mastery_overrides').values({
      id: input.id,
      class_id: input.classId,
      learner_id: input.learnerId,
      standard_id: input.standardId,
      level: input.level,
      reason: input.reason,
      overridden_on: input.overriddenOn,
      overridden_by: null,
      created_at: input.createdAt,
      cleared_at: null,
    }),
  );
}

/** Clears every open override on a cell; returns how many were open. */
export function clearOverrides(writer: GradebookWriter, cell: { classId: string; learnerId: string; standardId: string }, at: string): number {
  return writer.run(
    qb
      .updateTable('mastery_overrides')
      .set({ cleared_at: at })
      .where('class_id', '=', cell.classId)
      .where('learner_id', '=', cell.learnerId)
      .where('standard_id', '=', cell.standardId)
      .where('cleared_at', 'is', null),
  ).changes;
}
