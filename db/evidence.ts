import { newId, nowIso } from './ids.js';
import type { GradebookWriter } from './handle.js';
import type { EvidenceKind, EvidenceSource, FeedbackStatus } from './schema.js';

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
