import { describe, expect, it } from 'vitest';
import { randomSplit } from './arrange.js';
import { craftedClass } from './crafted-class.test-helper.js';
import { pairKey, pairsOf, type PastGroupSet } from './learner.js';
import { proposeGroups } from './propose.js';
import { seededRandom } from './random.js';
import { evenSizes, groupCountFor } from './sizes.js';

/** Pairs that shared a group in an earlier round, summed over the rounds. */
function repeatsOver(rounds: readonly (readonly (readonly string[])[])[]): number {
  const seen = new Set<string>();
  let repeats = 0;
  for (const groups of rounds) {
    const now = groups.flatMap((g) => pairsOf(g).map(([a, b]) => pairKey(a, b)));
    repeats += now.filter((k) => seen.has(k)).length;
    now.forEach((k) => seen.add(k));
  }
  return repeats;
}

describe('rotation: "mix it up" over 10 group sets', () => {
  it('repeats far fewer pairings than a seeded random split', () => {
    const learners = craftedClass(24);
    const rotations = 10;
    const recentSets = 10;
    const mixed: string[][][] = [];
    for (let round = 0; round < rotations; round++) {
      const recent: PastGroupSet[] = mixed.slice(-recentSets).reverse().map((groups) => ({ groups }));
      const proposal = proposeGroups({
        strategy: 'balanced',
        learners,
        rules: { apart: [], together: [] },
        recent,
        seed: round + 1,
        mixItUp: true,
        size: 4,
        groupCount: null,
        targetLabel: null,
      });
      mixed.push(proposal.groups.map((g) => g.learnerIds));
    }
    const sizes = evenSizes(learners.length, groupCountFor(learners.length, 4));
    const random = seededRandom(1);
    const baseline = Array.from({ length: rotations }, () => randomSplit(learners.map((_, i) => i), sizes, random).map((g) => g.map((i) => learners[i]?.learnerId ?? '')));
    const ours = repeatsOver(mixed);
    const theirs = repeatsOver(baseline);
    console.log(`repeated pairings over ${rotations} rotations of 24 in groups of 4: mix it up ${ours}, seeded random split ${theirs}`);
    expect(ours).toBeLessThan(theirs * 0.75);
    // every round still spans levels
    expect(mixed.every((round) => round.length === 6 && round.every((g) => g.length === 4))).toBe(true);
  });
});
