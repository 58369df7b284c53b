import { describe, expect, it } from 'vitest';
import type { GridCell, GridRow } from '../../../preload/contract.js';
import { sortRows } from './grid-rows.js';

const cell = (level: number | null): GridCell => ({ level, mastered: false, evidenceCount: 0, lastObservedOn: null, awaitingFeedback: 0, override: null });
const row = (givenName: string, familyName: string, level: number | null, rollup: number | null = null): GridRow => ({
  learnerId: `${givenName}-${familyName}`,
  givenName,
  familyName,
  preferredName: null,
  cells: [cell(level)],
  rollups: { g: rollup },
});
const columns = [{ standardId: 's', code: 'S', statement: '', ancestors: [{ id: 'g', code: 'G', statement: 'Group', type: 'cluster' }], methodLabel: null }];
const rows = [row('Zoe', 'Abbott', 2, 1), row('Ana', 'Ramírez', null, 3), row('Luis', 'Ramos', 3.5), row('Bo', 'Chen', 2)];

describe('row order', () => {
  it('starts by family name', () => {
    expect(sortRows(rows, columns, null)).toEqual([0, 3, 1, 2]);
    expect(sortRows(rows, columns, { id: 'learner', desc: true })).toEqual([2, 1, 3, 0]);
  });

  it('sorts by a standard with ties by name and learners without a level last either way', () => {
    expect(sortRows(rows, columns, { id: 's', desc: false })).toEqual([0, 3, 2, 1]);
    expect(sortRows(rows, columns, { id: 's', desc: true })).toEqual([2, 0, 3, 1]);
  });

  it('sorts by a roll-up', () => {
    expect(sortRows(rows, columns, { id: 'rollup:g', desc: true })).toEqual([1, 0, 3, 2]);
  });
});
