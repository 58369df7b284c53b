import { sql } from 'kysely';
import { GradebookError } from './errors.js';
import { nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { EvidenceKind, FeedbackStatus, RollupMethod } from './schema.js';
import { cellKey } from '../preload/contract/shared.js';

/** What decides a class's mastery: the stored method JSON (class and per standard), the roll-up, the scale. */
export type ClassMasterySettings = {
  classId: string;
  title: string;
  masteryMethod: string | null;
  rollupMethod: RollupMethod;
  scaleId: string | null;
};

export function readClassMasterySettings(reader: GradebookReader, classId: string): ClassMasterySettings {
  const row = reader.first(
    qb
      .selectFrom('classes')
      .select(['id as classId', 'title', 'mastery_method as masteryMethod', 'rollup_method as rollupMethod', 'scale_id as scaleId'])
      .where('id', '=', classId),
  );
  if (!row) throw new GradebookError('not_found', 'That class is not in this gradebook.', { classId });
  return row;
}

export type GridColumnRow = {
  standardId: string;
  code: string | null;
  statement: string;
  parentId: string | null;
  masteryMethod: string | null;
  frameworkId: string;
  /** The framework's own scale, when it has one. */
  scaleId: string | null;
};

/** The standards a class tracks, in the class's order, with their own method and their framework's scale if set. */
export function readTrackedColumns(reader: GradebookReader, classId: string): GridColumnRow[] {
  return reader.all(
    qb
      .selectFrom('class_standards as cs')
      .innerJoin('standards as s', 's.id', 'cs.standard_id')
      .innerJoin('frameworks as f', 'f.id', 's.framework_id')
      .where('cs.class_id', '=', classId)
      .select([
        's.id as standardId',
        's.code',
        's.statement',
        's.parent_id as parentId',
        'cs.mastery_method as masteryMethod',
        's.framework_id as frameworkId',
        'f.scale_id as scaleId',
      ])
      .orderBy('cs.position'),
  );
}

export type StandardNode = { id: string; code: string | null; statement: string; type: string; parentId: string | null };

/** Standards by id (used to walk up from tracked standards to their clusters and domains). */
export function readStandardNodes(reader: GradebookReader, ids: readonly string[]): StandardNode[] {
  if (ids.length === 0) return [];
  return reader.all(
    qb
      .selectFrom('standards')
      .select(['id', 'code', 'statement', 'type', 'parent_id as parentId'])
      .where('id', 'in', [...ids]),
  );
}

export type EnrolledLearner = { learnerId: string; givenName: string; familyName: string; preferredName: string | null };

export function readEnrolledLearners(reader: GradebookReader, classId: string): EnrolledLearner[] {
  return reader.all(
    qb
      .selectFrom('enrollments as e')
      .innerJoin('learners as l', 'l.id', 'e.learner_id')
      .where('e.class_id', '=', classId)
      .where('e.status', '=', 'active')
      .select(['l.id as learnerId', 'l.given_name as givenName', 'l.family_name as familyName', 'l.preferred_name as preferredName'])
      .orderBy('l.family_name')
      .orderBy('l.given_name'),
  );
}

export type MasteryEvidenceRow = {
  id: string;
  learnerId: string;
  standardId: string;
  level: number | null;
  observedOn: string;
  recordedAt: string;
  kind: EvidenceKind;
  feedbackStatus: FeedbackStatus;
};

/**
 * A class's live evidence in the order mastery needs: per cell, oldest first; same-day evidence in the
 * order it was recorded (rowid breaks exact ties). Optionally one learner / one standard / as of a date.
 */
export function readMasteryEvidence(
  reader: GradebookReader,
  classId: string,
  filter: { learnerId?: string; standardId?: string; asOf?: string | null } = {},
): MasteryEvidenceRow[] {
  let query = qb
    .selectFrom('evidence')
    .select([
      'id',
      'learner_id as learnerId',
      'standard_id as standardId',
      'level',
      'observed_on as observedOn',
      'recorded_at as recordedAt',
      'kind',
      'feedback_status as feedbackStatus',
    ])
    .where('class_id', '=', classId)
    .where('deleted_at', 'is', null);
  if (filter.learnerId !== undefined) query = query.where('learner_id', '=', filter.learnerId);
  if (filter.standardId !== undefined) query = query.where('standard_id', '=', filter.standardId);
  if (filter.asOf) query = query.where('observed_on', '<=', filter.asOf);
  return reader.all(
    query.orderBy('standard_id').orderBy('learner_id').orderBy('observed_on').orderBy('recorded_at').orderBy(sql`rowid`),
  );
}

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

export type StoredMasteryLevel = {
  learnerId: string;
  standardId: string;
  level: number | null;
  mastered: boolean;
  evidenceCount: number;
  lastObservedOn: string | null;
  awaitingFeedback: number;
};

/** Every class's id: for work done class by class across the gradebook. */
export function readClassIds(reader: GradebookReader): string[] {
  return reader.prepare('SELECT id FROM classes ORDER BY id').pluck().all() as string[];
}

export function readMasteryState(reader: GradebookReader, classId: string): string | null {
  return reader.first(qb.selectFrom('mastery_state').select('settings_key').where('class_id', '=', classId))?.settings_key ?? null;
}

export function readStoredMasteryLevels(reader: GradebookReader, classId: string): StoredMasteryLevel[] {
  return reader
    .all(
      qb
        .selectFrom('mastery_levels')
        .select([
          'learner_id as learnerId',
          'standard_id as standardId',
          'level',
          'mastered',
          'evidence_count as evidenceCount',
          'last_observed_on as lastObservedOn',
          'awaiting_feedback as awaitingFeedback',
        ])
        .where('class_id', '=', classId),
    )
    .map((row) => ({ ...row, mastered: row.mastered === 1 }));
}

/** learner id, standard id, level, evidence count, last observed on, awaiting feedback. */
export type StoredLevelTuple = [string, string, number | null, number, string | null, number];

// its own statement text: `raw` switches the cached statement's mode, which no other caller may see
const storedTuplesSql = `SELECT learner_id, standard_id, level, evidence_count, last_observed_on, awaiting_feedback
FROM mastery_levels WHERE class_id = ?`;

/**
 * A class's stored levels as tuples rather than objects: the live grid reads all of them (200,000 for
 * 1,000 learners × 200 standards) and an object with named keys per row costs a third of the time.
 */
export function readStoredLevelTuples(reader: GradebookReader, classId: string): StoredLevelTuple[] {
  return reader.prepare(storedTuplesSql).raw(true).all(classId) as StoredLevelTuple[]; // the columns are the tuple's, in order
}

/** One learner's stored levels in a class, by standard: what the learner's roll-ups are computed from. */
export function readStoredRowLevels(reader: GradebookReader, classId: string, learnerId: string): { standardId: string; level: number | null }[] {
  return reader.all(
    qb
      .selectFrom('mastery_levels')
      .select(['standard_id as standardId', 'level'])
      .where('class_id', '=', classId)
      .where('learner_id', '=', learnerId),
  );
}

const upsertLevelSql = `INSERT INTO mastery_levels
  (class_id, learner_id, standard_id, level, mastered, evidence_count, last_observed_on, awaiting_feedback)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (class_id, learner_id, standard_id) DO UPDATE SET
  level = excluded.level, mastered = excluded.mastered, evidence_count = excluded.evidence_count,
  last_observed_on = excluded.last_observed_on, awaiting_feedback = excluded.awaiting_feedback`;

/** Stores recomputed cells (one, or a whole class after `clearStoredMastery`). */
export function storeMasteryLevels(writer: GradebookWriter, classId: string, levels: Iterable<StoredMasteryLevel>): void {
  const statement = writer.prepare(upsertLevelSql);
  writer.transaction(() => {
    for (const l of levels) {
      statement.run(classId, l.learnerId, l.standardId, l.level, l.mastered ? 1 : 0, l.evidenceCount, l.lastObservedOn, l.awaitingFeedback);
    }
  });
}

/** Replaces a class's stored levels wholesale and records the settings they were computed with. */
export function replaceStoredMastery(
  writer: GradebookWriter,
  classId: string,
  settingsKey: string,
  levels: Iterable<StoredMasteryLevel>,
  at: string = nowIso(),
): void {
  writer.transaction(() => {
    writer.run(qb.deleteFrom('mastery_levels').where('class_id', '=', classId));
    storeMasteryLevels(writer, classId, levels);
    writer.run(
      qb
        .insertInto('mastery_state')
        .values({ class_id: classId, settings_key: settingsKey, computed_at: at })
        .onConflict((oc) => oc.column('class_id').doUpdateSet({ settings_key: settingsKey, computed_at: at })),
    );
  });
}

/** Marks a class's stored levels stale (after a bulk write such as an import); the next read recomputes. */
export function invalidateStoredMastery(writer: GradebookWriter, classId?: string): void {
  const query = qb.deleteFrom('mastery_state');
  writer.run(classId === undefined ? query : query.where('class_id', '=', classId));
}

/** Whether a learner is actively enrolled in a class: evidence is only recorded for the class's learners. */
export function isLearnerEnrolled(reader: GradebookReader, classId: string, learnerId: string): boolean {
  return (
    reader.first(
      qb
        .selectFrom('enrollments')
        .select('id')
        .where('class_id', '=', classId)
        .where('learner_id', '=', learnerId)
        .where('status', '=', 'active'),
    ) !== undefined
  );
}

export function isStandardTracked(reader: GradebookReader, classId: string, standardId: string): boolean {
  return (
    reader.first(qb.selectFrom('class_standards').select('standard_id').where('class_id', '=', classId).where('standard_id', '=', standardId)) !==
    undefined
  );
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

/** Stores a class's method (and roll-up), or one tracked standard's own method. */
export function setClassMethod(
  writer: GradebookWriter,
  classId: string,
  /** null (for a standard only): back to the class's method. */
  methodJson: string | null,
  options: { standardId?: string; rollupMethod?: RollupMethod; at: string },
): void {
  if (options.standardId !== undefined) {
    writer.run(
      qb.updateTable('class_standards').set({ mastery_method: methodJson }).where('class_id', '=', classId).where('standard_id', '=', options.standardId),
    );
  }
  const classChanges = {
    ...(options.standardId === undefined && methodJson !== null ? { mastery_method: methodJson } : {}),
    ...(options.rollupMethod ? { rollup_method: options.rollupMethod } : {}),
  };
  if (Object.keys(classChanges).length > 0) {
    writer.run(qb.updateTable('classes').set({ ...classChanges, updated_at: options.at }).where('id', '=', classId));
  }
}
