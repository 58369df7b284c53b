import { sql } from 'kysely';
import { newId, nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { EvidenceKind, EvidenceSource, FeedbackStatus } from '../preload/contract/vocabulary.js';
import type { Evidence } from '../preload/contract/gradebook.js';

/** Evidence: recording, editing and trashing observations, and reading them for a cell, the trash and mastery. */

/** One observation of one learner on one standard. */
export type NewEvidence = {
  id?: string;
  classId: string;
  learnerId: string;
  standardId: string;
  assessmentId?: string | null;
  /** null = observed but not scored (absent, feedback only). */
  level: number | null;
  observedOn: string;
  kind: EvidenceKind;
  modality?: string | null;
  source?: EvidenceSource;
  /** Where learning outside the classroom happened, for sources other than 'class'. */
  sourceDescription?: string | null;
  /** The educator who entered it. */
  recordedBy?: string | null;
  /** ISO 8601 instant; defaults to now (one instant for a whole batch). */
  recordedAt?: string;
  feedback?: string | null;
  feedbackOn?: string | null;
  /** Defaults to 'given' when there is feedback, else 'awaiting'. */
  feedbackStatus?: FeedbackStatus;
  attachmentRef?: string | null;
};

// Positional parameters and one cached statement: evidence arrives by the hundred thousand in an import
// or a benchmark, and per-row query building would cost more than SQLite's own work.
const insertSql = `INSERT INTO evidence (id, class_id, learner_id, standard_id, assessment_id, level, observed_on, kind,
  modality, source, source_description, recorded_by, recorded_at, feedback, feedback_on, attachment_ref, feedback_status)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export function insertEvidence(writer: GradebookWriter, evidence: NewEvidence): string {
  const id = evidence.id ?? newId();
  insertOne(writer.prepare(insertSql), id, evidence, evidence.recordedAt ?? nowIso());
  return id;
}

/**
 * Inserts many pieces of evidence in one transaction: all of them, or — if one is refused (say, an
 * unknown learner) — none. Accepts any iterable, so a generator can stream rows without holding
 * them all. Returns how many were written.
 */
export function insertEvidenceMany(writer: GradebookWriter, rows: Iterable<NewEvidence>): number {
  const statement = writer.prepare(insertSql);
  const now = nowIso();
  return writer.transaction(() => {
    let count = 0;
    for (const evidence of rows) {
      insertOne(statement, evidence.id ?? newId(), evidence, evidence.recordedAt ?? now);
      count++;
    }
    return count;
  });
}

type InsertStatement = ReturnType<GradebookWriter['prepare']>;

function insertOne(statement: InsertStatement, id: string, evidence: NewEvidence, recordedAt: string): void {
  statement.run(
    id,
    evidence.classId,
    evidence.learnerId,
    evidence.standardId,
    evidence.assessmentId ?? null,
    evidence.level,
    evidence.observedOn,
    evidence.kind,
    evidence.modality ?? null,
    evidence.source ?? 'class',
    evidence.sourceDescription ?? null,
    evidence.recordedBy ?? null,
    recordedAt,
    evidence.feedback ?? null,
    evidence.feedbackOn ?? null,
    evidence.attachmentRef ?? null,
    evidence.feedbackStatus ?? (evidence.feedback == null ? 'awaiting' : 'given'),
  );
}


const evidenceColumns = [
  'id',
  'class_id as classId',
  'learner_id as learnerId',
  'standard_id as standardId',
  'assessment_id as assessmentId',
  'level',
  'observed_on as observedOn',
  'kind',
  'modality',
  'source',
  'source_description as sourceDescription',
  'recorded_at as recordedAt',
  'feedback',
  'feedback_on as feedbackOn',
  'feedback_status as feedbackStatus',
  'revision',
  'deleted_at as deletedAt',
] as const;

export function readEvidence(reader: GradebookReader, evidenceId: string): Evidence | undefined {
  return reader.first(qb.selectFrom('evidence').select(evidenceColumns).where('id', '=', evidenceId));
}

/** Everything on one cell, trashed pieces included, newest first (the cell's history panel). */
export function listCellEvidence(reader: GradebookReader, classId: string, learnerId: string, standardId: string): Evidence[] {
  return reader.all(
    qb
      .selectFrom('evidence')
      .select(evidenceColumns)
      .where('class_id', '=', classId)
      .where('learner_id', '=', learnerId)
      .where('standard_id', '=', standardId)
      .orderBy('observed_on', 'desc')
      .orderBy('recorded_at', 'desc'),
  );
}

/** A class's trash: deleted evidence, most recently deleted first. */
export function listTrashedEvidence(reader: GradebookReader, classId: string): Evidence[] {
  return reader.all(
    qb
      .selectFrom('evidence')
      .select(evidenceColumns)
      .where('class_id', '=', classId)
      .where('deleted_at', 'is not', null)
      .orderBy('deleted_at', 'desc'),
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

/** learner id, standard id, level, observed on, recorded at, kind, feedback status. */
export type MasteryEvidenceTuple = [string, string, number | null, string, string, EvidenceKind, FeedbackStatus];

// its own statement text: `raw` switches the cached statement's mode, which no other caller may see
const masteryTuplesSql = `SELECT learner_id, standard_id, level, observed_on, recorded_at, kind, feedback_status
FROM evidence WHERE class_id = ? AND deleted_at IS NULL AND (? IS NULL OR observed_on <= ?)
ORDER BY standard_id, learner_id, observed_on, recorded_at, rowid`;

/**
 * A whole class's live evidence in readMasteryEvidence's order, as tuples streamed one at a time: a
 * class of 1,000 learners × 200 standards has 200,000 pieces, and an object with named keys per row
 * (held all at once) costs more than the read itself. The statement's rows are consumed as they come.
 */
export function iterateMasteryEvidenceTuples(reader: GradebookReader, classId: string, asOf: string | null = null): IterableIterator<MasteryEvidenceTuple> {
  // the columns are the tuple's, in order
  return reader.prepare(masteryTuplesSql).raw(true).iterate(classId, asOf, asOf) as IterableIterator<MasteryEvidenceTuple>;
}

type EditableField = 'level' | 'observedOn' | 'kind' | 'modality' | 'source' | 'sourceDescription' | 'feedback' | 'feedbackOn' | 'feedbackStatus';
/** Fields to change; a field left out (or undefined) keeps its value. */
export type EvidenceChanges = { [K in EditableField]?: Evidence[K] | undefined };

/** Applies changes and bumps the revision; the caller audits the before/after in the same transaction. */
export function updateEvidence(writer: GradebookWriter, evidenceId: string, changes: EvidenceChanges): void {
  writer.run(
    qb
      .updateTable('evidence')
      .set((eb) => ({
        ...(changes.level !== undefined ? { level: changes.level } : {}),
        ...(changes.observedOn !== undefined ? { observed_on: changes.observedOn } : {}),
        ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
        ...(changes.modality !== undefined ? { modality: changes.modality } : {}),
        ...(changes.source !== undefined ? { source: changes.source } : {}),
        ...(changes.sourceDescription !== undefined ? { source_description: changes.sourceDescription } : {}),
        ...(changes.feedback !== undefined ? { feedback: changes.feedback } : {}),
        ...(changes.feedbackOn !== undefined ? { feedback_on: changes.feedbackOn } : {}),
        ...(changes.feedbackStatus !== undefined ? { feedback_status: changes.feedbackStatus } : {}),
        revision: eb('revision', '+', 1),
      }))
      .where('id', '=', evidenceId),
  );
}

/** Moves evidence to the trash (a time) or back out of it (null). */
export function setEvidenceDeleted(writer: GradebookWriter, evidenceId: string, deletedAt: string | null): void {
  writer.run(qb.updateTable('evidence').set({ deleted_at: deletedAt }).where('id', '=', evidenceId));
}

/** One piece of a learner's evidence as a profile's timeline tells it. */
export type LearnerEvidenceEntry = {
  evidenceId: string;
  standardId: string;
  level: number | null;
  observedOn: string;
  source: string;
  feedback: string | null;
  feedbackOn: string | null;
};

/** A learner's evidence in a class observed on or before `asOf` (all when null), newest first. */
export function readLearnerEvidence(reader: GradebookReader, classId: string, learnerId: string, asOf: string | null): LearnerEvidenceEntry[] {
  let query = qb
    .selectFrom('evidence')
    .select(['id as evidenceId', 'standard_id as standardId', 'level', 'observed_on as observedOn', 'source', 'feedback', 'feedback_on as feedbackOn'])
    .where('class_id', '=', classId)
    .where('learner_id', '=', learnerId)
    .where('deleted_at', 'is', null);
  if (asOf) query = query.where('observed_on', '<=', asOf);
  return reader.all(query.orderBy('observed_on', 'desc').orderBy('recorded_at', 'desc'));
}
