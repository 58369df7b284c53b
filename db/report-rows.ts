import { qb, type GradebookReader } from './handle.js';
import type { ReportRoster } from '../preload/contract/reports.js';
import type { EvidenceKind, FeedbackStatus } from '../preload/contract/vocabulary.js';

/** What class reports read besides mastery: a class's identity and term, stable ids, and the window's evidence. */

export type ReportClassRow = {
  id: string;
  sourcedId: string | null;
  code: string | null;
  title: string;
  termTitle: string | null;
  termStartsOn: string | null;
  termEndsOn: string | null;
};

export function readReportClass(reader: GradebookReader, classId: string): ReportClassRow | undefined {
  return reader.first(
    qb
      .selectFrom('classes as c')
      .leftJoin('terms as t', 't.id', 'c.term_id')
      .where('c.id', '=', classId)
      .select(['c.id', 'c.sourced_id as sourcedId', 'c.code', 'c.title', 't.title as termTitle', 't.starts_on as termStartsOn', 't.ends_on as termEndsOn']),
  );
}

/** Active classes, by title: what a coach's report covers when no class is named. */
export function readReportClassIds(reader: GradebookReader): string[] {
  return reader.prepare("SELECT id FROM classes WHERE status = 'active' ORDER BY title, id").pluck().all() as string[];
}

/** The OneRoster / CASE ids of learners and standards: what matches them across gradebooks. */
export function readSourcedIds(reader: GradebookReader, table: 'learners' | 'standards', ids: readonly string[]): Map<string, string | null> {
  const found = new Map<string, string | null>();
  // SQLite's variable limit is 32,766; stay well under it
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    if (chunk.length === 0) continue;
    const rows = reader.all(qb.selectFrom(table).select(['id', 'sourced_id as sourcedId']).where('id', 'in', chunk));
    for (const row of rows) found.set(row.id, row.sourcedId);
  }
  return found;
}

/** learner id, standard id, observed on, feedback on, feedback status. */
export type WindowEvidenceTuple = [string, string, string, string | null, FeedbackStatus];

const windowSql = `SELECT learner_id, standard_id, observed_on, feedback_on, feedback_status FROM evidence
WHERE class_id = ? AND deleted_at IS NULL AND observed_on >= ? AND observed_on <= ?
  AND (? IS NULL OR kind IN (SELECT value FROM json_each(?)))`;

/**
 * A class's live evidence observed from `from` to `to` (of the given kinds, or all), streamed as
 * tuples: coverage and feedback turnaround count it, never hold it as objects.
 */
export function iterateWindowEvidence(
  reader: GradebookReader,
  classId: string,
  window: { from: string; to: string },
  kinds: readonly EvidenceKind[] | null,
): IterableIterator<WindowEvidenceTuple> {
  const json = kinds === null ? null : JSON.stringify(kinds);
  return reader.prepare(windowSql).raw(true).iterate(classId, window.from, window.to, json, json) as IterableIterator<WindowEvidenceTuple>;
}

/** The first and last day evidence was observed in a class: the window when the class has no term. */
export function readEvidenceSpan(reader: GradebookReader, classId: string): { first: string | null; last: string | null } {
  const row = reader.prepare('SELECT min(observed_on) AS first, max(observed_on) AS last FROM evidence WHERE class_id = ? AND deleted_at IS NULL').get(classId) as {
    first: string | null;
    last: string | null;
  };
  return row;
}

/** The class's school, term and course with their OneRoster ids (Proficio's ids where none was imported). */
export function readReportRoster(reader: GradebookReader, classId: string): ReportRoster {
  const row = reader.first(
    qb
      .selectFrom('classes as c')
      .innerJoin('schools as s', 's.id', 'c.school_id')
      .leftJoin('terms as t', 't.id', 'c.term_id')
      .leftJoin('courses as co', 'co.id', 'c.course_id')
      .where('c.id', '=', classId)
      .select([
        's.id as schoolId',
        's.sourced_id as schoolSourcedId',
        's.name as schoolName',
        't.id as termId',
        't.sourced_id as termSourcedId',
        't.title as termTitle',
        't.type as termType',
        't.starts_on as termStartsOn',
        't.ends_on as termEndsOn',
        't.school_year as schoolYear',
        'co.id as courseId',
        'co.sourced_id as courseSourcedId',
        'co.title as courseTitle',
        'co.code as courseCode',
      ]),
  );
  if (!row) return { school: { sourcedId: '', name: '' }, term: null, course: null };
  return {
    school: { sourcedId: row.schoolSourcedId ?? row.schoolId, name: row.schoolName },
    term:
      row.termId === null
        ? null
        : {
            sourcedId: row.termSourcedId ?? row.termId,
            title: row.termTitle ?? '',
            type: row.termType ?? 'term',
            startsOn: row.termStartsOn ?? '',
            endsOn: row.termEndsOn ?? '',
            schoolYear: row.schoolYear,
          },
    course: row.courseId === null ? null : { sourcedId: row.courseSourcedId ?? row.courseId, title: row.courseTitle ?? '', code: row.courseCode },
  };
}
