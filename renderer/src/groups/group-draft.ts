/**
 * Groups as the teacher arranges them before saving: each group's name, learners, adult and space, and
 * the learners not in any group yet. Pure, so moving a learner by drag, by menu or by arrow key is one
 * function, tested once.
 */
export type DraftGroup = { name: string; learnerIds: string[]; adult: string; space: string; task: string; groupId?: string };
export type GroupDraft = { groups: DraftGroup[]; unplaced: string[] };

/** Where a learner sits: a group's index, or not in any group. */
export type Place = number | 'unplaced';

export function emptyGroup(name: string, learnerIds: string[] = []): DraftGroup {
  return { name, learnerIds, adult: '', space: '', task: '' };
}

export function placeOf(draft: GroupDraft, learnerId: string): Place | null {
  if (draft.unplaced.includes(learnerId)) return 'unplaced';
  const index = draft.groups.findIndex((group) => group.learnerIds.includes(learnerId));
  return index >= 0 ? index : null;
}

/**
 * The draft with the learner moved to `to` (at the end, or before `before` when that learner is
 * there). Moving a learner where they already are, or to a group that does not exist, changes nothing.
 */
export function moveLearner(draft: GroupDraft, learnerId: string, to: Place, before?: string): GroupDraft {
  const from = placeOf(draft, learnerId);
  if (from === null || (typeof to === 'number' && (to < 0 || to >= draft.groups.length))) return draft;
  if (from === to && before === undefined) return draft;
  const insert = (ids: readonly string[]): string[] => {
    const rest = ids.filter((id) => id !== learnerId);
    const at = before === undefined ? -1 : rest.indexOf(before);
    return at < 0 ? [...rest, learnerId] : [...rest.slice(0, at), learnerId, ...rest.slice(at)];
  };
  const without = (ids: readonly string[]) => ids.filter((id) => id !== learnerId);
  return {
    groups: draft.groups.map((group, index) => {
      if (index === to) return { ...group, learnerIds: insert(group.learnerIds) };
      if (index === from) return { ...group, learnerIds: without(group.learnerIds) };
      return group;
    }),
    unplaced: to === 'unplaced' ? insert(draft.unplaced) : from === 'unplaced' ? without(draft.unplaced) : draft.unplaced,
  };
}

/** The place an arrow key leads to: the next or previous group, "not in a group" after the last. */
export function neighbourPlace(draft: GroupDraft, from: Place, step: 1 | -1): Place {
  const places: Place[] = [...draft.groups.map((_, index) => index), ...(draft.unplaced.length > 0 || from === 'unplaced' ? ['unplaced' as const] : [])];
  const at = places.indexOf(from);
  return places[(at + step + places.length) % places.length] ?? from;
}

/** A new empty group at the end, named after the next free number. */
export function addGroup(draft: GroupDraft): GroupDraft {
  const names = new Set(draft.groups.map((group) => group.name));
  let number = draft.groups.length + 1;
  while (names.has(`Group ${number}`)) number += 1;
  return { ...draft, groups: [...draft.groups, emptyGroup(`Group ${number}`)] };
}

/** Removes a group; its learners go to "not in a group", never out of the draft. */
export function removeGroup(draft: GroupDraft, index: number): GroupDraft {
  const removed = draft.groups[index];
  if (!removed) return draft;
  return { groups: draft.groups.filter((_, at) => at !== index), unplaced: [...draft.unplaced, ...removed.learnerIds] };
}

export function updateGroup(draft: GroupDraft, index: number, patch: Partial<Omit<DraftGroup, 'learnerIds'>>): GroupDraft {
  return { ...draft, groups: draft.groups.map((group, at) => (at === index ? { ...group, ...patch } : group)) };
}

/** The name of a place as the teacher reads it. */
export function placeName(draft: GroupDraft, place: Place): string {
  if (place === 'unplaced') return 'Not in a group';
  const group = draft.groups[place];
  return group?.name.trim() || `Group ${place + 1}`;
}

/** What the teacher must fix before saving, in one sentence, or null. */
export function draftProblem(draft: GroupDraft): string | null {
  if (draft.groups.length === 0) return 'Add at least one group.';
  const unnamed = draft.groups.findIndex((group) => group.name.trim() === '');
  if (unnamed >= 0) return `Group ${unnamed + 1} needs a name.`;
  const seen = new Map<string, number>();
  for (const [index, group] of draft.groups.entries()) {
    const key = group.name.trim().toLocaleLowerCase();
    const first = seen.get(key);
    if (first !== undefined) return `Groups ${first + 1} and ${index + 1} have the same name, “${group.name.trim()}”; give each its own.`;
    seen.set(key, index);
  }
  return null;
}

/** Groups for the save and update requests: trimmed, an empty adult, space or task left out as none. */
export function groupsForRequest(draft: GroupDraft): { groupId?: string; name: string; learnerIds: string[]; adult: string | null; space: string | null; task: string | null }[] {
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
  return draft.groups.map((group) => ({
    ...(group.groupId === undefined ? {} : { groupId: group.groupId }),
    name: group.name.trim(),
    learnerIds: group.learnerIds,
    adult: orNull(group.adult),
    space: orNull(group.space),
    task: orNull(group.task),
  }));
}

/**
 * A draft from groups the gradebook gave (a proposal or a saved set): every other learner of the class
 * starts in "not in a group", so no one is forgotten.
 */
export function draftFrom(
  groups: readonly { name: string; learnerIds: readonly string[]; groupId?: string; adult?: string | null; space?: string | null; task?: string | null }[],
  classLearnerIds: readonly string[],
): GroupDraft {
  const placed = new Set(groups.flatMap((group) => group.learnerIds));
  return {
    groups: groups.map((group) => ({
      ...emptyGroup(group.name, [...group.learnerIds]),
      ...(group.groupId === undefined ? {} : { groupId: group.groupId }),
      adult: group.adult ?? '',
      space: group.space ?? '',
      task: group.task ?? '',
    })),
    unplaced: classLearnerIds.filter((learnerId) => !placed.has(learnerId)),
  };
}
