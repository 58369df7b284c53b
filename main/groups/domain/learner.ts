import type { GroupTarget } from '../../../preload/contract/groups.js';
import type { ReadinessState } from '../../../preload/contract/vocabulary.js';

/** A learner as the grouping strategies see them: standing on the target (or overall), and interests. Pure data. */
export type GroupingLearner = {
  learnerId: string;
  name: string;
  /** Computed level (on the target standard, a cluster's roll-up, or the mean over tracked standards); null with no evidence. */
  level: number | null;
  /** The scale's label for the level reached; null with no evidence. */
  band: string | null;
  /** Order of the band on its scale (higher is more proficient); null with no evidence. */
  bandRank: number | null;
  /** Readiness on the target standard; null with no target. */
  readiness: ReadinessState | null;
  /** For not yet ready: the first tracked prerequisite not mastered. */
  blockedBy: GroupTarget | null;
  interests: string[];
};

/** Sets of learners (ids) a teacher wants together, or each apart from the others. */
export type GroupingRules = { apart: readonly (readonly string[])[]; together: readonly (readonly string[])[] };

/** A past group set as the repeat penalty needs it: who shared a group, newest set first. */
export type PastGroupSet = { groups: readonly (readonly string[])[] };

/** An interest compared loosely: "Soccer " and "soccer" are the same interest. */
export function interestKey(interest: string): string {
  return interest.trim().toLocaleLowerCase('en').replace(/\s+/g, ' ');
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Every unordered pair of a set's members. */
export function pairsOf<T>(members: readonly T[]): [T, T][] {
  const pairs: [T, T][] = [];
  for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) pairs.push([members[i] as T, members[j] as T]);
  return pairs;
}
