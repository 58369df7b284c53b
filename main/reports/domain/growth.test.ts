import { describe, expect, it } from 'vitest';
import { masteredByWeek, weekEndings } from './growth.js';
import { levelReached, median, quantile } from './levels.js';

describe('growth by week', () => {
  it('weeks end on Sundays, the last one clipped to the window’s end', () => {
    // 2026-01-01 is a Thursday
    expect(weekEndings('2026-01-01', '2026-01-20')).toEqual(['2026-01-04', '2026-01-11', '2026-01-18', '2026-01-20']);
    expect(weekEndings('2026-01-04', '2026-01-04')).toEqual(['2026-01-04']);
    expect(weekEndings('2026-01-05', '2026-01-04')).toEqual([]);
  });

  it('counts a cell from the week its evidence made it mastered, and not after it slipped', () => {
    const weeks = ['2026-01-04', '2026-01-11', '2026-01-18'];
    const timelines = [[{ on: '2026-01-04', mastered: true }], [{ on: '2026-01-11', mastered: true }, { on: '2026-01-18', mastered: false }], []];
    expect(masteredByWeek(weeks, timelines)).toEqual([1, 2, 1]);
  });
});

describe('levels and medians', () => {
  it('a level reaches the highest scale level at or below it (2.57 reached 2; 2.9999999 is 3 on paper)', () => {
    expect(levelReached(2.57, [1, 2, 3, 4])).toBe(2);
    expect(levelReached(2.9999999999, [1, 2, 3, 4])).toBe(3);
    expect(levelReached(0.4, [1, 2, 3, 4])).toBe(1);
    expect(levelReached(3.5, [1, 1.5, 2, 2.5, 3, 3.5, 4])).toBe(3.5);
  });

  it('median and quantiles by linear interpolation', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([0, 10], 0.9)).toBe(9);
  });
});
