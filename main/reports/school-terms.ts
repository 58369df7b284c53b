import { qb, type GradebookReader } from '../../db/handle.js';
import type { SchoolTerm } from '../../preload/contract/reports.js';

/**
 * The school's terms as the roster gave them (OneRoster academic sessions: school years, semesters,
 * grading periods), newest first, for the report's term filter: choosing one sets the report's window.
 */
export function listSchoolTerms(reader: GradebookReader): SchoolTerm[] {
  return reader.all(
    qb
      .selectFrom('terms')
      .select(['id as termId', 'sourced_id as sourcedId', 'title', 'type', 'starts_on as startsOn', 'ends_on as endsOn', 'school_year as schoolYear'])
      .orderBy('starts_on', 'desc')
      .orderBy('ends_on')
      .orderBy('title'),
  );
}

/**
 * The term a person named (the command line's `--term`): by Proficio id, OneRoster sourcedId or title
 * (case aside). null when none is; the first of several with one title (newest first).
 */
export function findSchoolTerm(terms: readonly SchoolTerm[], named: string): SchoolTerm | null {
  const wanted = named.trim().toLowerCase();
  return (
    terms.find((term) => term.termId === named || term.sourcedId === named) ??
    terms.find((term) => term.title.trim().toLowerCase() === wanted) ??
    null
  );
}
