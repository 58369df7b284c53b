import { GradebookError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { ProfileEntry } from '../preload/contract/learners.js';
import type { ProfileAuthor, ProfileEntryCategory } from '../preload/contract/vocabulary.js';

/** Profile entries: what drives a learner, their supports, and notes — each with its author. */

export type NewProfileEntry = {
  id?: string;
  learnerId: string;
  category: ProfileEntryCategory;
  body: string;
  author: ProfileAuthor;
  authorName: string;
  sensitive: boolean;
  notedOn: string;
  at?: string;
};

const entryColumns = [
  'id as entryId',
  'learner_id as learnerId',
  'category',
  'body',
  'author',
  'author_name as authorName',
  'sensitive',
  'noted_on as notedOn',
  'updated_at as updatedAt',
] as const;

export type ProfileEntryRow = ProfileEntry & { learnerId: string };

function fromRow(row: Omit<ProfileEntryRow, 'sensitive'> & { sensitive: 0 | 1 }): ProfileEntryRow {
  return { ...row, sensitive: row.sensitive === 1 };
}

export function insertProfileEntry(writer: GradebookWriter, input: NewProfileEntry): string {
  const id = input.id ?? newId();
  const at = input.at ?? nowIso();
  writer.run(
    qb.insertInto('profile_entries').values({
      id,
      learner_id: input.learnerId,
      category: input.category,
      body: input.body,
      author: input.author,
      author_name: input.authorName,
      sensitive: input.sensitive ? 1 : 0,
      noted_on: input.notedOn,
      created_at: at,
      updated_at: at,
    }),
  );
  return id;
}

/** A learner's entries noted on or before `asOf` (all when null), newest first. */
export function readProfileEntries(reader: GradebookReader, learnerId: string, asOf: string | null = null): ProfileEntryRow[] {
  let query = qb.selectFrom('profile_entries').select(entryColumns).where('learner_id', '=', learnerId);
  if (asOf) query = query.where('noted_on', '<=', asOf);
  return reader.all(query.orderBy('noted_on', 'desc').orderBy('created_at', 'desc')).map(fromRow);
}

/** One entry, refused unless it belongs to `learnerId`: a page may not edit another learner's profile. */
export function requireProfileEntry(reader: GradebookReader, learnerId: string, entryId: string): ProfileEntryRow {
  const row = reader.first(qb.selectFrom('profile_entries').select(entryColumns).where('id', '=', entryId));
  if (!row || row.learnerId !== learnerId) {
    throw new GradebookError('not_found', 'That profile entry is not in this learner’s profile.', { learnerId, entryId });
  }
  return fromRow(row);
}

export function updateProfileEntry(writer: GradebookWriter, entryId: string, changes: { body?: string; sensitive?: boolean }, at = nowIso()): void {
  writer.run(
    qb
      .updateTable('profile_entries')
      .set({
        ...(changes.body !== undefined ? { body: changes.body } : {}),
        ...(changes.sensitive !== undefined ? { sensitive: changes.sensitive ? (1 as const) : (0 as const) } : {}),
        updated_at: at,
      })
      .where('id', '=', entryId),
  );
}

export function deleteProfileEntry(writer: GradebookWriter, entryId: string): void {
  writer.run(qb.deleteFrom('profile_entries').where('id', '=', entryId));
}
