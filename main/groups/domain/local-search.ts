import type { Objective } from './objective.js';
import { shuffled, type Random } from './random.js';

/** Passes over every pair of learners; in practice the search settles in a handful. */
const maxPasses = 25;
/** A pass that gains less than this share of what the search has gained so far ends it: the rest is crumbs. */
const settled = 1e-3;

/**
 * Improves groups in place by swapping two learners of different groups whenever that lowers the
 * objective (first improvement, learners visited in a seeded order), until a whole pass finds nothing.
 * Swaps keep every group's size. Returns the objective's improvement.
 *
 * `toGroup[x·G + g]` holds learner x's summed pair cost with everyone in group g, so a swap is priced in
 * O(1) and applied in O(n): a grade of 300 settles in milliseconds.
 */
export function improveBySwaps(objective: Objective, groups: number[][], random: Random): number {
  const { pair, size, z, weights } = objective;
  const count = groups.length;
  const where = new Int32Array(size).fill(-1);
  groups.forEach((group, g) => group.forEach((i) => (where[i] = g)));
  const members = groups.flat();
  const toGroup = new Float64Array(size * count);
  for (const x of members) for (const y of members) if (x !== y) toGroup[x * count + where[y]!] = toGroup[x * count + where[y]!]! + pair[x * size + y]!;
  const sums = Float64Array.from(groups, (group) => group.reduce((s, i) => s + z[i]!, 0));
  const lengths = Float64Array.from(groups, (group) => group.length);
  const balance = weights.balance;
  const order = Int32Array.from(shuffled(members, random));
  let gained = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    const before = gained;
    for (const a of order) {
      // the hot loop: plain typed-array reads only (the indices are in range by construction)
      const ga = where[a]!;
      const aRow = a * count;
      const aPair = a * size;
      const za = z[a]!;
      const sa = sums[ga]!;
      const na = lengths[ga]!;
      const aStays = toGroup[aRow + ga]!;
      for (const b of order) {
        const gb = where[b]!;
        if (gb === ga) continue;
        const bRow = b * count;
        const shift = z[b]! - za;
        const sb = sums[gb]!;
        const delta =
          toGroup[aRow + gb]! +
          toGroup[bRow + ga]! -
          2 * pair[aPair + b]! -
          aStays -
          toGroup[bRow + gb]! +
          (balance * ((sa + shift) ** 2 - sa * sa)) / na +
          (balance * ((sb - shift) ** 2 - sb * sb)) / lengths[gb]!;
        if (delta >= -1e-9) continue;
        const from = groups[ga]!;
        const to = groups[gb]!;
        from[from.indexOf(a)] = b;
        to[to.indexOf(b)] = a;
        for (const x of members) {
          const moved = pair[x * size + b]! - pair[x * size + a]!;
          toGroup[x * count + ga] = toGroup[x * count + ga]! + moved;
          toGroup[x * count + gb] = toGroup[x * count + gb]! - moved;
        }
        sums[ga] = sa + shift;
        sums[gb] = sb - shift;
        where[a] = gb;
        where[b] = ga;
        gained -= delta;
        improved = true;
        break;
      }
    }
    if (!improved || gained - before < settled * gained) break;
  }
  return gained;
}
