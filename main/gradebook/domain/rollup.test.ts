import { describe, expect, it } from 'vitest';
import { rollUp } from './rollup.js';

describe('rollUp', () => {
  it('mean leaves out standards without a level and rounds half away from zero', () => {
    // (2 + 3 + 3.5) / 3 = 2.8333… → 2.83
    expect(rollUp([2, null, 3, 3.5], 'mean')).toBe(2.83);
    // (1 + 2 + 2.015) / 3 = 1.671666… → 1.67
    expect(rollUp([1, 2, 2.015], 'mean')).toBe(1.67);
  });

  it('minimum is the weakest standard', () => {
    expect(rollUp([4, 2.5, 3], 'minimum')).toBe(2.5);
  });

  it('mode takes the most frequent level and breaks ties toward the higher level', () => {
    expect(rollUp([2, 3, 3, 4], 'mode')).toBe(3);
    expect(rollUp([2, 2, 4, 4, 1], 'mode')).toBe(4);
  });

  it('all_proficient is the weakest standard once every standard has a level, else not yet proven', () => {
    expect(rollUp([3, 4, 3.5], 'all_proficient')).toBe(3);
    expect(rollUp([3, 4, 2], 'all_proficient')).toBe(2);
    expect(rollUp([3, 4, null], 'all_proficient')).toBeNull();
    // unlike minimum, which judges what has been seen
    expect(rollUp([3, 4, null], 'minimum')).toBe(3);
  });

  it('gives no level when no standard has one', () => {
    for (const method of ['mean', 'minimum', 'mode', 'all_proficient'] as const) expect(rollUp([null, null], method)).toBeNull();
    expect(rollUp([], 'mean')).toBeNull();
  });
});
