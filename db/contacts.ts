import { newId, nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { FamilyContact } from '../preload/contract/learners.js';

/** Contacts: a learner's family members and guardians. */

/** A learner's family member or guardian, the person a family report is written for. */
export type NewContact = {
  id?: string;
  sourcedId?: string | null;
  learnerId: string;
  givenName: string;
  familyName: string;
  /** As the family describes it: mother, grandfather, guardian, foster parent… */
  relationship: string;
  email?: string | null;
  phone?: string | null;
  /** BCP 47 tag of the language reports and messages should be in. */
  preferredLanguage?: string | null;
  notes?: string;
  createdAt?: string;
};

export function insertContact(writer: GradebookWriter, input: NewContact): string {
  const id = input.id ?? newId();
  const at = input.createdAt ?? nowIso();
  writer.run(
    qb.insertInto('contacts').values({
      id,
      sourced_id: input.sourcedId ?? null,
      learner_id: input.learnerId,
      given_name: input.givenName,
      family_name: input.familyName,
      relationship: input.relationship,
      email: input.email ?? null,
      phone: input.phone ?? null,
      preferred_language: input.preferredLanguage ?? null,
      notes: input.notes ?? '',
      created_at: at,
      updated_at: at,
    }),
  );
  return id;
}

/** A learner's family contacts, as the profile header shows them. */
export function readFamilyContacts(reader: GradebookReader, learnerId: string): FamilyContact[] {
  return reader
    .all(
      qb
        .selectFrom('contacts')
        .select(['id', 'given_name', 'family_name', 'relationship', 'phone', 'email', 'preferred_language'])
        .where('learner_id', '=', learnerId)
        .orderBy('family_name')
        .orderBy('given_name'),
    )
    .map((c) => ({
      contactId: c.id,
      name: `${c.given_name} ${c.family_name}`.trim(),
      relationship: c.relationship,
      phone: c.phone,
      email: c.email,
      preferredLanguage: c.preferred_language,
    }));
}
