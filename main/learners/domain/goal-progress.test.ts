import { describe, expect, it } from 'vitest';
import { goalProgress } from './goal-progress.js';

describe('goalProgress', () => {
  const mastered = new Set(['a', 'c']);
  const isMastered = (id: string) => mastered.has(id);

  it('is the share of the goal’s standards mastered', () => {
    const standards = ['a', 'b', 'c'];
    const expected = standards.filter(isMastered).length / standards.length;
    expect(goalProgress('active', standards, isMastered)).toEqual({ progress: expected, suggestMet: false });
  });

  it('suggests "met" only for an active goal whose standards are all mastered', () => {
    expect(goalProgress('active', ['a', 'c'], isMastered)).toEqual({ progress: 1, suggestMet: true });
    expect(goalProgress('met', ['a', 'c'], isMastered)).toEqual({ progress: 1, suggestMet: false });
    expect(goalProgress('revised', ['a', 'c'], isMastered).suggestMet).toBe(false);
  });

  it('has no progress for a goal linked to no standard', () => {
    expect(goalProgress('active', [], isMastered)).toEqual({ progress: null, suggestMet: false });
  });
});
