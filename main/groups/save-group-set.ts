import { recordAudit } from '../../db/audit.js';
import { requireClass } from '../../db/classes.js';
import { GradebookError } from '../../db/errors.js';
import { deleteGroupSet, insertGroupSet, readGroups, replaceGroups, requireGroupSet, updateGroupSet, type MemberRow, type NewGroup } from '../../db/group-sets.js';
import type { GradebookReader, GradebookWriter } from '../../db/handle.js';
import type { GroupSet } from '../../preload/contract/groups.js';
import type { ValidRequestOf } from '../../preload/contract/index.js';
import { nameList } from './domain/words.js';
import { loadClassView, standingOn, type ClassStanding } from './class-standing.js';
import { readGroupSetView } from './group-set-view.js';

type GroupInput = ValidRequestOf<'groups:save'>['groups'][number];

/**
 * Checks groups before anything is written: every learner enrolled in the class, none in two groups.
 * The teacher reads who and why; nothing is changed.
 */
export function checkGroups(standing: ClassStanding, groups: readonly { learnerIds: readonly string[] }[], outcome = 'the groups were not saved'): void {
  const names = new Map(standing.learners.map((l) => [l.learnerId, l.name]));
  const all = groups.flatMap((g) => g.learnerIds);
  const strangers = [...new Set(all.filter((id) => !names.has(id)))];
  if (strangers.length)
    throw new GradebookError('invalid_data', `${strangers.length === 1 ? 'One learner is' : `${strangers.length} learners are`} not enrolled in this class, so ${outcome}.`, {
      learnerIds: strangers,
    });
  const seen = new Set<string>();
  const twice = [...new Set(all.filter((id) => (seen.has(id) ? true : (seen.add(id), false))))];
  if (twice.length)
    throw new GradebookError('invalid_data', `${nameList(twice.map((id) => names.get(id) ?? id))} ${twice.length === 1 ? 'is' : 'are'} in more than one group; a learner can be in one group only.`, {
      learnerIds: twice,
    });
}

/** Where each member stands now, stored with the set so it can later say it is stale. */
function membersOf(standing: ClassStanding, learnerIds: readonly string[], kept: ReadonlyMap<string, MemberRow> = new Map()): MemberRow[] {
  const now = new Map(standing.learners.map((l) => [l.learnerId, l]));
  return learnerIds.map((id) => {
    const held = kept.get(id);
    if (held) return held;
    const l = now.get(id);
    return { learnerId: id, savedReadiness: l?.readiness ?? null, savedLevel: l?.level ?? null, savedBand: l?.band ?? null };
  });
}

const toNewGroups = (standing: ClassStanding, groups: readonly GroupInput[], kept?: ReadonlyMap<string, MemberRow>): NewGroup[] =>
  groups.map((g) => ({ groupId: g.groupId, name: g.name, adult: g.adult ?? null, space: g.space ?? null, task: g.task ?? null, members: membersOf(standing, g.learnerIds, kept) }));

function standingFor(reader: GradebookReader, classId: string, standardId: string | null): ClassStanding {
  return standingOn(loadClassView(reader, classId), { standardId });
}

/** Standing on the target while the class tracks it, else overall. */
function standingOrOverall(reader: GradebookReader, classId: string, standardId: string | null): ClassStanding {
  const view = loadClassView(reader, classId);
  return standingOn(view, { standardId: standardId !== null && view.grid.columns.some((c) => c.standardId === standardId) ? standardId : null });
}

