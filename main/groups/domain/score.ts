import type { GroupStrategy } from '../../../preload/contract/vocabulary.js';
import { fitReport } from './fit-report.js';
import type { GroupingLearner, GroupingRules, PastGroupSet } from './learner.js';
import { buildObjective, objectiveValue, recentPairWeights } from './objective.js';
import { leftOver, noInterests, round, type DomainProposal } from './propose.js';
import { resolveRules } from './rules.js';
import { scoringFor, withMixItUp } from './scoring.js';

export type ScoreInput = {
  strategy: GroupStrategy;
  learners: readonly GroupingLearner[];
  rules: GroupingRules;
  recent: readonly PastGroupSet[];
  mixItUp: boolean;
  size: number | null;
  /** The groups as they are now (after the teacher's moves), as learner ids; every id one of `learners`. */
  groups: readonly (readonly string[])[];
};

/**
 * Measures groups as they stand, by the same objective and fit report a proposal gets: after a teacher
 * moves learners by hand, the report describes the groups on the board, not the ones proposed.
 * Learners in no group are left out of the pairs (nobody shares a group with them).
 */
export function scoreGroups(input: ScoreInput): Omit<DomainProposal, 'groups'> {
  const { learners } = input;
  const at = new Map(learners.map((l, i) => [l.learnerId, i]));
  const groups = input.groups.map((g) => g.flatMap((id) => (at.has(id) ? [at.get(id) as number] : [])));
  const rules = resolveRules(learners, input.rules);
  const recent = recentPairWeights(input.recent);
  const scoring = scoringFor(input.strategy, input.size);
  const objective = buildObjective(learners, rules.index, recent, withMixItUp(scoring.weights, input.mixItUp));
  const unmet = [...rules.unmet];
  if (input.strategy === 'interests' && learners.every((l) => l.interests.length === 0)) unmet.push(noInterests);
  unmet.push(...leftOver(learners, rules, groups, unmet, true));
  const fit = fitReport({ learners, groups, rules: rules.index, recent, recentSets: input.recent.length, sizes: scoring.sizes, balance: scoring.balance, interests: scoring.interests });
  return { fit, unmet, objective: round(objectiveValue(objective, groups)) };
}
