import { afterEach, describe, expect, it } from 'vitest';
import { writeNumbersAs } from '../format/numbers.js';
import { progressLabel } from './work-progress.js';

describe('long work says so', () => {
  afterEach(() => writeNumbersAs(undefined));

  it('names the work and how far it has got', () => {
    writeNumbersAs('en-US');
    expect(progressLabel({ classId: 'c', work: 'computing', done: 80_000, total: 200_000 })).toBe('Computing levels… 40%');
    expect(progressLabel({ classId: 'c', work: 'reading', done: 0, total: 200_000 })).toBe('Loading levels… 0%');
    expect(progressLabel({ classId: 'c', work: 'previewing', done: 200, total: 200 })).toBe('Computing the preview… 100%');
  });
});
