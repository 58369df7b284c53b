import { newId, nowIso } from './ids.js';
import { qb, type GradebookWriter } from './handle.js';
import type { RollupMethod } from './schema.js';

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
