import { newId } from '../../../../db/ids.js';
import { loadBySourcedId, type TableOps } from '../table-ops.js';
import type { RosterPlanning } from './roster-planning.js';
import type { SchoolsPlan } from './plan-schools.js';

export type CoursesPlan = { ops: TableOps; courseIdOf: Map<string, string> };

export function planCourses(planning: RosterPlanning, schools: SchoolsPlan): CoursesPlan {
  const { reader, pkg, bump, upsertFrom } = planning;
  const courses = planning.ops('courses');
  const storedCourses = loadBySourcedId(reader, 'courses');
  const courseIdOf = new Map<string, string>();
  for (const [sourced, row] of storedCourses) courseIdOf.set(sourced, String(row['id']));
  for (const course of pkg.courses) {
    const stored = storedCourses.get(course.sourcedId);
    const id = String(stored?.['id'] ?? newId());
    courseIdOf.set(course.sourcedId, id);
    bump(
      'courses',
      upsertFrom(course, 'courses', courses, stored, {
        id,
        sourced_id: course.sourcedId,
        school_id: schools.schoolFor(course.orgSourcedId, 'courses', 'orgSourcedId'),
        title: course.title,
        code: course.courseCode,
        grade_levels: JSON.stringify(course.grades),
        subjects: JSON.stringify(course.subjects),
      }),
    );
  }
  return { ops: courses, courseIdOf };
}
