import type { FitLine } from '../../../preload/contract/groups.js';
import { interestKey, pairKey, type GroupingLearner } from './learner.js';
import type { IndexRules } from './objective.js';
import { count } from './words.js';

/** How sizes are judged: even (differ by at most one), under a cap, or not at all (manual). */
export type SizeRule = { kind: 'even' } | { kind: 'cap'; cap: number } | { kind: 'none' };

export type FitInput = {
  learners: readonly GroupingLearner[];
  groups: readonly (readonly number[])[];
  rules: IndexRules;
  recent: ReadonlyMap<string, number>;
  /** How many recent sets `recent` counts, for the sentence. */
  recentSets: number;
  sizes: SizeRule;
  /** Whether the strategy asks groups to span levels. */
  balance: boolean;
  /** Whether the strategy weighs shared interests. */
  interests: boolean;
};

/** The fit report: per rule, satisfied or not and by how much, in the teacher's words. */
export function fitReport(input: FitInput): FitLine[] {
  const { learners, groups, rules } = input;
  const groupOf = new Map<number, number>();
  groups.forEach((group, g) => group.forEach((i) => groupOf.set(i, g)));
  const lines: FitLine[] = [];
  const sizes = groups.map((g) => g.length);
  if (input.sizes.kind === 'even' && sizes.length) {
    const low = Math.min(...sizes);
    const high = Math.max(...sizes);
    const within = sizes.filter((s) => s >= high - 1).length;
    lines.push({
      rule: 'sizes',
      satisfied: high - low <= 1,
      met: high - low <= 1 ? sizes.length : within,
      of: sizes.length,
      sentence: high - low <= 1 ? `Groups of ${low === high ? low : `${low} and ${high}`}: sizes differ by at most one.` : `Group sizes run from ${low} to ${high}.`,
    });
  }
  if (input.sizes.kind === 'cap') {
    const { cap } = input.sizes;
    const within = sizes.filter((s) => s <= cap).length;
    lines.push({
      rule: 'sizes',
      satisfied: within === sizes.length,
      met: within,
      of: sizes.length,
      sentence: within === sizes.length ? `No group has more than ${cap}.` : `${count(sizes.length - within, 'group')} ${sizes.length - within === 1 ? 'has' : 'have'} more than ${cap}.`,
    });
  }
  if (input.balance) lines.push(balanceLine(learners, groups));
  if (input.interests) {
    const withInterests = learners.map((l, i) => [l, i] as const).filter(([l]) => l.interests.length > 0);
    if (withInterests.length) {
      const sharing = withInterests.filter(([l, i]) => {
        const keys = new Set(l.interests.map(interestKey));
        return (groups[groupOf.get(i) ?? -1] ?? []).some((j) => j !== i && (learners[j]?.interests ?? []).some((k) => keys.has(interestKey(k))));
      }).length;
      lines.push({
        rule: 'interests',
        satisfied: sharing === withInterests.length,
        met: sharing,
        of: withInterests.length,
        sentence: `${sharing} of ${count(withInterests.length, 'learner')} with interests share one with someone in their group.`,
      });
    }
  }
  if (rules.together.length) {
    const kept = rules.together.filter(([a, b]) => sharesGroup(groupOf, a, b)).length;
    lines.push({
      rule: 'together',
      satisfied: kept === rules.together.length,
      met: kept,
      of: rules.together.length,
      sentence: kept === rules.together.length ? `All ${count(kept, 'keep-together pair')} share a group.` : `${kept} of ${count(rules.together.length, 'keep-together pair')} share a group.`,
    });
  }
  if (rules.apart.length) {
    const kept = rules.apart.filter(([a, b]) => !sharesGroup(groupOf, a, b)).length;
    lines.push({
      rule: 'apart',
      satisfied: kept === rules.apart.length,
      met: kept,
      of: rules.apart.length,
      sentence: kept === rules.apart.length ? `All ${count(kept, 'keep-apart pair')} are in different groups.` : `${kept} of ${count(rules.apart.length, 'keep-apart pair')} are in different groups.`,
    });
  }
  const { pairs, repeated } = repeatedPairs(learners, groups, input.recent);
  lines.push({
    rule: 'repeats',
    satisfied: repeated === 0,
    met: pairs - repeated,
    of: pairs,
    sentence:
      input.recentSets === 0
        ? 'No earlier group sets to compare with.'
        : repeated === 0
          ? `No pair shared a group in the last ${count(input.recentSets, 'group set')}.`
          : `${count(repeated, 'pair')} also shared a group in the last ${count(input.recentSets, 'group set')}.`,
  });
  return lines;
}

/** Groups that span levels: of the groups with two or more learners with a level, those with at least two different bands. */
function balanceLine(learners: readonly GroupingLearner[], groups: readonly (readonly number[])[]): FitLine {
  const classBands = new Set(learners.flatMap((l) => (l.bandRank === null ? [] : [l.bandRank])));
  const judged = groups.filter((g) => g.filter((i) => learners[i]?.bandRank !== null).length >= 2);
  const spanning = judged.filter((g) => new Set(g.flatMap((i) => (learners[i]?.bandRank == null ? [] : [learners[i]?.bandRank]))).size >= 2).length;
  const possible = classBands.size >= 2;
  return {
    rule: 'balance',
    satisfied: !possible || spanning === judged.length,
    met: spanning,
    of: judged.length,
    sentence: possible ? `${spanning} of ${count(judged.length, 'group')} mix levels.` : 'Everyone with evidence is at the same level, so no group can mix levels.',
  };
}

/** Pairs sharing a group in the proposal, and how many of them shared one in a recent set. */
export function repeatedPairs(learners: readonly GroupingLearner[], groups: readonly (readonly number[])[], recent: ReadonlyMap<string, number>): { pairs: number; repeated: number } {
  let pairs = 0;
  let repeated = 0;
  for (const group of groups)
    for (let a = 0; a < group.length; a++)
      for (let b = a + 1; b < group.length; b++) {
        pairs++;
        if (recent.has(pairKey(learners[group[a] ?? -1]?.learnerId ?? '', learners[group[b] ?? -1]?.learnerId ?? ''))) repeated++;
      }
  return { pairs, repeated };
}

/** Two learners share a group only when both are in one; a learner in no group (not yet placed by hand) shares none. */
export function sharesGroup(groupOf: ReadonlyMap<number, number>, a: number, b: number): boolean {
  const g = groupOf.get(a);
  return g !== undefined && g === groupOf.get(b);
}
