import { describe, expect, it } from 'vitest';
import type { GridCell, MasteryGrid } from '../../../preload/contract/index.js';
import { cellAt, encodeCells } from './grid-cells.js';
import { patchGrid } from './grid-patch.js';

const cell = (level: number | null): GridCell => ({ level, mastered: false, evidenceCount: 0, lastObservedOn: null, awaitingFeedback: 0, override: null });
const column = (standardId: string) => ({ standardId, code: standardId, statement: '', ancestors: [], methodLabel: null, scaleId: 'scale' });
const row = (learnerId: string) => ({ learnerId, givenName: learnerId, familyName: '', preferredName: null, cells: encodeCells([cell(1), cell(2)]), rollups: [1, 2] });
const grid = {
  columns: [column('s1'), column('s2')],
  groups: ['g1', 'g2'],
  rows: [row('a'), row('b')],
} as unknown as MasteryGrid;

describe('patching the grid with answered cells', () => {
  it('replaces just the touched cells and keeps untouched rows', () => {
    const patched = patchGrid(grid, [{ learnerId: 'b', standardId: 's2', cell: cell(4), rollups: {} }]);
    expect(patched.rows[1]?.cells.level).toEqual([1, 4]);
    expect(patched.rows[0]).toBe(grid.rows[0]);
    expect(grid.rows[1]?.cells.level[1]).toBe(2);
  });

  it('writes and lifts overrides, and reads a cell back whole', () => {
    const override = { level: 4, reason: 'Conference', overriddenOn: '2026-01-20' };
    const set = patchGrid(grid, [{ learnerId: 'a', standardId: 's1', cell: { ...cell(4), evidenceCount: 2, override }, rollups: {} }]);
    expect(set.rows[0]?.cells.overrides).toEqual({ 0: override });
    expect(cellAt(set.rows[0]!, 0, 3)).toEqual({ ...cell(4), mastered: true, evidenceCount: 2, override });
    const cleared = patchGrid(set, [{ learnerId: 'a', standardId: 's1', cell: cell(2), rollups: {} }]);
    expect(cleared.rows[0]?.cells.overrides).toEqual({});
    expect(set.rows[0]?.cells.overrides).toEqual({ 0: override });
  });

  it('ignores cells that are not on screen', () => {
    expect(patchGrid(grid, [{ learnerId: 'z', standardId: 's1', cell: cell(4), rollups: {} }])).toBe(grid);
  });

  it('replaces the touched learner’s roll-ups with the ones the write answered with', () => {
    const patched = patchGrid(grid, [{ learnerId: 'b', standardId: 's1', cell: cell(3), rollups: { g2: 3.5 } }]);
    expect(patched.rows[1]?.rollups).toEqual([1, 3.5]);
    expect(patched.rows[0]?.rollups).toEqual([1, 2]);
  });
});
