import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PathPace } from '../../../preload/contract/index.js';
import { writeDatesAs } from '../format/calendar-date.js';
import { writeNumbersAs } from '../format/numbers.js';
import { paceWords, stepsPerWeekWords } from './path-words.js';

beforeAll(() => {
  writeDatesAs('en-GB');
  writeNumbersAs('en-GB');
});
afterAll(() => {
  writeDatesAs(undefined);
  writeNumbersAs(undefined);
});

const pace = (over: Partial<PathPace>): PathPace => ({ status: 'ahead', stepsPerWeek: { low: 1.2, high: 2.4 }, finish: { earliest: '2026-03-03', latest: '2026-03-17' }, deadline: '2026-04-01', ...over });

describe('stepsPerWeekWords', () => {
  it('rounds to whole steps and never says "0 steps"', () => {
    expect(stepsPerWeekWords({ low: 1.2, high: 2.4 })).toBe('about 1–2 steps a week');
    expect(stepsPerWeekWords({ low: 0.3, high: 1.6 })).toBe('up to 2 steps a week');
    expect(stepsPerWeekWords({ low: 0.1, high: 0.4 })).toBe('less than one step a week');
    expect(stepsPerWeekWords({ low: 0.9, high: 1.1 })).toBe('about 1 step a week');
  });
});

describe('paceWords', () => {
  it('gives the finish window before the end of term when the pace reaches it', () => {
    expect(paceWords(pace({}), false)).toBe('At this pace, about 1–2 steps a week: done between 3 Mar 2026 and 17 Mar 2026, before the end of term (1 Apr 2026).');
  });
  it('names the learner’s target instead of the term when they set one', () => {
    expect(paceWords(pace({}), true)).toContain('before the target date (1 Apr 2026)');
  });
  it('says more time is needed, without judging, when even the fast end is too late', () => {
    expect(paceWords(pace({ status: 'behind', finish: { earliest: '2026-05-01', latest: null } }), false)).toBe(
      'At this pace, about 1–2 steps a week: it needs more time than the term has left (1 Apr 2026).',
    );
  });
  it('waits for the first mastered step before speaking of pace', () => {
    expect(paceWords(pace({ status: 'not_started', stepsPerWeek: null, finish: null }), false)).toBe('No step mastered yet — pace shows after the first.');
    // a step mastered before the path began is no pace along it, and the words do not pretend none is mastered
    expect(paceWords(pace({ status: 'not_started', stepsPerWeek: null, finish: null }), false, 1)).toBe('No step mastered since the path began — pace shows after the first.');
  });
  it('says when the window straddles the deadline', () => {
    expect(paceWords(pace({ status: 'on_track', finish: { earliest: '2026-03-20', latest: '2026-04-20' } }), false)).toBe(
      'At this pace, about 1–2 steps a week: done between 20 Mar 2026 and 20 Apr 2026 — around the end of term (1 Apr 2026), so a little more time may help.',
    );
  });
});
