import { describe, expect, it } from 'vitest';
import type { GridCell, MasteryGrid } from '../../../preload/contract.js';
import { patchGrid } from './grid-patch.js';

const cell = (level: number | null): GridCell => ({ level, mastered: false, evidenceCount: 0, lastObservedOn: null, awaitingFeedback: 0, override: null });
const column = (standardId: string) => ({ standardId, code: standardId, statement: '', ancestors: [], methodLabel: null });
const row = (learnerId: string) => ({ learnerId, givenName: learnerId, familyName: '', preferredName: null, cells: [cell(1), cell(2)], rollups: {} });
const grid = {
  columns: [column('s1'), column('s2')],
  rows: [row('a'), row('b')],
} as unknown as MasteryGrid;

describe('patching the grid with answered cells', () => {
  it('replaces just the touched cells and keeps untouched rows', () => {
    const patched = patchGrid(grid, [{ learnerId: 'b', standardId: 's2', cell: cell(4) }]);
    expect(patched.rows[1]?.cells.map((c) => c.level)).toEqual([1, 4]);
    expect(patched.rows[0]).toBe(grid.rows[0]);
    expect(grid.rows[1]?.cells[1]?.level).toBe(2);
  });

  it('ignores cells that are not on screen', () => {
    expect(patchGrid(grid, [{ learnerId: 'z', standardId: 's1', cell: cell(4) }])).toBe(grid);
  });
});
