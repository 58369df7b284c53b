import { improveBySwaps } from './local-search.js';
import type { Objective } from './objective.js';
import { shuffled, type Random } from './random.js';

/**
 * Arranges `members` (learner indices) into groups of the given sizes: keep-together units first, then
 * everyone else from the highest level down (ties in seeded order), each into the group where they add
 * least to the objective; then improves by swaps. The result depends only on its input and the seed.
 */
export function arrange(objective: Objective, members: readonly number[], sizes: readonly number[], units: readonly number[][], random: Random): number[][] {
  const inMembers = new Set(members);
  const largest = Math.max(0, ...sizes);
  // a unit bigger than any group (reported as unmet) is placed in group-sized pieces
  const together = units
    .map((u) => u.filter((i) => inMembers.has(i)))
    .filter((u) => u.length >= 2)
    .flatMap((u) => Array.from({ length: Math.ceil(u.length / Math.max(1, largest)) }, (_, k) => u.slice(k * largest, (k + 1) * largest)))
    .sort((a, b) => b.length - a.length);
  const placedTogether = new Set(together.flat());
  const singles = shuffled(
    members.filter((i) => !placedTogether.has(i)),
    random,
  ).sort((a, b) => (objective.z[b] ?? 0) - (objective.z[a] ?? 0));
  const groups: number[][] = sizes.map(() => []);
  const sums = sizes.map(() => 0);
  const place = (unit: readonly number[]) => {
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    sizes.forEach((capacity, g) => {
      const group = groups[g] as number[];
      if (capacity - group.length < unit.length) return;
      const cost = additionCost(objective, group, sums[g] ?? 0, capacity, unit);
      // ties go to the emptiest group, then the first
      if (cost < bestCost - 1e-9 || (Math.abs(cost - bestCost) <= 1e-9 && group.length < (groups[best]?.length ?? Infinity))) {
        best = g;
        bestCost = cost;
      }
    });
    if (best < 0) {
      // no group has room for the whole unit: its members go one by one
      if (unit.length > 1) for (const i of unit) place([i]);
      return;
    }
    groups[best]?.push(...unit);
    sums[best] = (sums[best] ?? 0) + unit.reduce((s, i) => s + (objective.z[i] ?? 0), 0);
  };
  for (const unit of together) place(unit);
  for (const i of singles) place([i]);
  if (groups.length > 1) improveBySwaps(objective, groups, random);
  return groups;
}

/** What adding `unit` to a group would add to the objective (balance measured against the group's final size). */
function additionCost(objective: Objective, group: readonly number[], sum: number, capacity: number, unit: readonly number[]): number {
  let cost = 0;
  for (const i of unit) for (const x of group) cost += objective.pair[i * objective.size + x] ?? 0;
  const added = unit.reduce((s, i) => s + (objective.z[i] ?? 0), 0);
  return cost + (objective.weights.balance * ((sum + added) ** 2 - sum ** 2)) / Math.max(1, capacity);
}

/** A seeded random split into groups of the given sizes: the baseline the objective is measured against. */
export function randomSplit(members: readonly number[], sizes: readonly number[], random: Random): number[][] {
  const order = shuffled(members, random);
  let next = 0;
  return sizes.map((size) => order.slice(next, (next += size)));
}
