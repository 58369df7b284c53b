import { newId, nowIso } from './ids.js';
import { qb, type GradebookWriter } from './handle.js';
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
