import { describe, expect, it } from 'vitest';
import type { GridColumn } from '../../../preload/contract/index.js';
import { columnText, findByWords } from './standard-search.js';

const cluster = { id: 'c', code: '5.NBT.A', statement: 'Place value', type: 'cluster' };
const column = (code: string | null, statement: string, ancestors: GridColumn['ancestors'] = []): GridColumn => ({
  standardId: `${code ?? statement}-id`,
  code,
  statement,
  ancestors,
  methodLabel: null,
  scaleId: 'scale',
});
const columns = [
  column('5.NBT.A.1', 'Recognize that a digit in one place is ten times the digit to its right', [cluster]),
  column('5.NF.A.1', 'Add and subtract fractions with unlike denominators'),
  column(null, 'Asks questions when stuck'),
];
const codes = (found: GridColumn[]) => found.map((found) => found.code);

describe('finding a tracked standard by code or words', () => {
  it('keeps everything for an empty query', () => {
    expect(findByWords(columns, '  ', columnText)).toHaveLength(3);
  });

  it('needs every word of the query, in any order and case, in the code, statement or a cluster’s code', () => {
    expect(codes(findByWords(columns, '5.nf', columnText))).toEqual(['5.NF.A.1']);
    expect(codes(findByWords(columns, 'ten digit', columnText))).toEqual(['5.NBT.A.1']);
    expect(codes(findByWords(columns, '5.NBT.A', columnText))).toEqual(['5.NBT.A.1']);
    expect(codes(findByWords(columns, 'stuck', columnText))).toEqual([null]);
    expect(findByWords(columns, 'fractions digit', columnText)).toEqual([]);
  });
});
