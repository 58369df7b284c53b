import type { UnmetConstraint } from '../../../preload/contract/groups.js';
import { pairsOf, type GroupingLearner, type GroupingRules } from './learner.js';
import type { IndexRules } from './objective.js';
import { count, nameList } from './words.js';

/** The teacher's rules on learner indices: each set as given (known learners only), and its pairs. */
export type ResolvedRules = { index: IndexRules; apartSets: number[][]; togetherSets: number[][]; unmet: UnmetConstraint[] };

/**
 * Turns rules on learner ids into rules on indices. A learner a rule names who is not in the class is
 * reported (never silently dropped); the rest of the rule still holds.
 */
export function resolveRules(learners: readonly GroupingLearner[], rules: GroupingRules): ResolvedRules {
  const at = new Map(learners.map((l, i) => [l.learnerId, i]));
  const unmet: UnmetConstraint[] = [];
  const resolve = (sets: readonly (readonly string[])[], rule: 'apart' | 'together') =>
    sets.flatMap((set) => {
      const unique = [...new Set(set)];
      const missing = unique.filter((id) => !at.has(id));
      if (missing.length)
        unmet.push({
          rule,
          learnerIds: missing,
          reason: `${count(missing.length, 'learner')} in a keep-${rule} rule ${missing.length === 1 ? 'is' : 'are'} not in this class, so the rule holds for the others only.`,
        });
      const known = unique.flatMap((id) => (at.has(id) ? [at.get(id) as number] : []));
      return known.length >= 2 ? [known] : [];
    });
  const apartSets = resolve(rules.apart, 'apart');
  const togetherSets = resolve(rules.together, 'together');
  return { index: { apart: apartSets.flatMap((s) => pairsOf(s)), together: togetherSets.flatMap((s) => pairsOf(s)) }, apartSets, togetherSets, unmet };
}

/** Keep-together sets that share a learner are one unit: the components of the together rules. */
export function togetherUnits(size: number, togetherSets: readonly number[][]): number[][] {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (const set of togetherSets) for (const i of set.slice(1)) parent[find(i)] = find(set[0] as number);
  const units = new Map<number, number[]>();
  for (const i of new Set(togetherSets.flat())) units.set(find(i), [...(units.get(find(i)) ?? []), i]);
  return [...units.values()].map((u) => u.sort((a, b) => a - b));
}

/** Where the strategy lets each learner go: the category (readiness state, band, interest) and how many groups and what sizes it has. */
export type Layout = { categoryOf: (i: number) => number; categories: { label: string; sizes: number[] }[] };

/**
 * The constraints no arrangement can meet, said plainly: more learners to keep apart than there are
 * groups they can go to; learners to keep together who the strategy puts in different places, or too
 * many for one group.
 */
export function impossibleRules(learners: readonly GroupingLearner[], rules: ResolvedRules, units: readonly number[][], layout: Layout): UnmetConstraint[] {
  const unmet: UnmetConstraint[] = [];
  const names = (members: readonly number[]) => nameList(members.map((i) => learners[i]?.name ?? ''));
  const ids = (members: readonly number[]) => members.map((i) => learners[i]?.learnerId ?? '');
  for (const set of rules.apartSets) {
    const byCategory = new Map<number, number[]>();
    for (const i of set) byCategory.set(layout.categoryOf(i), [...(byCategory.get(layout.categoryOf(i)) ?? []), i]);
    for (const [c, members] of byCategory) {
      const groups = layout.categories[c]?.sizes.length ?? 0;
      if (members.length <= groups) continue;
      const where = layout.categories.length > 1 ? ` for ${layout.categories[c]?.label ?? ''}` : '';
      unmet.push({
        rule: 'apart',
        learnerIds: ids(members),
        reason: `${names(members)} are to be kept apart, but there ${groups === 1 ? 'is' : 'are'} only ${count(groups, 'group')}${where}: at least two of them must share a group.`,
      });
    }
  }
  for (const unit of units) {
    const categories = [...new Set(unit.map(layout.categoryOf))];
    if (categories.length > 1) {
      unmet.push({
        rule: 'together',
        learnerIds: ids(unit),
        reason: `${names(unit)} are to be kept together, but this grouping puts them in different places (${categories.map((c) => layout.categories[c]?.label ?? '').join('; ')}).`,
      });
      continue;
    }
    const largest = Math.max(0, ...(layout.categories[categories[0] ?? 0]?.sizes ?? []));
    if (unit.length > largest)
      unmet.push({
        rule: 'together',
        learnerIds: ids(unit),
        reason: `${names(unit)} are to be kept together, but ${unit.length} learners do not fit in a group of ${largest}.`,
      });
  }
  return unmet;
}
