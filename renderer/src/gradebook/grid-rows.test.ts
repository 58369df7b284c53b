import { describe, expect, it } from 'vitest';
import type { GridCell, GridRow } from '../../../preload/contract/index.js';
import { encodeCells } from './grid-cells.js';
import { sortRows } from './grid-rows.js';

const cell = (level: number | null): GridCell => ({ level, mastered: false, evidenceCount: 0, lastObservedOn: null, awaitingFeedback: 0, override: null });
const row = (givenName: string, familyName: string, level: number | null, rollup: number | null = null): GridRow => ({
  learnerId: `${givenName}-${familyName}`,
  givenName,
  familyName,
  preferredName: null,
  cells: encodeCells([cell(level)]),
  rollups: [rollup],
});
const columns = [{ standardId: 's', code: 'S', statement: '', ancestors: [{ id: 'g', code: 'G', statement: 'Group', type: 'cluster' }], methodLabel: null, scaleId: 'scale' }];
const rows: GridRow[] = [row('Zoe', 'Abbott', 2, 1), row('Ana', 'Ramírez', null, 3), row('Luis', 'Ramos', 3.5), row('Bo', 'Chen', 2)];
const grid = { rows, columns, groups: ['g'] };

describe('row order', () => {
  it('starts by family name', () => {
    expect(sortRows(grid, null)).toEqual([0, 3, 1, 2]);
    expect(sortRows(grid, { id: 'learner', desc: true })).toEqual([2, 1, 3, 0]);
  });

  it('sorts by a standard with ties by name and learners without a level last either way', () => {
    expect(sortRows(grid, { id: 's', desc: false })).toEqual([0, 3, 2, 1]);
    expect(sortRows(grid, { id: 's', desc: true })).toEqual([2, 0, 3, 1]);
  });

  it('sorts by a roll-up', () => {
    expect(sortRows(grid, { id: 'rollup:g', desc: true })).toEqual([1, 0, 3, 2]);
  });
});
