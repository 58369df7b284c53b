import { newId, nowIso } from './ids.js';
import { qb, type GradebookWriter } from './handle.js';
import type { ActiveStatus } from './schema.js';

/** Writes of learner rows (the reads live in learners.ts). */

export type NewLearner = {
  id?: string;
  sourcedId?: string | null;
  givenName: string;
  familyName: string;
  preferredName?: string | null;
  pronouns?: string | null;
  /** The school's learner number. */
  identifier?: string | null;
  username?: string | null;
  email?: string | null;
  gradeLevel?: string | null;
  /** BCP 47 tags, the language used at home first. */
  languages?: readonly string[];
  status?: ActiveStatus;
  createdAt?: string;
};

export function insertLearner(writer: GradebookWriter, input: NewLearner): string {
  const id = input.id ?? newId();
  const at = input.createdAt ?? nowIso();
  writer.run(
    qb.insertInto('learners').values({
      id,
      sourced_id: input.sourcedId ?? null,
      given_name: input.givenName,
      family_name: input.familyName,
      preferred_name: input.preferredName ?? null,
      pronouns: input.pronouns ?? null,
      identifier: input.identifier ?? null,
      username: input.username ?? null,
      email: input.email ?? null,
      grade_level: input.gradeLevel ?? null,
      languages: JSON.stringify(input.languages ?? []),
      status: input.status ?? 'active',
      created_at: at,
      updated_at: at,
    }),
  );
  return id;
}
