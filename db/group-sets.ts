import { GradebookError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { GroupStrategy, ReadinessState } from '../preload/contract/vocabulary.js';

/** Group sets of a class: dated sets of groups and their members, with where each member stood when saved. */

/** The initial schema named two strategies differently; the table keeps its names, the contract uses its own. */
const storedStrategy = { readiness: 'readiness', bands: 'proficiency_band', interests: 'interest', balanced: 'balanced', manual: 'manual' } as const;
type StoredStrategy = (typeof storedStrategy)[GroupStrategy];
const strategyFromStored = Object.fromEntries(Object.entries(storedStrategy).map(([k, v]) => [v, k])) as Record<StoredStrategy, GroupStrategy>;

export type GroupSetRow = {
  groupSetId: string;
  classId: string;
  formedOn: string;
  purpose: string;
  strategy: GroupStrategy;
  targetStandardId: string | null;
  theme: string | null;
  notes: string | null;
  seed: number | null;
  createdAt: string;
  updatedAt: string;
};

export type MemberRow = { learnerId: string; savedReadiness: ReadinessState | null; savedLevel: number | null; savedBand: string | null };
export type GroupRow = { groupId: string; groupSetId: string; name: string; adult: string | null; space: string | null; task: string | null; members: MemberRow[] };

export type NewGroup = { groupId?: string | undefined; name: string; adult: string | null; space: string | null; task: string | null; members: readonly MemberRow[] };
export type NewGroupSet = Omit<GroupSetRow, 'groupSetId' | 'createdAt' | 'updatedAt'> & { id?: string; groups: readonly NewGroup[] };

const setColumns = [
  'id as groupSetId',
  'class_id as classId',
  'formed_on as formedOn',
  'purpose',
  'strategy',
  'target_standard_id as targetStandardId',
  'theme',
  'notes',
  'seed',
  'created_at as createdAt',
  'updated_at as updatedAt',
] as const;

function fromStored<R extends { strategy: StoredStrategy }>(row: R): Omit<R, 'strategy'> & { strategy: GroupStrategy } {
  return { ...row, strategy: strategyFromStored[row.strategy] };
}

export function insertGroupSet(writer: GradebookWriter, input: NewGroupSet, at = nowIso()): string {
  const id = input.id ?? newId();
  writer.run(
    qb.insertInto('group_sets').values({
      id,
      class_id: input.classId,
      // the initial schema's title: the purpose is what a teacher names a set by
      title: input.purpose,
      formed_on: input.formedOn,
      purpose: input.purpose,
      strategy: storedStrategy[input.strategy],
      target_standard_id: input.targetStandardId,
      theme: input.theme,
      notes: input.notes,
      seed: input.seed,
      created_at: at,
      updated_at: at,
    }),
  );
  writeGroups(writer, id, input.groups);
  return id;
}

/** Replaces a set's groups; a group keeps its id when the caller names it. */
export function replaceGroups(writer: GradebookWriter, groupSetId: string, groups: readonly NewGroup[]): void {
  writer.run(qb.deleteFrom('groups').where('group_set_id', '=', groupSetId));
  writeGroups(writer, groupSetId, groups);
}

function writeGroups(writer: GradebookWriter, groupSetId: string, groups: readonly NewGroup[]): void {
  groups.forEach((group, position) => {
    const groupId = group.groupId ?? newId();
    writer.run(qb.insertInto('groups').values({ id: groupId, group_set_id: groupSetId, name: group.name, position, adult: group.adult, space: group.space, task: group.task }));
    group.members.forEach((m, order) =>
      writer.run(
        qb.insertInto('group_members').values({
          group_id: groupId,
          learner_id: m.learnerId,
          position: order,
          saved_readiness: m.savedReadiness,
          saved_level: m.savedLevel,
          saved_band: m.savedBand,
        }),
      ),
    );
  });
}

export type GroupSetChanges = Partial<Pick<GroupSetRow, 'formedOn' | 'purpose' | 'targetStandardId' | 'theme' | 'notes'>>;

export function updateGroupSet(writer: GradebookWriter, groupSetId: string, changes: GroupSetChanges, at = nowIso()): void {
  writer.run(
    qb
      .updateTable('group_sets')
      .set({
        ...(changes.formedOn !== undefined ? { formed_on: changes.formedOn } : {}),
        ...(changes.purpose !== undefined ? { purpose: changes.purpose, title: changes.purpose } : {}),
        ...(changes.targetStandardId !== undefined ? { target_standard_id: changes.targetStandardId } : {}),
        ...(changes.theme !== undefined ? { theme: changes.theme } : {}),
        ...(changes.notes !== undefined ? { notes: changes.notes } : {}),
        updated_at: at,
      })
      .where('id', '=', groupSetId),
  );
}

export function deleteGroupSet(writer: GradebookWriter, groupSetId: string): void {
  writer.run(qb.deleteFrom('group_sets').where('id', '=', groupSetId));
}

export function requireGroupSet(reader: GradebookReader, groupSetId: string): GroupSetRow {
  const row = reader.first(qb.selectFrom('group_sets').select(setColumns).where('id', '=', groupSetId));
  if (!row) throw new GradebookError('not_found', 'That group set is not in this gradebook (it may have been deleted).', { groupSetId });
  return fromStored(row);
}

/** A class's group sets, newest first (by the day they are for, then when saved); `limit` the most recent only. */
export function readGroupSets(reader: GradebookReader, classId: string, limit?: number): GroupSetRow[] {
  let query = qb.selectFrom('group_sets').select(setColumns).where('class_id', '=', classId).orderBy('formed_on', 'desc').orderBy('created_at', 'desc');
  if (limit !== undefined) query = query.limit(limit);
  return reader.all(query).map(fromStored);
}

/** The groups of some sets, in order, each with its members in order. */
export function readGroups(reader: GradebookReader, groupSetIds: readonly string[]): GroupRow[] {
  if (groupSetIds.length === 0) return [];
  const groups = reader.all(
    qb
      .selectFrom('groups')
      .select(['id as groupId', 'group_set_id as groupSetId', 'name', 'adult', 'space', 'task'])
      .where('group_set_id', 'in', [...groupSetIds])
      .orderBy('group_set_id')
      .orderBy('position'),
  );
  const members = new Map<string, MemberRow[]>();
  if (groups.length) {
    const rows = reader.all(
      qb
        .selectFrom('group_members as m')
        .innerJoin('groups as g', 'g.id', 'm.group_id')
        .where('g.group_set_id', 'in', [...groupSetIds])
        .select(['m.group_id as groupId', 'm.learner_id as learnerId', 'm.saved_readiness as savedReadiness', 'm.saved_level as savedLevel', 'm.saved_band as savedBand'])
        .orderBy('m.group_id')
        .orderBy('m.position'),
    );
    for (const { groupId, ...member } of rows) members.set(groupId, [...(members.get(groupId) ?? []), member]);
  }
  return groups.map((g) => ({ ...g, members: members.get(g.groupId) ?? [] }));
}

/**
 * Interests from learners' profiles (category 'interest', not marked sensitive), as written, oldest
 * first: what interest groups are made from. Read here because grouping needs them for a whole class at once.
 */
export function readLearnerInterests(reader: GradebookReader, learnerIds: readonly string[]): Map<string, string[]> {
  const interests = new Map<string, string[]>();
  if (learnerIds.length === 0) return interests;
  const rows = reader.all(
    qb
      .selectFrom('profile_entries')
      .select(['learner_id as learnerId', 'body'])
      .where('category', '=', 'interest')
      .where('sensitive', '=', 0)
      .where('learner_id', 'in', [...learnerIds])
      .orderBy('learner_id')
      .orderBy('noted_on')
      .orderBy('created_at'),
  );
  for (const row of rows) interests.set(row.learnerId, [...(interests.get(row.learnerId) ?? []), row.body]);
  return interests;
}
