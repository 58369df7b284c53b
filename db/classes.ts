import { sql } from 'kysely';
import { GradebookError } from './errors.js';
import { qb, type GradebookReader } from './handle.js';

export type ClassRow = {
  id: string;
  title: string;
  code: string | null;
  termTitle: string | null;
  courseTitle: string | null;
  learnerCount: number;
};

/** Active classes, newest term first, for the class picker. */
export function listClasses(reader: GradebookReader): ClassRow[] {
  return reader.all(
    qb
      .selectFrom('classes as c')
      .leftJoin('terms as t', 't.id', 'c.term_id')
      .leftJoin('courses as co', 'co.id', 'c.course_id')
      .where('c.status', '=', 'active')
      .select([
        'c.id',
        'c.title',
        'c.code',
        't.title as termTitle',
        'co.title as courseTitle',
        sql<number>`(SELECT count(*) FROM enrollments e
                     WHERE e.class_id = c.id AND e.learner_id IS NOT NULL AND e.status = 'active')`.as('learnerCount'),
      ])
      .orderBy('t.starts_on', 'desc')
      .orderBy('c.title'),
  );
}

export function requireClass(reader: GradebookReader, classId: string): { id: string; title: string } {
  const found = reader.first(qb.selectFrom('classes').select(['id', 'title']).where('id', '=', classId));
  if (!found) throw new GradebookError('not_found', 'That class is not in this gradebook.', { classId });
  return found;
}
