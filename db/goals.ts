import { GradebookError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { Authorship, Reflection } from '../preload/contract/learners.js';
import type { GoalStatus } from '../preload/contract/vocabulary.js';

/** Goals a learner sets (with an educator or family), the standards they aim at, and dated reflections. */

export type GoalRow = Authorship & {
  goalId: string;
  learnerId: string;
  body: string;
  targetOn: string | null;
  status: GoalStatus;
  /** The day it was set, on the teacher's calendar. */
  setOn: string;
  createdAt: string;
  updatedAt: string;
};

export type GoalStandardRow = { goalId: string; standardId: string; code: string | null; statement: string };
export type ReflectionRow = Reflection & { goalId: string };

const goalColumns = [
  'id as goalId',
  'learner_id as learnerId',
  'body',
  'target_on as targetOn',
  'status',
  'author',
  'author_name as authorName',
  'set_on as setOn',
  'created_at as createdAt',
  'updated_at as updatedAt',
] as const;

export type NewGoal = Authorship & { id?: string; learnerId: string; body: string; targetOn: string | null; standardIds: readonly string[]; setOn: string; at?: string };

export function insertGoal(writer: GradebookWriter, input: NewGoal): string {
  const id = input.id ?? newId();
  const at = input.at ?? nowIso();
  writer.run(
    qb.insertInto('goals').values({
      id,
      learner_id: input.learnerId,
      body: input.body,
      target_on: input.targetOn,
      author: input.author,
      author_name: input.authorName,
      set_on: input.setOn,
      created_at: at,
      updated_at: at,
    }),
  );
  setGoalStandards(writer, id, input.standardIds);
  return id;
}

/** Replaces a goal's standards, keeping the order they were given in. */
export function setGoalStandards(writer: GradebookWriter, goalId: string, standardIds: readonly string[]): void {
  writer.run(qb.deleteFrom('goal_standards').where('goal_id', '=', goalId));
  const unique = [...new Set(standardIds)];
  if (unique.length === 0) return;
  writer.run(qb.insertInto('goal_standards').values(unique.map((standard_id, position) => ({ goal_id: goalId, standard_id, position }))));
}

export function updateGoal(
  writer: GradebookWriter,
  goalId: string,
  changes: { body?: string; targetOn?: string | null; status?: GoalStatus },
  at = nowIso(),
): void {
  writer.run(
    qb
      .updateTable('goals')
      .set({
        ...(changes.body !== undefined ? { body: changes.body } : {}),
        ...(changes.targetOn !== undefined ? { target_on: changes.targetOn } : {}),
        ...(changes.status !== undefined ? { status: changes.status } : {}),
        updated_at: at,
      })
      .where('id', '=', goalId),
  );
}

/** One goal, refused unless it is `learnerId`'s: a page may not touch another learner's goal. */
export function requireGoal(reader: GradebookReader, learnerId: string, goalId: string): GoalRow {
  const row = reader.first(qb.selectFrom('goals').select(goalColumns).where('id', '=', goalId));
  if (!row || row.learnerId !== learnerId) {
    throw new GradebookError('not_found', 'That goal is not one of this learner’s goals.', { learnerId, goalId });
  }
  return row;
}

/** A learner's goals set on or before `asOf` (all when null), newest first. */
export function readGoals(reader: GradebookReader, learnerId: string, asOf: string | null = null): GoalRow[] {
  let query = qb.selectFrom('goals').select(goalColumns).where('learner_id', '=', learnerId);
  if (asOf) query = query.where('set_on', '<=', asOf);
  return reader.all(query.orderBy('set_on', 'desc').orderBy('created_at', 'desc'));
}

export function readGoalStandards(reader: GradebookReader, goalIds: readonly string[]): GoalStandardRow[] {
  if (goalIds.length === 0) return [];
  return reader.all(
    qb
      .selectFrom('goal_standards as gs')
      .innerJoin('standards as s', 's.id', 'gs.standard_id')
      .select(['gs.goal_id as goalId', 'gs.standard_id as standardId', 's.code', 's.statement'])
      .where('gs.goal_id', 'in', [...goalIds])
      .orderBy('gs.goal_id')
      .orderBy('gs.position'),
  );
}

export type NewReflection = Authorship & { id?: string; goalId: string; body: string; reflectedOn: string; at?: string };

export function insertReflection(writer: GradebookWriter, input: NewReflection): string {
  const id = input.id ?? newId();
  writer.run(
    qb.insertInto('reflections').values({
      id,
      goal_id: input.goalId,
      body: input.body,
      author: input.author,
      author_name: input.authorName,
      reflected_on: input.reflectedOn,
      created_at: input.at ?? nowIso(),
    }),
  );
  return id;
}

/** The goals' reflections written on or before `asOf` (all when null), newest first. */
export function readReflections(reader: GradebookReader, goalIds: readonly string[], asOf: string | null = null): ReflectionRow[] {
  if (goalIds.length === 0) return [];
  let query = qb
    .selectFrom('reflections')
    .select(['id as reflectionId', 'goal_id as goalId', 'body', 'author', 'author_name as authorName', 'reflected_on as reflectedOn'])
    .where('goal_id', 'in', [...goalIds]);
  if (asOf) query = query.where('reflected_on', '<=', asOf);
  return reader.all(query.orderBy('reflected_on', 'desc').orderBy('created_at', 'desc'));
}
