import { describe, expect, it } from 'vitest';
import type { GridRow } from '../../../preload/contract/index.js';
import { encodeCells } from './grid-cells.js';
import { namesakeHints } from './learner-labels.js';

const row = (learnerId: string, givenName: string, familyName: string, extra: Partial<GridRow> = {}): GridRow => ({
  learnerId,
  givenName,
  familyName,
  preferredName: null,
  cells: encodeCells([]),
  rollups: [],
  ...extra,
});

describe('telling same-name learners apart', () => {
  it('gives namesakes their identifier, else their roster name, else their place; others nothing', () => {
    const rows = [
      row('a', 'Maria', 'Garcia', { identifier: '1042' }),
      row('b', 'Maria', 'García'),
      row('c', 'Maria', 'Garcia', { identifier: '1077' }),
      row('d', 'Mariana', 'Lopez', { preferredName: 'Ana' }),
      row('e', 'Ana', 'Lopez'),
      row('f', 'Ana', 'Lopez'),
      row('g', 'Sam', 'Ito'),
    ];
    const hints = namesakeHints(rows);
    expect(Object.fromEntries(hints)).toEqual({
      a: 'ID 1042',
      c: 'ID 1077',
      d: 'roster name Mariana',
      e: '2 of 3',
      f: '3 of 3',
    });
  });
});
