import { describe, expect, it } from 'vitest';
import type { GridColumn, GridRow } from '../../../preload/contract/index.js';
import { encodeCells } from './grid-cells.js';
import { displayColumns } from './grid-columns.js';
import { gridScales } from './grid-scales.js';
import { cellTarget, pastedLevels, type GridView } from './grid-targets.js';
import { proficiencyScale } from './sample-scale.test-data.js';

const cluster = { id: 'c', code: 'NBT.A', statement: 'Place value', type: 'cluster' };
const column = (code: string): GridColumn => ({ standardId: `s-${code}`, code, statement: `Standard ${code}`, ancestors: [cluster], methodLabel: null, scaleId: 's' });
const row = (givenName: string): GridRow => ({
  learnerId: `l-${givenName}`,
  givenName,
  familyName: 'Test',
  preferredName: null,
  cells: encodeCells([]),
  rollups: [null],
});
const gridColumns = [column('NBT.A.1'), column('NBT.A.2')];
const view: GridView = {
  classId: 'class',
  rows: [row('Ana'), row('Bo')],
  // the roll-up column of the cluster comes after its standards
  columns: displayColumns(gridColumns, { showRollups: true, rollupGroups: ['c'] }),
  scales: gridScales({ scale: proficiencyScale, scales: [proficiencyScale], columns: gridColumns }),
};

describe('where a command lands in the grid', () => {
  it('finds a standard’s cell with its learner and scale, and no cell on a roll-up column', () => {
    expect(cellTarget(view, { row: 1, col: 0 })).toMatchObject({ classId: 'class', learnerId: 'l-Bo', standardId: 's-NBT.A.1', code: 'NBT.A.1', scale: proficiencyScale });
    expect(view.columns[2]?.kind).toBe('rollup');
    expect(cellTarget(view, { row: 0, col: 2 })).toBeNull();
    expect(cellTarget(view, { row: 2, col: 0 })).toBeNull();
  });

  it('reads pasted rows from the active cell, by short label or value, on each column’s scale', () => {
    expect(pastedLevels(view, 'P\t2\nE\t1', { row: 0, col: 0 })).toEqual({
      ok: true,
      values: [
        { learnerId: 'l-Ana', standardId: 's-NBT.A.1', level: 3 },
        { learnerId: 'l-Ana', standardId: 's-NBT.A.2', level: 2 },
        { learnerId: 'l-Bo', standardId: 's-NBT.A.1', level: 4 },
        { learnerId: 'l-Bo', standardId: 's-NBT.A.2', level: 1 },
      ],
    });
  });

  it('refuses a paste that a level cannot be read from, and says why', () => {
    const pasted = pastedLevels(view, 'banana', { row: 0, col: 0 });
    expect(pasted.ok).toBe(false);
  });
});
