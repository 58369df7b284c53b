import { describe, expect, it } from 'vitest';
import type { ImportTableCounts } from '../../../preload/contract/index.js';
import { reportLines, shownColumns, summaryRows } from './import-summary.js';

const counts = (partial: Partial<ImportTableCounts>): ImportTableCounts => ({
  added: 0,
  updated: 0,
  unchanged: 0,
  retired: 0,
  deactivated: 0,
  removed: 0,
  skipped: 0,
  ...partial,
});

describe('import summary', () => {
  const summary = {
    frameworks: counts({ added: 1 }),
    standards: counts({ added: 28, retired: 2 }),
    prerequisites: counts({}),
    classes: counts({ updated: 1, removed: 3 }),
  };

  it('lists the tables the import touches, with teachers’ names for them', () => {
    expect(summaryRows(summary).map((row) => row.label)).toEqual(['Frameworks', 'Standards', 'Classes']);
  });

  it('shows the usual columns always and "removed" only when something is removed', () => {
    expect(shownColumns(summaryRows({ standards: counts({ added: 1 }) })).map((column) => column.name)).toEqual([
      'added',
      'updated',
      'unchanged',
      'retired',
      'deactivated',
      'skipped',
    ]);
    expect(shownColumns(summaryRows(summary)).map((column) => column.name)).toContain('removed');
  });

  it('says what changed in sentences, singular where it is one', () => {
    expect(reportLines(summary, ['added', 'updated', 'retired'])).toEqual(['1 framework added', '28 standards added', '2 standards retired', '1 class updated']);
  });
});
