import type { FitLine, ProposedGroup, UnmetConstraint } from '../../../preload/contract/groups.js';
import { assertNever } from '../../../preload/contract/shared.js';
import type { GroupStrategy } from '../../../preload/contract/vocabulary.js';
import { arrange } from './arrange.js';
import { bandCategories, groupsOf, interestCategories, readinessCategories, type Category } from './categories.js';
import { fitReport, sharesGroup } from './fit-report.js';
import type { GroupingLearner, GroupingRules, PastGroupSet } from './learner.js';
import { buildObjective, objectiveValue, recentPairWeights, type Objective, type Weights } from './objective.js';
import { scoringFor, withMixItUp } from './scoring.js';
import { seededRandom } from './random.js';
import { impossibleRules, resolveRules, togetherUnits, type Layout, type ResolvedRules } from './rules.js';
import { evenSizes, groupCountFor } from './sizes.js';
import { nameList } from './words.js';

export type ProposeInput = {
  strategy: GroupStrategy;
  learners: readonly GroupingLearner[];
  rules: GroupingRules;
  /** Recent saved sets of the class, newest first: pairings in them cost a repeat. */
  recent: readonly PastGroupSet[];
  seed: number;
  mixItUp: boolean;
  /** Balanced: the group size. Other strategies: a cap that splits larger groups. */
  size: number | null;
  /** Manual: how many empty groups. */
  groupCount: number | null;
  /** The target standard's or cluster's short name, for names and sentences. */
  targetLabel: string | null;
};

export type DomainProposal = { groups: ProposedGroup[]; fit: FitLine[]; unmet: UnmetConstraint[]; objective: number };

/** Said when an interest strategy has no interests to go on (the proposal and its rescoring alike). */
export const noInterests: UnmetConstraint = { rule: 'interests', learnerIds: [], reason: 'No learner in this class has an interest in their profile yet, so these are mixed groups instead.' };

/** A manual set starts with this many empty groups unless the teacher says otherwise. */
const defaultManualGroups = 4;

/**
 * Proposes groups by one strategy. Pure and deterministic: the same input and seed give the same
 * groups. Every automatic strategy is driven by the one objective (objective.ts); the fit report and
 * the constraints no arrangement can meet come with the groups.
 */
export function proposeGroups(input: ProposeInput): DomainProposal {
  const { learners } = input;
  const rules = resolveRules(learners, input.rules);
  const units = togetherUnits(learners.length, rules.togetherSets);
  const recent = recentPairWeights(input.recent);
  const random = seededRandom(input.seed);
  const weigh = (w: Weights): Objective => buildObjective(learners, rules.index, recent, withMixItUp(w, input.mixItUp));
  const target = input.targetLabel ?? 'the target';

  if (input.strategy === 'manual') {
    const count = input.groupCount ?? (input.size ? groupCountFor(learners.length, input.size) : defaultManualGroups);
    const groups = Array.from({ length: count }, (_, k): ProposedGroup => ({ name: `Group ${k + 1}`, learnerIds: [], reason: 'Made by hand.', readiness: null, band: null, interest: null, blockedBy: null }));
    return { groups, fit: [], unmet: rules.unmet, objective: 0 };
  }
  if (learners.length === 0) return { groups: [], fit: [], unmet: [{ rule: 'sizes', learnerIds: [], reason: 'No learners are enrolled in this class yet.' }], objective: 0 };

  let categories: Category[];
  const notes: UnmetConstraint[] = [];
  const everyone = (name: string, reason: string): Category => ({ label: 'the class', name, reason, members: learners.map((_, i) => i), readiness: null, band: null, interest: null, blockedBy: null });
  switch (input.strategy) {
    case 'readiness':
      categories = readinessCategories(learners, target);
      break;
    case 'bands':
      categories = bandCategories(learners, target);
      break;
    case 'interests':
      if (learners.every((l) => l.interests.length === 0)) {
        notes.push(noInterests);
        categories = [everyone('Group', 'Mixed group: no interests recorded yet.')];
      } else categories = interestCategories(learners);
      break;
    case 'balanced':
      categories = [everyone('Group', 'Mixed group: spans levels.')];
      break;
    default:
      return assertNever(input.strategy);
  }
  const scoring = scoringFor(input.strategy, input.size);
  const objective = weigh(scoring.weights);
  const splits = categories.map((c) => {
    const count = input.size ? groupCountFor(c.members.length, input.size) : 1;
    return evenSizes(c.members.length, count);
  });
  const layout = layoutOf(learners.length, categories, splits);
  const unmet = [...rules.unmet, ...notes, ...impossibleRules(learners, rules, units, layout)];
  const arranged = categories.map((c, k) => arrange(objective, c.members, splits[k] ?? [c.members.length], units, random));
  const all = arranged.flat();
  const groups = categories.flatMap((c, k) => groupsOf(c, arranged[k] ?? [], learners));
  if (input.strategy === 'balanced' || (categories.length === 1 && categories[0]?.name === 'Group')) groups.forEach((g, k) => (g.name = `Group ${k + 1}`));
  unmet.push(...leftOver(learners, rules, all, unmet));
  const fit = fitReport({
    learners,
    groups: all,
    rules: rules.index,
    recent,
    recentSets: input.recent.length,
    sizes: scoring.sizes,
    balance: scoring.balance,
    interests: scoring.interests,
  });
  return { groups, fit, unmet, objective: round(objectiveValue(objective, all)) };
}

