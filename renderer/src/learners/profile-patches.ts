import type { LearnerGoal, LearnerProfile, ProfileEntry, Reflection } from '../../../preload/contract/index.js';

/**
 * Changes to a profile on screen, before (optimistic) or after (confirmed) the gradebook answers. Each
 * is a pure function of the profile, so a pending change can be laid over every fresh read until its
 * answer comes, and dropping it is the whole rollback.
 */
export type ProfilePatch = (profile: LearnerProfile) => LearnerProfile;

/** Which list of the profile an entry of this category lives in. */
export function entryListOf(entry: Pick<ProfileEntry, 'category'>): 'supports' | 'notes' | 'drivers' {
  if (entry.category === 'support') return 'supports';
  if (entry.category === 'note') return 'notes';
  return 'drivers';
}

/** Keeps the first of each id: a confirmed item may already be in a fresher read. */
function uniqueBy<T>(items: T[], idOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(idOf(item)) && seen.add(idOf(item)));
}

/** Puts `item` where `replacing` was (an edit keeps its place), or first when it is new (the newest). */
function placed<T>(items: T[], item: T, replacing: string, idOf: (item: T) => string): T[] {
  const next = items.some((other) => idOf(other) === replacing) ? items.map((other) => (idOf(other) === replacing ? item : other)) : [item, ...items];
  return uniqueBy(next, idOf);
}

const entryIdOf = (entry: ProfileEntry) => entry.entryId;
const goalIdOf = (goal: LearnerGoal) => goal.goalId;

export const withEntry =
  (entry: ProfileEntry, replacing: string = entry.entryId): ProfilePatch =>
  (profile) => {
    const list = entryListOf(entry);
    return { ...profile, [list]: placed(profile[list], entry, replacing, entryIdOf) };
  };

export const withoutEntry =
  (entryId: string): ProfilePatch =>
  (profile) => ({
    ...profile,
    drivers: profile.drivers.filter((item) => item.entryId !== entryId),
    notes: profile.notes.filter((item) => item.entryId !== entryId),
    supports: profile.supports.filter((item) => item.entryId !== entryId),
  });

export const withGoal =
  (goal: LearnerGoal, replacing: string = goal.goalId): ProfilePatch =>
  (profile) => ({ ...profile, goals: placed(profile.goals, goal, replacing, goalIdOf) });

/** Changes some fields of a goal, leaving it alone if it is not (or no longer) there. */
export const withGoalFields =
  (goalId: string, fields: Partial<Pick<LearnerGoal, 'status' | 'body' | 'targetOn' | 'suggestMet'>>): ProfilePatch =>
  (profile) => ({ ...profile, goals: profile.goals.map((goal) => (goal.goalId === goalId ? { ...goal, ...fields } : goal)) });

/** Reflections read oldest first, like a conversation: a new one goes last. */
export const withReflection =
  (goalId: string, reflection: Reflection, replacing: string = reflection.reflectionId): ProfilePatch =>
  (profile) => ({
    ...profile,
    goals: profile.goals.map((goal) => {
      if (goal.goalId !== goalId) return goal;
      const had = goal.reflections.some((item) => item.reflectionId === replacing);
      const next = had ? goal.reflections.map((item) => (item.reflectionId === replacing ? reflection : item)) : [...goal.reflections, reflection];
      return { ...goal, reflections: uniqueBy(next, (item) => item.reflectionId) };
    }),
  });

/** The profile with every pending change laid over it, oldest first. */
export function applyPatches(profile: LearnerProfile, patches: Iterable<ProfilePatch>): LearnerProfile {
  let result = profile;
  for (const patch of patches) result = patch(result);
  return result;
}
