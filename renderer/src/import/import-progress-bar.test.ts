import { describe, expect, it } from 'vitest';
import { progressText } from './import-progress-bar.js';

describe('progress in words', () => {
  it('reads as a percentage, writes as rows, and says what it is doing when there is no total yet', () => {
    expect(progressText(null, 'Opening the file…')).toBe('Opening the file…');
    expect(progressText({ phase: 'reading', done: 1_203_556, total: 4_811_002 }, '')).toBe('Reading the file: 25%');
    expect(progressText({ phase: 'writing', done: 2500, total: 10_000 }, '')).toBe('Writing: 2,500 of 10,000');
    expect(progressText({ phase: 'planning', done: 0, total: 0 }, '')).toBe('Comparing with the gradebook…');
  });
});
