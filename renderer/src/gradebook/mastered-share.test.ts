import { describe, expect, it } from 'vitest';
import type { GridRow } from '../../../preload/contract/index.js';
import { encodeCells } from './grid-cells.js';
import { displayColumns } from './grid-columns.js';
import { gridScales } from './grid-scales.js';
import { masteredShares, notYetMastered, shareText, shareTitle } from './mastered-share.js';
import { proficiencyScale as scale } from './sample-scale.test-data.js';

const cell = (level: number | null) => ({ level, mastered: false, evidenceCount: 1, lastObservedOn: null, awaitingFeedback: 0, override: null });
const row = (learnerId: string, levels: (number | null)[]): GridRow => ({
  learnerId,
  givenName: learnerId,
  familyName: 'Test',
  preferredName: null,
  cells: encodeCells(levels.map(cell)),
  rollups: [],
});
const columns = ['a', 'b'].map((id) => ({ standardId: id, code: id.toUpperCase(), statement: '', ancestors: [], methodLabel: null, scaleId: scale.id }));

describe('the summary row', () => {
  it('counts the learners at or above each column’s mastery threshold, out of the whole class', () => {
    const rows = [row('1', [3, 1]), row('2', [2.99, null]), row('3', [4, null]), row('4', [null, null])];
    const shares = masteredShares(rows, displayColumns(columns, {}), gridScales({ scale, scales: [scale], columns }));
    expect(shares).toEqual([
      { mastered: 2, withLevel: 3, learners: 4 },
      { mastered: 0, withLevel: 1, learners: 4 },
    ]);
    expect(shareText(shares[0]!)).toBe('50%');
    expect(shareTitle(shares[0]!, 'A')).toBe('2 of 4 learners mastered A; 3 have a level');
    expect(shareText({ mastered: 0, withLevel: 0, learners: 0 })).toBe('');
  });
});

describe('a group from the gradebook', () => {
  it('takes the learners without a level or below the column’s threshold, in the order given', () => {
    const rows = [row('1', [3, 1]), row('2', [2.99, null]), row('3', [4, null]), row('4', [null, 3])];
    const [first, second] = displayColumns(columns, {});
    const scales = gridScales({ scale, scales: [scale], columns });
    expect(notYetMastered(rows, first!, scales).map((r) => r.learnerId)).toEqual(['2', '4']);
    expect(notYetMastered(rows, second!, scales).map((r) => r.learnerId)).toEqual(['1', '2', '3']);
  });
});
