import type { RotationFlag } from '../../preload/contract/groups.js';
import { lowestGroupStreaks } from './domain/history.js';
import type { GroupingLearner } from './domain/learner.js';
import { asHistorySet, type SavedSetWithGroups } from './recent-sets.js';

/** The rotation guard's N when the teacher does not choose: three readiness or band sets in a row. */
export const defaultGuardSets = 3;

/** Learners who were in the lowest readiness (or band) group in each of the last `guardSets` such sets. */
export function rotationFlags(sets: readonly SavedSetWithGroups[], learners: readonly GroupingLearner[], guardSets = defaultGuardSets): RotationFlag[] {
  const streaks = lowestGroupStreaks(sets.map(asHistorySet));
  return learners.flatMap((l) => {
    const sets = streaks.get(l.learnerId) ?? 0;
    if (sets < guardSets) return [];
    return [{ learnerId: l.learnerId, sets, sentence: `${l.name} has been in the lowest group in each of the last ${sets} readiness or band group sets: time for a different group.` }];
  });
}
