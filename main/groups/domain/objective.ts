import { interestKey, pairKey, pairsOf, type GroupingLearner, type PastGroupSet } from './learner.js';

/**
 * The one objective every automatic strategy minimises (lower is better):
 *
 *   balance · Σ_groups n·(mean level − class mean)²  (levels as z-scores: between-group spread; a negative
 *                                                      weight asks for like-with-like instead of mixed)
 * + Σ_pairs sharing a group  pair cost, where a pair costs
 *       hard     if the teacher asked to keep them apart,
 *     − hard     if asked to keep them together (so a kept pair adds nothing against the constant below),
 *     − interest if they share an interest,
 *     + repeats  × how recently and often they shared a group in past sets;
 * + hard × the number of keep-together pairs (the constant that makes a fully kept rule cost 0).
 *
 * Pair costs are a dense n×n table; the local search (local-search.ts) keeps per-group sums of it, so a
 * swap is priced in O(1).
 */
export type Weights = { balance: number; interests: number; hard: number; repeats: number };

/** The weights the strategies use: mixed groups span levels; a split inside one readiness state or band keeps like with like. */
export const mixedWeights: Weights = { balance: 1, interests: 0.25, hard: 1000, repeats: 1 };
export const likeWithLikeWeights: Weights = { balance: -0.5, interests: 0.25, hard: 1000, repeats: 1 };
/** "Mix it up": repeats of recent pairings weigh four times as much. */
export const mixItUpFactor = 4;

export type Objective = {
  size: number;
  /** Levels as z-scores around the class mean; a learner with no evidence sits at the mean (0). */
  z: Float64Array;
  pair: Float64Array;
  weights: Weights;
  constant: number;
};

export type IndexRules = { apart: [number, number][]; together: [number, number][] };

/** Recent pairings, weighted by recency: the newest set counts 1, the one before 1/2, then 1/3 … */
export function recentPairWeights(sets: readonly PastGroupSet[]): Map<string, number> {
  const weights = new Map<string, number>();
  sets.forEach((set, age) => {
    for (const group of set.groups) for (const [a, b] of pairsOf(group)) weights.set(pairKey(a, b), (weights.get(pairKey(a, b)) ?? 0) + 1 / (age + 1));
  });
  return weights;
}

export function buildObjective(learners: readonly GroupingLearner[], rules: IndexRules, recent: ReadonlyMap<string, number>, weights: Weights): Objective {
  const size = learners.length;
  const levels = learners.map((l) => l.level).filter((l): l is number => l !== null);
  const mean = levels.length ? levels.reduce((s, l) => s + l, 0) / levels.length : 0;
  const spread = levels.length ? Math.sqrt(levels.reduce((s, l) => s + (l - mean) ** 2, 0) / levels.length) : 0;
  const z = new Float64Array(size);
  learners.forEach((l, i) => (z[i] = l.level === null || spread === 0 ? 0 : (l.level - mean) / spread));
  const pair = new Float64Array(size * size);
  const add = (i: number, j: number, cost: number) => {
    pair[i * size + j] = (pair[i * size + j] ?? 0) + cost;
    pair[j * size + i] = (pair[j * size + i] ?? 0) + cost;
  };
  const at = new Map(learners.map((l, i) => [l.learnerId, i]));
  for (const [key, repeat] of recent) {
    const [a = '', b = ''] = key.split('|');
    const i = at.get(a);
    const j = at.get(b);
    if (i !== undefined && j !== undefined) add(i, j, weights.repeats * repeat);
  }
  if (weights.interests) {
    // learners by interest: only pairs that share one are visited
    const byInterest = new Map<string, number[]>();
    learners.forEach((l, i) => new Set(l.interests.map(interestKey)).forEach((k) => byInterest.set(k, [...(byInterest.get(k) ?? []), i])));
    const sharing = new Set<number>();
    for (const members of byInterest.values()) for (const [i, j] of pairsOf(members)) sharing.add(Math.min(i, j) * size + Math.max(i, j));
    for (const cell of sharing) add(Math.floor(cell / size), cell % size, -weights.interests);
  }
  for (const [i, j] of rules.apart) add(i, j, weights.hard);
  for (const [i, j] of rules.together) add(i, j, -weights.hard);
  return { size, z, pair, weights, constant: weights.hard * rules.together.length };
}

/** The objective's value for groups of learner indices. */
export function objectiveValue(objective: Objective, groups: readonly (readonly number[])[]): number {
  let value = objective.constant;
  for (const group of groups) {
    if (group.length === 0) continue;
    let sum = 0;
    for (const i of group) sum += objective.z[i] ?? 0;
    value += (objective.weights.balance * sum * sum) / group.length;
    for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) value += objective.pair[(group[a] ?? 0) * objective.size + (group[b] ?? 0)] ?? 0;
  }
  return value;
}
