/**
 * Group sizes when a class does not divide evenly: `count` groups whose sizes differ by at most one,
 * the larger first (30 in 4 groups: 8, 8, 7, 7).
 */
export function evenSizes(learners: number, count: number): number[] {
  if (count <= 0) return [];
  const base = Math.floor(learners / count);
  const larger = learners % count;
  return Array.from({ length: count }, (_, i) => base + (i < larger ? 1 : 0));
}

/** How many groups "groups of `size`" makes: no group larger than `size` (30 in groups of 4: 8 groups, six of 4 and two of 3). */
export function groupCountFor(learners: number, size: number): number {
  return Math.max(1, Math.ceil(learners / Math.max(1, size)));
}
