import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight.js';

describe('search highlighting', () => {
  it('marks every word of the query, whatever its case', () => {
    expect(highlightParts('Add fractions with unlike denominators', 'fractions UNLIKE')).toEqual([
      { text: 'Add ', match: false },
      { text: 'fractions', match: true },
      { text: ' with ', match: false },
      { text: 'unlike', match: true },
      { text: ' denominators', match: false },
    ]);
  });

  it('marks a code prefix and treats dots literally', () => {
    expect(highlightParts('5.NF.A.1', '5.NF')).toEqual([
      { text: '5.NF', match: true },
      { text: '.A.1', match: false },
    ]);
    expect(highlightParts('5xNF', '5.NF')).toEqual([{ text: '5xNF', match: false }]);
  });

  it('leaves text alone for an empty query', () => {
    expect(highlightParts('Statement', '  ')).toEqual([{ text: 'Statement', match: false }]);
  });
});
