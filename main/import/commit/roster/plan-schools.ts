import { newId } from '../../../../db/ids.js';
import { loadBySourcedId, type TableOps } from '../table-ops.js';
import type { RosterPlanning } from './roster-planning.js';

export type SchoolsPlan = {
  ops: TableOps;
  /** The school id for an org a row names (or the gradebook's own school when it names none). */
  schoolFor(orgSourcedId: string | null, from: string, column: string): string;
  /** Each class of the set's school id. */
  classSchool: Map<string, string>;
};

/**
 * Schools: the orgs that classes and courses use. Orgs that are schools already, or that classes and
 * courses name, are written; others (districts) are not stored. A set that names no school uses the
 * gradebook's own (or a new one named after the source).
 */
export function planSchools(planning: RosterPlanning): SchoolsPlan {
  const { reader, pkg, fileLabel, bump, warn, file, upsertFrom } = planning;
  const schools = planning.ops('schools');
  const storedSchools = loadBySourcedId(reader, 'schools');
  const schoolIdOf = new Map<string, string>();
  const orgById = new Map(pkg.orgs.map((org) => [org.sourcedId, org]));
  let fallbackSchoolId: string | null = null;
  const fallbackSchool = (): string => {
    if (fallbackSchoolId !== null) return fallbackSchoolId;
    // a school this set already names beats any other; then the gradebook's first; then a new one
    const fromSet = schoolIdOf.values().next();
    if (fromSet.done !== true) return (fallbackSchoolId = fromSet.value);
    const first = reader.prepare('SELECT id FROM schools ORDER BY rowid LIMIT 1').pluck().get() as string | undefined;
    if (first !== undefined) fallbackSchoolId = first;
    else {
      fallbackSchoolId = newId();
      const name = pkg.sourceSystem.name ?? fileLabel.replace(/\.(zip|csv)$/i, '');
      schools.insert({ id: fallbackSchoolId, sourced_id: null, name: name === '' ? 'My school' : name });
      bump('schools', 'added');
    }
    return fallbackSchoolId;
  };
  const schoolFor = (orgSourcedId: string | null, from: string, column: string): string => {
    if (orgSourcedId === null || orgSourcedId === '') return fallbackSchool();
    const known = schoolIdOf.get(orgSourcedId);
    if (known !== undefined) return known;
    const org = orgById.get(orgSourcedId);
    const stored = storedSchools.get(orgSourcedId);
    if (org) {
      const id = String(stored?.['id'] ?? newId());
      bump('schools', upsertFrom(org, 'orgs', schools, stored, { id, sourced_id: org.sourcedId, name: org.name }));
      schoolIdOf.set(orgSourcedId, id);
      return id;
    }
    if (stored) {
      schoolIdOf.set(orgSourcedId, String(stored['id']));
      return String(stored['id']);
    }
    const id = fallbackSchool();
    warn(`school\u0000${orgSourcedId}`, {
      file: file(from),
      column,
      value: orgSourcedId,
      expected: 'an org in orgs.csv (or a school already in the gradebook)',
      problem: 'the school is not in the set, so the gradebook’s own school is used',
    });
    schoolIdOf.set(orgSourcedId, id);
    return id;
  };
  for (const org of pkg.orgs) if (storedSchools.has(org.sourcedId)) schoolFor(org.sourcedId, 'orgs', 'sourcedId');
  const classSchool = new Map<string, string>();
  for (const schoolClass of pkg.classes) classSchool.set(schoolClass.sourcedId, schoolFor(schoolClass.schoolSourcedId, 'classes', 'schoolSourcedId'));
  return { ops: schools, schoolFor, classSchool };
}
