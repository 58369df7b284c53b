import { newId, nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { ActiveStatus } from './schema.js';

/** Educators: their rows (their place in a class is an enrollment). */

export type NewEducator = {
  id?: string;
  sourcedId?: string | null;
  givenName: string;
  familyName: string;
  email?: string | null;
  username?: string | null;
  status?: ActiveStatus;
  createdAt?: string;
};

export function insertEducator(writer: GradebookWriter, input: NewEducator): string {
  const id = input.id ?? newId();
  const at = input.createdAt ?? nowIso();
  writer.run(
    qb.insertInto('educators').values({
      id,
      sourced_id: input.sourcedId ?? null,
      given_name: input.givenName,
      family_name: input.familyName,
      email: input.email ?? null,
      username: input.username ?? null,
      status: input.status ?? 'active',
      created_at: at,
      updated_at: at,
    }),
  );
  return id;
}

/** The name of a class's teacher (the primary one first), as a profile names the educator who writes in it. */
export function readClassTeacherName(reader: GradebookReader, classId: string): string | null {
  const row = reader.first(
    qb
      .selectFrom('enrollments as en')
      .innerJoin('educators as e', 'e.id', 'en.educator_id')
      .where('en.class_id', '=', classId)
      .where('en.role', '=', 'teacher')
      .where('en.status', '=', 'active')
      .select(['e.given_name as givenName', 'e.family_name as familyName'])
      .orderBy('en.is_primary', 'desc')
      .orderBy('e.family_name'),
  );
  return row ? `${row.givenName} ${row.familyName}`.trim() : null;
}
