import { describe, expect, it } from 'vitest';
import type { GridColumn } from '../../../preload/contract/index.js';
import { displayColumns, groupOptions, groupSpans } from './grid-columns.js';

const domain = (code: string) => ({ id: `d-${code}`, code, statement: `Domain ${code}`, type: 'domain' });
const cluster = (code: string) => ({ id: `c-${code}`, code, statement: `Cluster ${code}`, type: 'cluster' });
const column = (code: string, ...ancestors: GridColumn['ancestors']): GridColumn => ({
  standardId: `s-${code}`,
  code,
  statement: `Standard ${code}`,
  ancestors,
  methodLabel: null,
  scaleId: 'scale',
});

const columns = [
  column('NBT.A.1', cluster('NBT.A'), domain('NBT')),
  column('NBT.A.2', cluster('NBT.A'), domain('NBT')),
  column('NF.A.1', cluster('NF.A'), domain('NF')),
  column('NBT.B.5', cluster('NBT.B'), domain('NBT')),
  column('LS.1'),
];

describe('grid columns', () => {
  it('keeps the grid order and groups each column under its nearest ancestor', () => {
    const shown = displayColumns(columns);
    expect(shown.map((c) => c.key)).toEqual(['s-NBT.A.1', 's-NBT.A.2', 's-NF.A.1', 's-NBT.B.5', 's-LS.1']);
    expect(groupSpans(shown, 0, 4).map((s) => [s.group.code, s.first, s.count])).toEqual([
      ['NBT.A', 0, 2],
      ['NF.A', 2, 1],
      ['NBT.B', 3, 1],
      [null, 4, 1],
    ]);
    // a span is cut where the visible range is cut
    expect(groupSpans(shown, 1, 2).map((s) => [s.group.code, s.first, s.count])).toEqual([
      ['NBT.A', 1, 1],
      ['NF.A', 2, 1],
    ]);
  });

  it('adds a roll-up after each group, none for standards outside any group', () => {
    const groups = ['c-NBT.A', 'd-NBT', 'c-NF.A', 'd-NF', 'c-NBT.B'];
    const shown = displayColumns(columns, { showRollups: true, rollupGroups: groups });
    expect(shown.map((c) => c.key)).toEqual([
      's-NBT.A.1',
      's-NBT.A.2',
      'rollup:c-NBT.A',
      's-NF.A.1',
      'rollup:c-NF.A',
      's-NBT.B.5',
      'rollup:c-NBT.B',
      's-LS.1',
    ]);
    expect(shown.flatMap((c) => (c.kind === 'rollup' ? [c.rollupIndex] : []))).toEqual([0, 2, 4]);
  });

  it('filters by a domain or a cluster, and by an assessment’s standards', () => {
    expect(displayColumns(columns, { groupId: 'd-NBT' }).map((c) => c.key)).toEqual(['s-NBT.A.1', 's-NBT.A.2', 's-NBT.B.5']);
    expect(displayColumns(columns, { groupId: 'c-NF.A' }).map((c) => c.key)).toEqual(['s-NF.A.1']);
    const assessed = displayColumns(columns, { standardIds: ['s-NBT.B.5', 's-NBT.A.1'] });
    expect(assessed.map((c) => (c.kind === 'standard' ? c.sourceIndex : -1))).toEqual([0, 3]);
  });

  it('offers each domain followed by its clusters in the filter', () => {
    expect(groupOptions(columns).map((o) => `${'  '.repeat(o.depth)}${o.id}`)).toEqual(['d-NBT', '  c-NBT.A', '  c-NBT.B', 'd-NF', '  c-NF.A']);
  });
});
