import { describe, expect, it } from 'vitest';
import { proficiencyScale as scale } from './sample-scale.test-data.js';
import { describeCell } from './cell-description.js';

const group = { id: 'g', code: '5.NBT.A', statement: 'Place value' };
const standard = { kind: 'standard', key: 's', standardId: 's', sourceIndex: 0, code: '5.NBT.A.1', statement: '', methodLabel: null, group } as const;

describe('the active cell in words', () => {
  it('names the learner, the standard, the level and what marks it carries', () => {
    const cell = { level: 1.88, mastered: false, evidenceCount: 4, lastObservedOn: null, awaitingFeedback: 1, override: null };
    expect(describeCell('Karim Al-Masri', standard, { cell, level: 1.88 }, scale)).toBe(
      'Karim Al-Masri, 5.NBT.A.1: 1.88 Beginning, not mastered, 4 pieces of evidence, 1 awaiting feedback',
    );
  });

  it('says when there is no level, when a roll-up is meant, and what a preview would change', () => {
    expect(describeCell('Ana', standard, { cell: null, level: null }, scale)).toBe('Ana, 5.NBT.A.1: no level yet');
    expect(describeCell('Ana', { kind: 'rollup', key: 'r', groupId: 'g', rollupIndex: 0, group }, { cell: null, level: 3 }, scale, { before: 3, after: 2.5 })).toBe(
      'Ana, roll-up of 5.NBT.A: 3 Proficient, mastered, would be 2.5 under the previewed method',
    );
  });
});
