import { newId } from '../../../../db/ids.js';
import { loadBySourcedId, type TableOps } from '../table-ops.js';
import type { CoursesPlan } from './plan-courses.js';
import type { SchoolsPlan } from './plan-schools.js';
import type { TermsPlan } from './plan-terms.js';
import type { RosterPlanning } from './roster-planning.js';

export type ClassesPlan = {
  ops: TableOps;
  classIdOf: Map<string, string>;
  importedClassIds: string[];
  /** Classes the file marks `tobedeleted` that the gradebook never had: not added, so their rows are skipped too. */
  deletedBeforeArrival: Set<string>;
};

/**
 * Classes. A bulk classes file is every class of its schools: a class the source no longer lists is
 * archived (never deleted — its evidence and mastery stay readable). A class the file marks
 * `tobedeleted` that the gradebook does not have is not added: the teacher would never see it, so
 * the report must not count it as added.
 */
export function planClasses(planning: RosterPlanning, schools: SchoolsPlan, terms: TermsPlan, courses: CoursesPlan): ClassesPlan {
  const { reader, pkg, bump, warn, file, statusOf, upsertFrom } = planning;
  const classes = planning.ops('classes');
  const storedClasses = loadBySourcedId(reader, 'classes');
  const classIdOf = new Map<string, string>();
  for (const [sourced, row] of storedClasses) classIdOf.set(sourced, String(row['id']));
  const importedClassIds: string[] = [];
  const deletedBeforeArrival = new Set<string>();
  for (const schoolClass of pkg.classes) {
    const stored = storedClasses.get(schoolClass.sourcedId);
    if (stored === undefined && schoolClass.status === 'tobedeleted') {
      deletedBeforeArrival.add(schoolClass.sourcedId);
      bump('classes', 'skipped');
      warn('class-tobedeleted', {
        file: file('classes'),
        column: 'status',
        value: 'tobedeleted',
        expected: 'active, or a class the gradebook already has',
        problem: `the class ${schoolClass.title || schoolClass.sourcedId} is marked to be deleted and the gradebook does not have it, so it is not added`,
      });
      continue;
    }
    const id = String(stored?.['id'] ?? newId());
    classIdOf.set(schoolClass.sourcedId, id);
    importedClassIds.push(id);
    const termId = schoolClass.termSourcedIds.map((term) => terms.termIdOf.get(term)).find((term) => term !== undefined) ?? null;
    bump(
      'classes',
      upsertFrom(schoolClass, 'classes', classes, stored, {
        id,
        sourced_id: schoolClass.sourcedId,
        school_id: schools.classSchool.get(schoolClass.sourcedId) as string,
        course_id: schoolClass.courseSourcedId === null ? null : (courses.courseIdOf.get(schoolClass.courseSourcedId) ?? null),
        term_id: termId,
        title: schoolClass.title,
        code: schoolClass.classCode,
        location: schoolClass.location,
        grade_levels: JSON.stringify(schoolClass.grades),
        status: statusOf(schoolClass.status, pkg.fileModes.classes, stored, 'active', 'archived'),
      }),
    );
  }
  if (pkg.fileModes.classes === 'bulk') {
    const listed = new Set(pkg.classes.map((schoolClass) => schoolClass.sourcedId));
    const schoolsInFile = new Set(schools.classSchool.values());
    for (const [sourced, row] of storedClasses) {
      if (listed.has(sourced) || row['status'] !== 'active' || !schoolsInFile.has(String(row['school_id']))) continue;
      classes.deactivate({ id: String(row['id']), status: 'archived' });
      bump('classes', 'deactivated');
    }
  }
  return { ops: classes, classIdOf, importedClassIds, deletedBeforeArrival };
}