function layoutOf(size: number, categories: readonly Category[], splits: readonly number[][]): Layout {
  const category = new Int32Array(size);
  categories.forEach((c, k) => c.members.forEach((i) => (category[i] = k)));
  return { categoryOf: (i) => category[i] ?? 0, categories: categories.map((c, k) => ({ label: c.label, sizes: splits[k] ?? [] })) };
}

/** Rule pairs the arrangement still breaks that no unmet line names yet: said too, never dropped. */
export function leftOver(
  learners: readonly GroupingLearner[],
  rules: ResolvedRules,
  groups: readonly (readonly number[])[],
  known: readonly UnmetConstraint[],
  /** The groups were moved by hand (groups:score): the rule is broken by a move, not by the sizes. */
  byHand = false,
): UnmetConstraint[] {
  const groupOf = new Map<number, number>();
  groups.forEach((group, g) => group.forEach((i) => groupOf.set(i, g)));
  const named = (rule: string, a: number, b: number) =>
    known.some((u) => u.rule === rule && u.learnerIds.includes(learners[a]?.learnerId ?? '') && u.learnerIds.includes(learners[b]?.learnerId ?? ''));
  const names = (a: number, b: number) => nameList([learners[a]?.name ?? '', learners[b]?.name ?? '']);
  const ids = (a: number, b: number) => [learners[a]?.learnerId ?? '', learners[b]?.learnerId ?? ''];
  return [
    ...rules.index.apart
      .filter(([a, b]) => sharesGroup(groupOf, a, b) && !named('apart', a, b))
      .map(([a, b]): UnmetConstraint => ({ rule: 'apart', learnerIds: ids(a, b), reason: byHand ? `${names(a, b)} share a group, though they are to be kept apart.` : `${names(a, b)} share a group: with these sizes and the other rules they could not be kept apart.` })),
    ...rules.index.together
      .filter(([a, b]) => !sharesGroup(groupOf, a, b) && !named('together', a, b))
      .map(([a, b]): UnmetConstraint => ({ rule: 'together', learnerIds: ids(a, b), reason: byHand ? `${names(a, b)} are not in the same group, though they are to be kept together.` : `${names(a, b)} are in different groups: with these sizes and the other rules they could not be kept together.` })),
  ];
}

export const round = (value: number) => Math.round(value * 1000) / 1000;
