import { describe, expect, it } from 'vitest';
import { writeNumbersAs } from '../format/numbers.js';
import { partOf, turnaroundWords } from './report-words.js';

describe('report words', () => {
  writeNumbersAs('en-US');
  it('say a part of a whole with its share', () => {
    expect(partOf(8, 25)).toBe('8 of 25 (32%)');
    expect(partOf(0, 0)).toBe('0 of 0');
  });

  it('say feedback turnaround without arithmetic, and what is missing when nothing got feedback', () => {
    expect(turnaroundWords({ withFeedback: 40, awaitingFeedback: 3, medianDays: 2, p90Days: 6.4 })).toBe('Half the feedback came 2 days later or sooner. Nine in ten came within 6 days.');
    expect(turnaroundWords({ withFeedback: 5, awaitingFeedback: 0, medianDays: 0, p90Days: null })).toBe('Half the feedback came the same day or sooner.');
    expect(turnaroundWords({ withFeedback: 0, awaitingFeedback: 12, medianDays: null, p90Days: null })).toBe('None of the 12 pieces of evidence in this window has feedback yet.');
    expect(turnaroundWords({ withFeedback: 0, awaitingFeedback: 0, medianDays: null, p90Days: null })).toBe('No evidence in this window yet, so no feedback to time.');
  });
});
