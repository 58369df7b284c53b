import { newId } from '../../../../db/ids.js';
import { loadBySourcedId, type TableOps } from '../table-ops.js';
import type { RosterPlanning } from './roster-planning.js';
import type { SchoolsPlan } from './plan-schools.js';

export type TermsPlan = { ops: TableOps; termIdOf: Map<string, string> };

/**
 * Terms (academic sessions), parents before children. A term takes the school of the first class
 * that runs in it; a session that ends before it starts is skipped.
 */
export function planTerms(planning: RosterPlanning, schools: SchoolsPlan): TermsPlan {
  const { reader, pkg, bump, warn, file, upsertFrom } = planning;
  const terms = planning.ops('terms');
  const storedTerms = loadBySourcedId(reader, 'terms');
  const termIdOf = new Map<string, string>();
  for (const [sourced, row] of storedTerms) termIdOf.set(sourced, String(row['id']));
  for (const term of pkg.terms) termIdOf.set(term.sourcedId, String(storedTerms.get(term.sourcedId)?.['id'] ?? newId()));
  const termSchool = new Map<string, string>();
  for (const schoolClass of pkg.classes) {
    for (const term of schoolClass.termSourcedIds) if (!termSchool.has(term)) termSchool.set(term, schools.classSchool.get(schoolClass.sourcedId) as string);
  }
  const depth = (sourcedId: string, seen = new Set<string>()): number => {
    const parent = pkg.terms.find((term) => term.sourcedId === sourcedId)?.parentSourcedId;
    if (!parent || seen.has(parent)) return 0;
    seen.add(parent);
    return 1 + depth(parent, seen);
  };
  const termDepth = new Map(pkg.terms.map((term) => [term.sourcedId, depth(term.sourcedId)]));
  for (const term of [...pkg.terms].sort((a, b) => (termDepth.get(a.sourcedId) ?? 0) - (termDepth.get(b.sourcedId) ?? 0))) {
    if (term.startDate > term.endDate) {
      bump('terms', 'skipped');
      termIdOf.delete(term.sourcedId);
      warn(`term-dates\u0000${term.sourcedId}`, {
        file: file('academicSessions'),
        column: 'endDate',
        value: term.endDate,
        expected: 'an endDate on or after the startDate',
        problem: `the session ${term.sourcedId} ends before it starts, so it is skipped`,
      });
      continue;
    }
    const stored = storedTerms.get(term.sourcedId);
    const type = term.type.startsWith('ext:') ? 'term' : term.type;
    const parent = term.parentSourcedId === null ? null : (termIdOf.get(term.parentSourcedId) ?? null);
    bump(
      'terms',
      upsertFrom(term, 'academicSessions', terms, stored, {
        id: termIdOf.get(term.sourcedId) as string,
        sourced_id: term.sourcedId,
        school_id: String(stored?.['school_id'] ?? termSchool.get(term.sourcedId) ?? schools.schoolFor(null, 'academicSessions', 'sourcedId')),
        parent_id: parent === termIdOf.get(term.sourcedId) ? null : parent,
        title: term.title,
        type,
        starts_on: term.startDate,
        ends_on: term.endDate,
        school_year: term.schoolYear,
      }),
    );
  }
  return { ops: terms, termIdOf };
}
