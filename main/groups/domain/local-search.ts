import { swapDelta, type Objective } from './objective.js';
import { shuffled, type Random } from './random.js';

/** Passes over every pair of learners; in practice the search settles in a handful. */
const maxPasses = 25;

/**
 * Improves groups in place by swapping two learners of different groups whenever that lowers the
 * objective (first improvement, learners visited in a seeded order), until a whole pass finds nothing.
 * Swaps keep every group's size. Returns the objective's improvement.
 */
export function improveBySwaps(objective: Objective, groups: number[][], random: Random): number {
  const where = new Map<number, number>();
  groups.forEach((group, g) => group.forEach((i) => where.set(i, g)));
  const sums = groups.map((group) => group.reduce((s, i) => s + (objective.z[i] ?? 0), 0));
  const order = shuffled([...where.keys()], random);
  let gained = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (const a of order) {
      const ga = where.get(a) ?? 0;
      for (const b of order) {
        const gb = where.get(b) ?? 0;
        if (gb === ga) continue;
        const from = groups[ga] as number[];
        const to = groups[gb] as number[];
        const delta = swapDelta(objective, from, sums[ga] ?? 0, a, to, sums[gb] ?? 0, b);
        if (delta >= -1e-9) continue;
        from[from.indexOf(a)] = b;
        to[to.indexOf(b)] = a;
        const shift = (objective.z[b] ?? 0) - (objective.z[a] ?? 0);
        sums[ga] = (sums[ga] ?? 0) + shift;
        sums[gb] = (sums[gb] ?? 0) - shift;
        where.set(a, gb);
        where.set(b, ga);
        gained -= delta;
        improved = true;
        break;
      }
    }
    if (!improved) break;
  }
  return gained;
}
