import { describe, expect, it } from 'vitest';
import { findGaps, type GapCandidate } from './gaps.js';

const standing = (standardId: string, mastered: boolean, evidenceCount: number): GapCandidate => ({
  standardId,
  code: standardId.toUpperCase(),
  statement: `Statement ${standardId}`,
  mastered,
  evidenceCount,
});

describe('findGaps', () => {
  it('a standard whose tracked prerequisite is mastered but which is not is a ready gap; the mastered one is not a gap', () => {
    const gaps = findGaps([standing('a', true, 3), standing('b', false, 2)], [{ standardId: 'b', prerequisiteId: 'a' }]);
    expect(gaps).toEqual([{ standardId: 'b', code: 'B', statement: 'Statement b', reason: 'ready_not_mastered' }]);
  });

  it('in a chain a → b → c only the first unmastered link with evidence is ready; c waits for b', () => {
    const chain = [
      { standardId: 'b', prerequisiteId: 'a' },
      { standardId: 'c', prerequisiteId: 'b' },
    ];
    const gaps = findGaps([standing('a', true, 4), standing('b', false, 3), standing('c', false, 1)], chain);
    expect(gaps.map((g) => [g.standardId, g.reason])).toEqual([['b', 'ready_not_mastered']]);
    // once b is mastered, c becomes the ready gap
    const later = findGaps([standing('a', true, 4), standing('b', true, 5), standing('c', false, 1)], chain);
    expect(later.map((g) => [g.standardId, g.reason])).toEqual([['c', 'ready_not_mastered']]);
  });

  it('a standard never seen is a gap whatever its prerequisites, listed after the ready ones', () => {
    const gaps = findGaps(
      [standing('a', false, 0), standing('b', false, 0), standing('c', false, 2)],
      [{ standardId: 'b', prerequisiteId: 'c' }],
    );
    expect(gaps.map((g) => [g.standardId, g.reason])).toEqual([
      ['c', 'ready_not_mastered'],
      ['a', 'no_evidence'],
      ['b', 'no_evidence'],
    ]);
  });

  it('a prerequisite the class does not track does not hold the learner back', () => {
    const gaps = findGaps([standing('b', false, 1)], [{ standardId: 'b', prerequisiteId: 'untracked' }]);
    expect(gaps.map((g) => g.reason)).toEqual(['ready_not_mastered']);
  });

  it('a standard with an unmastered prerequisite and some evidence is not a gap yet', () => {
    expect(findGaps([standing('a', false, 1), standing('b', false, 1)], [{ standardId: 'b', prerequisiteId: 'a' }]).map((g) => g.standardId)).toEqual(['a']);
  });
});
