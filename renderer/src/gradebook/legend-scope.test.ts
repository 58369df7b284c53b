import { describe, expect, it } from 'vitest';
import { legendScope } from './legend-scope.js';

const column = (code: string, scaleId: string) => ({ code, statement: `${code} statement`, scaleId });

describe('which columns a legend belongs to', () => {
  it('says “all standards” for the only scale, and names the columns of each of several', () => {
    expect(legendScope('p', [column('A', 'p'), column('B', 'p')])).toBe('all standards');
    const columns = [column('A', 'p'), column('SK.1', 's'), column('SK.2', 's'), column('SK.3', 's'), column('SK.4', 's')];
    expect(legendScope('s', columns)).toBe('4 standards: SK.1, SK.2, SK.3 and 1 more');
    expect(legendScope('p', columns)).toBe('1 standard: A');
  });
});
