import { afterEach, describe, expect, it } from 'vitest';
import { formatCount, formatPercent, writeNumbersAs } from './numbers.js';
import { plural } from './plural.js';

describe('numbers', () => {
  afterEach(() => writeNumbersAs(undefined));

  it('writes counts with thousands separators, the locale\'s way', () => {
    writeNumbersAs('en-US');
    expect(formatCount(200_000)).toBe('200,000');
    expect(formatCount(999)).toBe('999');
    expect(plural(1_000, 'learner')).toBe('1,000 learners');
    writeNumbersAs('de-DE');
    expect(formatCount(200_000)).toBe('200.000');
  });

  it('writes progress as a whole percentage that reaches 100% only when done', () => {
    writeNumbersAs('en-US');
    expect(formatPercent(80_000, 200_000)).toBe('40%');
    expect(formatPercent(199_999, 200_000)).toBe('99%');
    expect(formatPercent(200_000, 200_000)).toBe('100%');
    expect(formatPercent(5, 0)).toBe('100%');
  });
});
