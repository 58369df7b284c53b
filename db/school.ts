import { newId, nowIso } from './ids.js';
import { qb, type GradebookWriter } from './handle.js';
import type { TermsTable } from './schema.js';

/**
 * Writes for the school's frame: the school itself, its terms (academic sessions) and its courses.
 * Ids default to fresh UUIDv7s; importers and the demo generator pass their own (re-imports, determinism).
 */

export type NewSchool = {
  id?: string;
  sourcedId?: string | null;
  name: string;
  createdAt?: string;
};

export function insertSchool(writer: GradebookWriter, input: NewSchool): string {
  const id = input.id ?? newId();
  const at = input.createdAt ?? nowIso();
  writer.run(
    qb.insertInto('schools').values({ id, sourced_id: input.sourcedId ?? null, name: input.name, created_at: at, updated_at: at }),
  );
  return id;
}

export type TermType = TermsTable['type'];

export type NewTerm = {
  id?: string;
  sourcedId?: string | null;
  schoolId: string;
  /** The enclosing term, e.g. the school year of a semester. */
  parentId?: string | null;
  title: string;
  type: TermType;
  startsOn: string;
  endsOn: string;
  /** OneRoster's schoolYear: the calendar year in which the school year ends (2026 for 2025–2026). */
  schoolYear?: number | null;
  createdAt?: string;
};

export function insertTerm(writer: GradebookWriter, input: NewTerm): string {
  const id = input.id ?? newId();
  const at = input.createdAt ?? nowIso();
  writer.run(
    qb.insertInto('terms').values({
      id,
      sourced_id: input.sourcedId ?? null,
      school_id: input.schoolId,
      parent_id: input.parentId ?? null,
      title: input.title,
      type: input.type,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      school_year: input.schoolYear ?? null,
      created_at: at,
      updated_at: at,
    }),
  );
  return id;
}

export type NewCourse = {
  id?: string;
  sourcedId?: string | null;
  schoolId: string;
  title: string;
  code?: string | null;
  gradeLevels?: readonly string[];
  subjects?: readonly string[];
  createdAt?: string;
};

export function insertCourse(writer: GradebookWriter, input: NewCourse): string {
  const id = input.id ?? newId();
  const at = input.createdAt ?? nowIso();
  writer.run(
    qb.insertInto('courses').values({
      id,
      sourced_id: input.sourcedId ?? null,
      school_id: input.schoolId,
      title: input.title,
      code: input.code ?? null,
      grade_levels: JSON.stringify(input.gradeLevels ?? []),
      subjects: JSON.stringify(input.subjects ?? []),
      created_at: at,
      updated_at: at,
    }),
  );
  return id;
}
