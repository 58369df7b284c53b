import type { GroupTarget, ProposedGroup } from '../../../preload/contract/groups.js';
import type { ReadinessState } from '../../../preload/contract/vocabulary.js';
import { interestKey, type GroupingLearner } from './learner.js';

/** Learners the strategy puts together before any split: one readiness state, band or interest. */
export type Category = {
  /** How a sentence names where they are: "ready for 5.NF.A.1". */
  label: string;
  name: string;
  reason: string;
  members: number[];
  readiness: ReadinessState | null;
  band: string | null;
  interest: string | null;
  blockedBy: GroupTarget | null;
};

const category = (label: string, name: string, reason: string, extra: Partial<Pick<Category, 'readiness' | 'band' | 'interest' | 'blockedBy'>> = {}): Category => ({
  label,
  name,
  reason,
  members: [],
  readiness: null,
  band: null,
  interest: null,
  blockedBy: null,
  ...extra,
});

export const standardLabel = (s: GroupTarget): string => s.code ?? s.statement;

/**
 * Readiness for the target, most ready first: ready, working on it, mastered (an extension), then one
 * group per blocking prerequisite for those not yet ready.
 */
export function readinessCategories(learners: readonly GroupingLearner[], target: string): Category[] {
  const fixed: Record<Exclude<ReadinessState, 'not_yet_ready'>, Category> = {
    ready: category(`learners ready for ${target}`, 'Ready', `Ready for ${target}: every prerequisite is mastered.`, { readiness: 'ready' }),
    in_progress: category(`learners working on ${target}`, 'Working on it', `Working on ${target}: evidence so far, not yet mastered.`, { readiness: 'in_progress' }),
    mastered: category(`learners who mastered ${target}`, 'Extension', `Mastered ${target}: ready for an extension.`, { readiness: 'mastered' }),
  };
  const blocked = new Map<string, Category>();
  learners.forEach((l, i) => {
    if (l.readiness !== 'not_yet_ready') return void fixed[l.readiness ?? 'ready'].members.push(i);
    const blocker = l.blockedBy;
    const key = blocker?.standardId ?? '';
    const label = blocker ? standardLabel(blocker) : 'a prerequisite';
    if (!blocked.has(key))
      blocked.set(key, category(`learners who need ${label} first`, `Needs ${label} first`, `Not yet ready for ${target}: ${label} is not mastered yet.`, { readiness: 'not_yet_ready', blockedBy: blocker }));
    blocked.get(key)?.members.push(i);
  });
  const byBlocker = [...blocked.values()].sort((a, b) => b.members.length - a.members.length || a.name.localeCompare(b.name));
  return [fixed.ready, fixed.in_progress, fixed.mastered, ...byBlocker].filter((c) => c.members.length > 0);
}

/** Proficiency bands on the target (or cluster), highest first; learners with no evidence last. */
export function bandCategories(learners: readonly GroupingLearner[], target: string): Category[] {
  const bands = new Map<number, Category>();
  const none = category(`learners with no evidence on ${target}`, 'No evidence yet', `No evidence on ${target} yet.`);
  learners.forEach((l, i) => {
    if (l.bandRank === null || l.band === null) return void none.members.push(i);
    if (!bands.has(l.bandRank)) bands.set(l.bandRank, category(`learners at ${l.band} on ${target}`, l.band, `${l.band} on ${target}.`, { band: l.band }));
    bands.get(l.bandRank)?.members.push(i);
  });
  return [...[...bands.entries()].sort(([a], [b]) => b - a).map(([, c]) => c), none].filter((c) => c.members.length > 0);
}

/**
 * Interest groups: each interest two or more learners share, the most shared first; a learner with
 * several goes to the most shared (ties alphabetical). Learners whose interests nobody shares, or who
 * have none recorded, form a mixed group.
 */
export function interestCategories(learners: readonly GroupingLearner[]): Category[] {
  const shown = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const l of learners)
    for (const key of new Set(l.interests.map(interestKey))) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!shown.has(key)) shown.set(key, l.interests.find((i) => interestKey(i) === key)?.trim() ?? key);
    }
  const rank = (a: string, b: string) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b);
  const groups = new Map<string, Category>();
  const mixed = category('learners with no shared interest', 'Mixed interests', 'No interest in their profile that another learner here shares.');
  const choice = learners.map((l) => [...new Set(l.interests.map(interestKey))].filter((k) => (counts.get(k) ?? 0) >= 2).sort(rank)[0]);
  // an interest left with one learner (the others went to a more shared one) is no group: that learner
  // takes their next interest that still has a group, else joins the mixed group
  for (let changed = true; changed; ) {
    changed = false;
    const members = new Map<string, number>();
    for (const key of choice) if (key !== undefined) members.set(key, (members.get(key) ?? 0) + 1);
    choice.forEach((key, i) => {
      if (key === undefined || (members.get(key) ?? 0) >= 2) return;
      const next = [...new Set(learners[i]?.interests.map(interestKey))].filter((k) => k !== key && (members.get(k) ?? 0) >= 1).sort(rank)[0];
      choice[i] = next;
      changed = true;
    });
  }
  choice.forEach((best, i) => {
    if (best === undefined) return void mixed.members.push(i);
    const words = shown.get(best) ?? best;
    if (!groups.has(best)) groups.set(best, category(`learners interested in ${words}`, words, `Shared interest: ${words}.`, { interest: words }));
    groups.get(best)?.members.push(i);
  });
  return [...[...groups.entries()].sort(([a], [b]) => rank(a, b)).map(([, c]) => c), mixed].filter((c) => c.members.length > 0);
}

/** A category becomes one proposed group, or several when a size cap splits it ("Ready 1", "Ready 2"). */
export function groupsOf(c: Category, split: readonly number[][], learners: readonly GroupingLearner[]): ProposedGroup[] {
  return split.map((members, k) => ({
    name: split.length > 1 ? `${c.name} ${k + 1}` : c.name,
    learnerIds: members.map((i) => learners[i]?.learnerId ?? ''),
    reason: c.reason,
    readiness: c.readiness,
    band: c.band,
    interest: c.interest,
    blockedBy: c.blockedBy,
  }));
}