/** Saves a dated group set in one transaction, audited. */
export function saveGroupSet(writer: GradebookWriter, request: ValidRequestOf<'groups:save'>): GroupSet {
  const groupSetId = writer.transaction(() => {
    requireClass(writer, request.classId);
    const standing = standingFor(writer, request.classId, request.standardId ?? null);
    checkGroups(standing, request.groups);
    const id = insertGroupSet(writer, {
      classId: request.classId,
      formedOn: request.date,
      purpose: request.purpose,
      strategy: request.strategy,
      targetStandardId: request.standardId ?? null,
      theme: request.theme ?? null,
      notes: request.notes ?? null,
      seed: request.seed ?? null,
      groups: toNewGroups(standing, request.groups),
    });
    recordAudit(writer, { actor: 'educator', action: 'create', entity: 'group_set', entityId: id, after: { ...request } });
    return id;
  });
  return readGroupSetView(writer, groupSetId);
}

/** Edits a saved set: its fields, and (when given) its groups, which replace the old ones. Audited with before and after. */
export function editGroupSet(writer: GradebookWriter, request: ValidRequestOf<'groups:update'>): GroupSet {
  writer.transaction(() => {
    const before = requireGroupSet(writer, request.groupSetId);
    const beforeGroups = readGroups(writer, [request.groupSetId]);
    const targetChanged = request.standardId !== undefined && request.standardId !== before.targetStandardId;
    // a new target must be tracked; the saved one may have stopped being tracked since, which is no reason to refuse an edit
    const standing = targetChanged ? standingFor(writer, before.classId, request.standardId ?? null) : standingOrOverall(writer, before.classId, before.targetStandardId);
    if (request.groups) {
      checkGroups(standing, request.groups);
      const ownIds = new Set(beforeGroups.map((g) => g.groupId));
      const foreign = request.groups.filter((g) => g.groupId !== undefined && !ownIds.has(g.groupId));
      if (foreign.length) throw new GradebookError('not_found', 'A group in the request is not in this group set; reload the set and try again.', { groupIds: foreign.map((g) => g.groupId) });
    }
    // members keep where they stood when first saved, unless the target changed (then all are measured anew)
    const kept = targetChanged ? new Map<string, MemberRow>() : new Map(beforeGroups.flatMap((g) => g.members.map((m) => [m.learnerId, m] as const)));
    updateGroupSet(writer, request.groupSetId, {
      ...(request.date !== undefined ? { formedOn: request.date } : {}),
      ...(request.purpose !== undefined ? { purpose: request.purpose } : {}),
      ...(request.standardId !== undefined ? { targetStandardId: request.standardId } : {}),
      ...(request.theme !== undefined ? { theme: request.theme } : {}),
      ...(request.notes !== undefined ? { notes: request.notes } : {}),
    });
    const groups =
      request.groups ??
      (targetChanged ? beforeGroups.map((g) => ({ groupId: g.groupId, name: g.name, adult: g.adult, space: g.space, task: g.task, learnerIds: g.members.map((m) => m.learnerId) })) : null);
    if (groups) replaceGroups(writer, request.groupSetId, toNewGroups(standing, groups, kept));
    recordAudit(writer, {
      actor: 'educator',
      action: 'update',
      entity: 'group_set',
      entityId: request.groupSetId,
      before: { ...before, groups: beforeGroups.map((g) => ({ name: g.name, learnerIds: g.members.map((m) => m.learnerId), adult: g.adult, space: g.space, task: g.task })) },
      after: { ...request },
    });
  });
  return readGroupSetView(writer, request.groupSetId);
}

/** Deletes a saved set; the audit entry keeps the whole set. */
export function removeGroupSet(writer: GradebookWriter, groupSetId: string): { deleted: boolean } {
  return writer.transaction(() => {
    const before = requireGroupSet(writer, groupSetId);
    const groups = readGroups(writer, [groupSetId]);
    deleteGroupSet(writer, groupSetId);
    recordAudit(writer, {
      actor: 'educator',
      action: 'delete',
      entity: 'group_set',
      entityId: groupSetId,
      before: { ...before, groups: groups.map((g) => ({ name: g.name, learnerIds: g.members.map((m) => m.learnerId), adult: g.adult, space: g.space, task: g.task })) },
    });
    return { deleted: true };
  });
}
