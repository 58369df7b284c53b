import { sql } from 'kysely';
import { GradebookError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { EvidenceKind } from '../preload/contract/vocabulary.js';
import type { Assessment } from '../preload/contract/gradebook.js';

/** Assessments: a class's tasks and the standards each one scores. */

export type NewAssessment = {
  id?: string;
  sourcedId?: string | null;
  classId: string;
  title: string;
  assessedOn: string;
  kind: EvidenceKind;
  modality?: string | null;
  description?: string;
  /** The standards it assesses, in the order they appear on the task. */
  standardIds?: readonly string[];
  createdAt?: string;
};

/** An assessment and the standards it scores, written together or not at all. */
export function insertAssessment(writer: GradebookWriter, input: NewAssessment): string {
  const id = input.id ?? newId();
  const at = input.createdAt ?? nowIso();
  writer.transaction(() => {
    writer.run(
      qb.insertInto('assessments').values({
        id,
        sourced_id: input.sourcedId ?? null,
        class_id: input.classId,
        title: input.title,
        assessed_on: input.assessedOn,
        kind: input.kind,
        modality: input.modality ?? null,
        description: input.description ?? '',
        created_at: at,
        updated_at: at,
      }),
    );
    const standardIds = input.standardIds ?? [];
    for (const [position, standardId] of standardIds.entries()) {
      writer.run(qb.insertInto('assessment_standards').values({ assessment_id: id, standard_id: standardId, position }));
    }
  });
  return id;
}


/** A class's assessments, newest first, each with the standards it assesses in order. */
export function listAssessments(reader: GradebookReader, classId: string, assessmentId?: string): Assessment[] {
  let query = qb
    .selectFrom('assessments')
    .select(['id', 'class_id as classId', 'title', 'assessed_on as assessedOn', 'kind', 'modality'])
    .where('class_id', '=', classId);
  if (assessmentId !== undefined) query = query.where('id', '=', assessmentId);
  const assessments = reader.all(query.orderBy('assessed_on', 'desc').orderBy('created_at', 'desc'));
  const links = reader.all(
    qb
      .selectFrom('assessment_standards as s')
      .innerJoin('assessments as a', 'a.id', 's.assessment_id')
      .select(['s.assessment_id as assessmentId', 's.standard_id as standardId'])
      .where('a.class_id', '=', classId)
      .orderBy('s.position'),
  );
  return assessments.map((a) => ({ ...a, standardIds: links.filter((l) => l.assessmentId === a.id).map((l) => l.standardId) }));
}

/** One learner's score on one of an assessment's standards: the newest live evidence recorded for it. */
export type AssessmentScoreRow = { learnerId: string; standardId: string; level: number | null; evidenceId: string; observedOn: string };

/**
 * Read after every entry while the teacher scores an assessment, so it must not scan the class: its
 * standards lead it to the (class, standard, learner) index — a few thousand rows of a 1,000 × 200
 * class instead of all 200,000 (evidence has no index on its assessment). Evidence an assessment
 * records is on its own standards (Entry shows only those columns).
 */
export function assessmentScoresQuery(classId: string, assessmentId: string) {
  return qb
    .selectFrom('evidence')
    .select(['id as evidenceId', 'learner_id as learnerId', 'standard_id as standardId', 'level', 'observed_on as observedOn'])
    .where('class_id', '=', classId)
    .where('standard_id', 'in', qb.selectFrom('assessment_standards').select('standard_id').where('assessment_id', '=', assessmentId))
    .where('assessment_id', '=', assessmentId)
    .where('deleted_at', 'is', null)
    // recorded order (rowid breaks ties within one batch): the last one per cell wins below
    .orderBy('recorded_at')
    .orderBy(sql`rowid`);
}

/**
 * What was entered for an assessment, one score per learner and standard: the newest live (untrashed)
 * evidence recorded for it, so a retyped score replaces the earlier one on screen as it does in the
 * teacher's mind. Entry mode shows these, not the resulting levels. An assessment of another class is
 * refused as unknown.
 */
export function readAssessmentScores(reader: GradebookReader, classId: string, assessmentId: string): AssessmentScoreRow[] {
  const found = reader.first(qb.selectFrom('assessments').select('id').where('id', '=', assessmentId).where('class_id', '=', classId));
  if (!found) throw new GradebookError('not_found', 'That assessment is not in this class.', { classId, assessmentId });
  const rows = reader.all(assessmentScoresQuery(classId, assessmentId));
  const newest = new Map<string, AssessmentScoreRow>();
  for (const row of rows) newest.set(`${row.learnerId}|${row.standardId}`, row);
  return [...newest.values()];
}
