import { describe, expect, it } from 'vitest';
import { emptyGroup, moveLearner } from './group-draft.js';
import { scoreRequestFor } from './score-request.js';

describe('scoreRequestFor', () => {
  it('keeps the proposal’s choices, drops the seed and group count, and sends the groups as they are now', () => {
    const asked = { classId: 'c1', strategy: 'balanced' as const, size: 2, seed: 7, mixItUp: true, apart: [['a', 'b']], groupCount: 3 };
    const draft = { groups: [emptyGroup('Group 1', ['a', 'c']), emptyGroup('Group 2', ['b', 'd'])], unplaced: ['e'] };
    const moved = moveLearner(draft, 'a', 1);
    expect(scoreRequestFor(asked, moved)).toEqual({
      classId: 'c1',
      strategy: 'balanced',
      size: 2,
      mixItUp: true,
      apart: [['a', 'b']],
      groups: [
        { name: 'Group 1', learnerIds: ['c'] },
        { name: 'Group 2', learnerIds: ['b', 'd', 'a'] },
      ],
    });
  });

  it('sends the cluster of a bands proposal, so the levels are the cluster’s', () => {
    expect(scoreRequestFor({ classId: 'c1', strategy: 'bands', clusterId: 'k1' }, { groups: [], unplaced: [] })).toEqual({ classId: 'c1', strategy: 'bands', clusterId: 'k1', groups: [] });
  });
});
