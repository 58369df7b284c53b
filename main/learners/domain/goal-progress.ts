import type { GoalStatus } from '../../../preload/contract/vocabulary.js';

/**
 * How far a goal has come: the share of its standards the learner has mastered (null for a goal
 * linked to no standard). A still-active goal whose standards are all mastered suggests "met"; the
 * teacher confirms, so the suggestion never changes the goal by itself.
 */
export function goalProgress(
  status: GoalStatus,
  standardIds: readonly string[],
  isMastered: (standardId: string) => boolean,
): { progress: number | null; suggestMet: boolean } {
  if (standardIds.length === 0) return { progress: null, suggestMet: false };
  const mastered = standardIds.filter(isMastered).length;
  const progress = mastered / standardIds.length;
  return { progress, suggestMet: status === 'active' && mastered === standardIds.length };
}
