import { sql } from 'kysely';
import { GradebookError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { RollupMethod } from '../preload/contract/vocabulary.js';
import type { ClassSummary } from '../preload/contract/learners.js';

/** Classes: their rows, the class picker, and the settings that decide a class's mastery (method, roll-up, scale). */

/**
 * A mastery method as stored in `classes.mastery_method`: JSON with a `kind` and that method's
 * parameters, e.g. `{ kind: 'decaying_average', weight: 0.65 }`. Its meaning belongs to the mastery
 * module; this layer only keeps it intact.
 */
export type StoredMasteryMethod = { readonly kind: string } & Readonly<Record<string, unknown>>;

export type NewClass = {
  id?: string;
  sourcedId?: string | null;
  schoolId: string;
  courseId?: string | null;
  termId?: string | null;
  /** The proficiency scale the class's evidence is scored on; null = the gradebook default. */
  scaleId?: string | null;
  title: string;
  code?: string | null;
  location?: string | null;
  gradeLevels?: readonly string[];
  /** null = the gradebook's default method. */
  masteryMethod?: StoredMasteryMethod | null;
  rollupMethod?: RollupMethod;
  status?: 'active' | 'archived';
  createdAt?: string;
};

export function insertClass(writer: GradebookWriter, input: NewClass): string {
  const id = input.id ?? newId();
  const at = input.createdAt ?? nowIso();
  writer.run(
    qb.insertInto('classes').values({
      id,
      sourced_id: input.sourcedId ?? null,
      school_id: input.schoolId,
      course_id: input.courseId ?? null,
      term_id: input.termId ?? null,
      scale_id: input.scaleId ?? null,
      title: input.title,
      code: input.code ?? null,
      location: input.location ?? null,
      grade_levels: JSON.stringify(input.gradeLevels ?? []),
      mastery_method: input.masteryMethod == null ? null : JSON.stringify(input.masteryMethod),
      rollup_method: input.rollupMethod ?? 'mean',
      status: input.status ?? 'active',
      created_at: at,
      updated_at: at,
    }),
  );
  return id;
}


/** Active classes, newest term first, for the class picker. */
export function listClasses(reader: GradebookReader): ClassSummary[] {
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

/** Every class's id: for work done class by class across the gradebook. */
export function readClassIds(reader: GradebookReader): string[] {
  return reader.prepare('SELECT id FROM classes ORDER BY id').pluck().all() as string[];
}

export function requireClass(reader: GradebookReader, classId: string): { id: string; title: string } {
  const found = reader.first(qb.selectFrom('classes').select(['id', 'title']).where('id', '=', classId));
  if (!found) throw new GradebookError('not_found', 'That class is not in this gradebook.', { classId });
  return found;
}

/** What decides a class's mastery: the stored method JSON (class and per standard), the roll-up, the scale. */
export type ClassMasterySettings = {
  classId: string;
  title: string;
  masteryMethod: string | null;
  rollupMethod: RollupMethod;
  scaleId: string | null;
};

export function readClassMasterySettings(reader: GradebookReader, classId: string): ClassMasterySettings {
  const row = reader.first(
    qb
      .selectFrom('classes')
      .select(['id as classId', 'title', 'mastery_method as masteryMethod', 'rollup_method as rollupMethod', 'scale_id as scaleId'])
      .where('id', '=', classId),
  );
  if (!row) throw new GradebookError('not_found', 'That class is not in this gradebook.', { classId });
  return row;
}

/** Stores a class's method (and roll-up), or one tracked standard's own method. */
export function setClassMethod(
  writer: GradebookWriter,
  classId: string,
  /** null (for a standard only): back to the class's method. */
  methodJson: string | null,
  options: { standardId?: string; rollupMethod?: RollupMethod; at: string },
): void {
  if (options.standardId !== undefined) {
    writer.run(
      qb.updateTable('class_standards').set({ mastery_method: methodJson }).where('class_id', '=', classId).where('standard_id', '=', options.standardId),
    );
  }
  const classChanges = {
    ...(options.standardId === undefined && methodJson !== null ? { mastery_method: methodJson } : {}),
    ...(options.rollupMethod ? { rollup_method: options.rollupMethod } : {}),
  };
  if (Object.keys(classChanges).length > 0) {
    writer.run(qb.updateTable('classes').set({ ...classChanges, updated_at: options.at }).where('id', '=', classId));
  }
}
