import { describe, expect, it } from 'vitest';
import {
  computeMastery, defaultMethods, describeMethod, masteryMethodKinds, MasteryMethodError, validateMethod,
  type EvidenceKind, type MasteryEvidence, type MasteryMethod, type MasteryScale,
} from './mastery.js';

// Expected values below come from MASTERY.md's examples or from hand arithmetic written next to
// them, never from running the engine.

const scale: MasteryScale = { min: 1, max: 4, masteryThreshold: 3 };

/** Evidence on consecutive days, oldest first, in the order given. */
function daily(levels: readonly (number | null)[], kinds: readonly EvidenceKind[] = []): MasteryEvidence[] {
  return levels.map((level, i) => {
    const kind = kinds[i];
    return { level, observedAt: dayAfter('2025-01-01', i), ...(kind === undefined ? {} : { kind }) };
  });
}

function dayAfter(start: string, days: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function levelOf(levels: readonly (number | null)[], method: MasteryMethod, on: MasteryScale = scale): number | null {
  return computeMastery(daily(levels), method, on).level;
}

function errorOf(run: () => unknown): MasteryMethodError {
  try {
    run();
  } catch (error) {
    if (error instanceof MasteryMethodError) return error;
    throw error;
  }
  throw new Error('expected a MasteryMethodError, nothing was thrown');
}

describe('the simple methods', () => {
  it('most recent is the last level in time order', () => {
    expect(levelOf([2, 4, 3], { kind: 'most_recent' })).toBe(3);
  });

  it('highest is the largest level', () => {
    expect(levelOf([2, 4, 3], { kind: 'highest' })).toBe(4);
  });

  it('mean is the mean of all levels, rounded only at the end', () => {
    expect(levelOf([2, 3, 4], { kind: 'mean' })).toBe(3);
    expect(levelOf([1, 2, 4], { kind: 'mean' })).toBe(2.33); // 7 / 3 = 2.333…
    expect(levelOf([1, 2, 2], { kind: 'mean' })).toBe(1.67); // 5 / 3 = 1.666…
  });
});

describe('median of the most recent N', () => {
  it('takes the median of the last N', () => {
    expect(levelOf([4, 1, 2, 3], { kind: 'median_recent', n: 3 })).toBe(2); // 1, 2, 3
  });

  it('averages the two middle values for an even count', () => {
    expect(levelOf([4, 1, 2, 3], { kind: 'median_recent', n: 4 })).toBe(2.5); // (2 + 3) / 2
  });

  it('uses all levels when there are fewer than N, and says so', () => {
    const result = computeMastery(daily([2, 3]), { kind: 'median_recent', n: 5 }, scale);
    expect(result.level).toBe(2.5);
    expect(result.explanation.notes.join(' ')).toMatch(/fewer than N = 5/);
  });

  it('with N = 1 is the most recent level', () => {
    expect(levelOf([4, 1, 2], { kind: 'median_recent', n: 1 })).toBe(2);
  });
});

describe('mode', () => {
  it('is the most frequent level', () => {
    expect(levelOf([2, 3, 3, 4], { kind: 'mode' })).toBe(3);
  });

  it('breaks a tie with the tied level that occurred most recently', () => {
    expect(levelOf([3, 4, 4, 3], { kind: 'mode' })).toBe(3);
    expect(levelOf([4, 3, 3, 4], { kind: 'mode' })).toBe(4);
    expect(levelOf([1, 2], { kind: 'mode' })).toBe(2);
    // 2 occurs 3 times and wins, even though 4 is more recent
    expect(levelOf([2, 2, 2, 4], { kind: 'mode' })).toBe(2);
  });
});

describe('mean of the most recent N and of the N highest', () => {
  it('mean of the last N', () => {
    expect(levelOf([1, 4, 2, 3], { kind: 'mean_recent', n: 2 })).toBe(2.5); // (2 + 3) / 2
    expect(levelOf([1, 2], { kind: 'mean_recent', n: 5 })).toBe(1.5); // all, fewer than N
  });

  it('mean of the N largest', () => {
    expect(levelOf([1, 4, 2, 3], { kind: 'mean_highest', n: 2 })).toBe(3.5); // (4 + 3) / 2
    expect(levelOf([1, 2], { kind: 'mean_highest', n: 3 })).toBe(1.5); // all, fewer than N
  });
});

describe('weighted average (latest vs. the rest)', () => {
  it('matches the example: 2, 3, 4 at 0.65 → 3.48, with the arithmetic spelled out', () => {
    const result = computeMastery(daily([2, 3, 4]), { kind: 'weighted_average', weight: 0.65 }, scale);
    expect(result.level).toBe(3.48);
    expect(result.explanation.arithmetic).toBe('0.65 × 4 + 0.35 × mean(2, 3) = 3.475 → 3.48');
    expect(result.explanation.label).toBe('Weighted average (65%)');
    expect(result.explanation.parameters).toEqual({ weight: 0.65 });
  });

  it('is the only level when there is one', () => {
    expect(levelOf([4], { kind: 'weighted_average', weight: 0.65 })).toBe(4);
  });

  it('works at both ends of the weight range', () => {
    expect(levelOf([2, 4], { kind: 'weighted_average', weight: 0.65 })).toBe(3.3); // 2.6 + 0.7
    expect(levelOf([1, 4], { kind: 'weighted_average', weight: 0.99 })).toBe(3.97); // 3.96 + 0.01
    expect(levelOf([1, 4], { kind: 'weighted_average', weight: 0.01 })).toBe(1.03); // 0.04 + 0.99
  });
});

describe('decaying average (running)', () => {
  it('matches the example: 2, 3, 4 at 0.65 → 3.53', () => {
    // d2 = 0.35 × 2 + 0.65 × 3 = 2.65; d3 = 0.35 × 2.65 + 0.65 × 4 = 3.5275
    const result = computeMastery(daily([2, 3, 4]), { kind: 'decaying_average', weight: 0.65 }, scale);
    expect(result.level).toBe(3.53);
    expect(result.explanation.arithmetic).toBe(
      'd2 = 0.35 × 2 + 0.65 × 3 = 2.65; d3 = 0.35 × 2.65 + 0.65 × 4 = 3.5275 → 3.53',
    );
  });

  it('differs from the weighted average on the same evidence', () => {
    expect(levelOf([2, 3, 4], { kind: 'weighted_average', weight: 0.65 })).not.toBe(
      levelOf([2, 3, 4], { kind: 'decaying_average', weight: 0.65 }),
    );
  });

  it('is the only level when there is one, and works at weight 0.5', () => {
    expect(levelOf([3], { kind: 'decaying_average', weight: 0.65 })).toBe(3);
    expect(levelOf([1, 3, 4], { kind: 'decaying_average', weight: 0.5 })).toBe(3); // d2 = 2, d3 = 3
  });

  it('keeps one line readable for long evidence lists', () => {
    const result = computeMastery(daily([1, 2, 3, 4, 1, 2, 3, 4, 1, 2]), { kind: 'decaying_average', weight: 0.65 }, scale);
    expect(result.explanation.arithmetic).toMatch(/^d2 = .*… 3 more steps …; d8 = .*; d10 = /);
  });
});

describe('n-times mastery', () => {
  it('matches the example: 1, 2, 3, 4 with N = 1, threshold 3 → 3.5', () => {
    expect(levelOf([1, 2, 3, 4], { kind: 'n_mastery', n: 1 })).toBe(3.5);
  });

  it('averages all levels at or above the threshold once N of them do', () => {
    expect(levelOf([1, 2, 3, 4], { kind: 'n_mastery', n: 2 })).toBe(3.5);
    expect(levelOf([3, 1, 4, 2, 3], { kind: 'n_mastery', n: 2 })).toBe(3.33); // (3 + 4 + 3) / 3
  });

  it('has no level when fewer than N levels reach the threshold, or fewer than N exist', () => {
    const result = computeMastery(daily([1, 2, 3, 4]), { kind: 'n_mastery', n: 3 }, scale);
    expect(result.level).toBeNull();
    expect(result.mastered).toBe(false);
    expect(result.explanation.arithmetic).toBe('2 of 4 levels ≥ 3 (N = 3) → no level');
    expect(levelOf([4, 4, 4, 4], { kind: 'n_mastery', n: 5 })).toBeNull();
  });
});

describe('power law (Marzano trend)', () => {
  it('matches the examples: 1,2,3,4 → 4.00; 1,3,2,4 → 3.66; 4,3,2,1 → 1.28', () => {
    expect(levelOf([1, 2, 3, 4], { kind: 'power_law' })).toBe(4);
    expect(levelOf([1, 3, 2, 4], { kind: 'power_law' })).toBe(3.66);
    expect(levelOf([4, 3, 2, 1], { kind: 'power_law' })).toBe(1.28);
  });

  it('is s1 for one level and s2 for two (exact fit)', () => {
    expect(levelOf([3], { kind: 'power_law' })).toBe(3);
    expect(levelOf([2, 3], { kind: 'power_law' })).toBe(3);
    expect(levelOf([3, 2.5], { kind: 'power_law' })).toBe(2.5);
  });

  it('falls back to the mean when a level is 0 or below, and says so', () => {
    const zeroToFour: MasteryScale = { min: 0, max: 4, masteryThreshold: 3 };
    const result = computeMastery(daily([2, 0, 4]), { kind: 'power_law' }, zeroToFour);
    expect(result.level).toBe(2); // (2 + 0 + 4) / 3
    expect(result.explanation.notes.join(' ')).toMatch(/0 or below.*mean is used instead/);
  });

  it('clamps a trend beyond the scale and shows the clamp', () => {
    // 1, 4, 4 rises faster than the scale allows: the fit (a ≈ 1.131, b ≈ 1.341) reads 4.94 at x = 3
    expect(independentPowerLaw([1, 4, 4])).toBeGreaterThan(4);
    const high = computeMastery(daily([1, 4, 4]), { kind: 'power_law' }, scale);
    expect(high.level).toBe(4);
    expect(high.mastered).toBe(true);
    expect(high.explanation.arithmetic).toMatch(/→ clamped to 4$/);
    expect(high.explanation.notes.join(' ')).toMatch(/above the scale maximum 4/);

    expect(independentPowerLaw([2, 1, 1])).toBeLessThan(1);
    const low = computeMastery(daily([2, 1, 1]), { kind: 'power_law' }, scale);
    expect(low.level).toBe(1);
    expect(low.explanation.notes.join(' ')).toMatch(/below the scale minimum 1/);
  });
});

describe('likelihood of mastery (knowledge tracing)', () => {
  const bkt = defaultMethods.bkt; // p0 0.3, T 0.1, S 0.1, G 0.2

  it('updates after a correct and after an incorrect observation (defaults)', () => {
    // correct: 0.3·0.9 / (0.3·0.9 + 0.7·0.2) = 0.27 / 0.41 = 0.6585…; + (1 − 0.6585…)·0.1 = 0.6927 → 0.69
    const correct = computeMastery(daily([4]), bkt, scale);
    expect(correct.likelihood).toBe(0.69);
    expect(correct.level).toBeNull();
    expect(correct.mastered).toBe(false);
    // incorrect: 0.3·0.1 / (0.3·0.1 + 0.7·0.8) = 0.03 / 0.59 = 0.0508…; + 0.9491…·0.1 = 0.1458 → 0.15
    expect(computeMastery(daily([2]), bkt, scale).likelihood).toBe(0.15);
  });

  it('is "likely mastered" from 0.95 on', () => {
    // after 4, 4: 0.6927·0.9 / (0.6234 + 0.3073·0.2) = 0.9103; + 0.0897·0.1 = 0.9192 → 0.92
    const twice = computeMastery(daily([4, 4]), bkt, scale);
    expect(twice.likelihood).toBe(0.92);
    expect(twice.mastered).toBe(false);
    // after 4, 4, 3: 0.9192·0.9 / (0.8273 + 0.0808·0.2) = 0.9808; + 0.0192·0.1 = 0.9828 → 0.98
    const thrice = computeMastery(daily([4, 4, 3]), bkt, scale);
    expect(thrice.likelihood).toBe(0.98);
    expect(thrice.mastered).toBe(true);
    expect(thrice.explanation.notes.join(' ')).toMatch(/beside a level, never instead of it/);
  });

  it('has no likelihood without evidence', () => {
    const result = computeMastery([], bkt, scale);
    expect(result.likelihood).toBeUndefined();
    expect(result.mastered).toBe(false);
  });
});

describe('order of evidence', () => {
  it('sorts shuffled input oldest first by the date observed', () => {
    const evidence: MasteryEvidence[] = [
      { level: 4, observedAt: '2025-03-10' },
      { level: 1, observedAt: '2025-01-05' },
      { level: 2, observedAt: '2025-02-01' },
    ];
    expect(computeMastery(evidence, { kind: 'most_recent' }, scale).level).toBe(4);
    // in time order 1, 2, 4: 0.65 × 4 + 0.35 × mean(1, 2) = 2.6 + 0.525 = 3.125 → 3.13
    expect(computeMastery(evidence, { kind: 'weighted_average', weight: 0.65 }, scale).level).toBe(3.13);
    expect(computeMastery(evidence, { kind: 'mean' }, scale).explanation.evidence.map((e) => e.observedAt)).toEqual([
      '2025-01-05', '2025-02-01', '2025-03-10',
    ]);
  });

  it('keeps insertion order for equal dates', () => {
    const first: MasteryEvidence = { level: 2, observedAt: '2025-03-01' };
    const second: MasteryEvidence = { level: 4, observedAt: '2025-03-01' };
    expect(computeMastery([first, second], { kind: 'most_recent' }, scale).level).toBe(4);
    expect(computeMastery([second, first], { kind: 'most_recent' }, scale).level).toBe(2);
  });

  it('orders equal dates by recordedAt when every one of them has it', () => {
    const evidence: MasteryEvidence[] = [
      { level: 4, observedAt: '2025-03-01', recordedAt: '2025-03-02T10:00:00Z' },
      { level: 2, observedAt: '2025-03-01', recordedAt: '2025-03-01T15:00:00Z' },
      { level: 1, observedAt: '2025-02-01', recordedAt: '2025-03-05T09:00:00Z' },
    ];
    expect(computeMastery(evidence, { kind: 'most_recent' }, scale).level).toBe(4);
  });

  it('falls back to insertion order when only some of the equal dates have recordedAt', () => {
    const evidence: MasteryEvidence[] = [
      { level: 4, observedAt: '2025-03-01', recordedAt: '2025-03-02T10:00:00Z' },
      { level: 3, observedAt: '2025-03-01' },
      { level: 2, observedAt: '2025-03-01', recordedAt: '2025-03-01T15:00:00Z' },
    ];
    expect(computeMastery(evidence, { kind: 'most_recent' }, scale).level).toBe(2);
  });

  it('orders date-times by time, with a plain date taken as the start of its day', () => {
    const evidence: MasteryEvidence[] = [
      { level: 4, observedAt: '2025-03-01T14:00:00' },
      { level: 1, observedAt: '2025-03-01T09:30:00.250Z' },
      { level: 2, observedAt: '2025-03-01' },
    ];
    expect(computeMastery(evidence, { kind: 'most_recent' }, scale).level).toBe(4);
    expect(computeMastery(evidence, { kind: 'power_law' }, scale).explanation.evidence.map((e) => e.level)).toEqual([2, 1, 4]);
  });

  it('sorts by the calendar date as written, whatever the UTC offset', () => {
    const evidence: MasteryEvidence[] = [
      { level: 4, observedAt: '2025-03-02' },
      { level: 2, observedAt: '2025-03-01T23:30:00-05:00' }, // 04:30 UTC on 2 March, but observed on 1 March
    ];
    expect(computeMastery(evidence, { kind: 'most_recent' }, scale).level).toBe(4);
  });

  it('refuses dates that are not ISO dates', () => {
    for (const observedAt of ['2025-02-30', 'yesterday', '03/01/2025', '2025-03-01T25:00']) {
      expect(errorOf(() => computeMastery([{ level: 3, observedAt }], { kind: 'mean' }, scale)).code).toBe('invalid_date');
    }
  });
});

describe('evidence without a level, and no evidence', () => {
  it('ignores evidence whose level is null and lists it as excluded', () => {
    const result = computeMastery(daily([2, null, 4, null]), { kind: 'mean' }, scale);
    expect(result.level).toBe(3);
    expect(result.explanation.evidence.map((e) => e.exclusion?.code ?? 'included')).toEqual([
      'included', 'no_level', 'included', 'no_level',
    ]);
    expect(levelOf([2, 3, null], { kind: 'most_recent' })).toBe(3);
  });

  it('gives no level (not 0) without evidence, for every method', () => {
    for (const kind of masteryMethodKinds) {
      for (const evidence of [[], daily([null, null])]) {
        const result = computeMastery(evidence, defaultMethods[kind], scale);
        expect(result.level).toBeNull();
        expect(result.mastered).toBe(false);
        expect(result.explanation.arithmetic).toBe('no evidence → no level');
      }
    }
  });
});

describe('kind weighting', () => {
  const evidence = daily([4, 1, 3, 2], ['of', 'for', 'as', 'for']);

  it('drops excluded kinds before the method runs and says why', () => {
    const method: MasteryMethod = { kind: 'mean', excludeKinds: ['for'] };
    const result = computeMastery(evidence, method, scale);
    expect(result.level).toBe(3.5); // (4 + 3) / 2
    expect(result.explanation.excludedKinds).toEqual(['for']);
    const excluded = result.explanation.evidence.filter((e) => !e.included);
    expect(excluded.map((e) => [e.level, e.exclusion?.code])).toEqual([[1, 'kind_excluded'], [2, 'kind_excluded']]);
    expect(excluded[0]?.exclusion?.reason).toMatch(/for learning/);
    expect(describeMethod(method)).toBe('Mean, without assessment for learning');
  });

  it('includes evidence without a kind, and everything by default', () => {
    const mixed: MasteryEvidence[] = [...evidence, { level: 4, observedAt: '2025-02-01' }];
    expect(computeMastery(mixed, { kind: 'mean', excludeKinds: ['for', 'as'] }, scale).level).toBe(4); // (4 + 4) / 2
    expect(computeMastery(evidence, { kind: 'mean' }, scale).level).toBe(2.5); // (4 + 1 + 3 + 2) / 4
  });

  it('has no level when every piece is excluded', () => {
    expect(computeMastery(evidence, { kind: 'highest', excludeKinds: ['of', 'for', 'as'] }, scale).level).toBeNull();
  });
});

describe('mastered', () => {
  it('is the rounded level at or above the threshold', () => {
    expect(computeMastery(daily([2, 3]), { kind: 'most_recent' }, scale).mastered).toBe(true);
    expect(computeMastery(daily([3, 2]), { kind: 'most_recent' }, scale).mastered).toBe(false);
    // (3 + 3 + 2.99) / 3 = 2.99666… → 3.00: shown as 3.00, so mastered
    expect(computeMastery(daily([3, 3, 2.99]), { kind: 'mean' }, scale)).toMatchObject({ level: 3, mastered: true });
  });
});

describe('invalid parameters', () => {
  const bad: [MasteryMethod, string][] = [
    [{ kind: 'median_recent', n: 0 }, 'invalid_parameter'],
    [{ kind: 'mean_recent', n: 1.5 }, 'invalid_parameter'],
    [{ kind: 'mean_highest', n: Number.NaN }, 'invalid_parameter'],
    [{ kind: 'n_mastery', n: 0 }, 'invalid_parameter'],
    [{ kind: 'n_mastery', n: 11 }, 'invalid_parameter'],
    [{ kind: 'weighted_average', weight: 0 }, 'invalid_parameter'],
    [{ kind: 'weighted_average', weight: 0.995 }, 'invalid_parameter'],
    [{ kind: 'weighted_average', weight: Number.NaN }, 'invalid_parameter'],
    [{ kind: 'decaying_average', weight: 0.49 }, 'invalid_parameter'],
    [{ kind: 'decaying_average', weight: 1 }, 'invalid_parameter'],
    [{ ...defaultMethods.bkt, p0: 1.2 }, 'invalid_parameter'],
    [{ ...defaultMethods.bkt, slip: 0 }, 'invalid_parameter'],
    [{ ...defaultMethods.bkt, guess: 1 }, 'invalid_parameter'],
    [{ ...defaultMethods.bkt, transit: -0.1 }, 'invalid_parameter'],
  ];

  it.each(bad)('refuses %o', (method, code) => {
    const error = errorOf(() => computeMastery(daily([3]), method, scale));
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('accepts the ends of each range', () => {
    for (const method of [
      { kind: 'weighted_average', weight: 0.01 }, { kind: 'weighted_average', weight: 0.99 },
      { kind: 'decaying_average', weight: 0.5 }, { kind: 'decaying_average', weight: 0.99 },
      { kind: 'n_mastery', n: 1 }, { kind: 'n_mastery', n: 10 },
    ] satisfies MasteryMethod[]) {
      expect(() => validateMethod(method)).not.toThrow();
    }
  });

  it('refuses non-finite levels, unknown kinds, unknown methods and broken scales', () => {
    expect(errorOf(() => computeMastery(daily([3, Number.NaN]), { kind: 'mean' }, scale)).code).toBe('invalid_level');
    expect(errorOf(() => computeMastery(daily([Number.POSITIVE_INFINITY]), { kind: 'mean' }, scale)).code).toBe('invalid_level');
    const junk: unknown = JSON.parse('[{ "level": 3, "observedAt": "2025-01-01", "kind": "summative" }]');
    expect(errorOf(() => computeMastery(junk as MasteryEvidence[], { kind: 'mean' }, scale)).code).toBe('invalid_kind');
    const unknownMethod: unknown = JSON.parse('{ "kind": "median_of_everything" }');
    expect(errorOf(() => computeMastery([], unknownMethod as MasteryMethod, scale)).code).toBe('unknown_method');
    const unknownKind: unknown = JSON.parse('{ "kind": "mean", "excludeKinds": ["formative"] }');
    expect(errorOf(() => computeMastery([], unknownKind as MasteryMethod, scale)).code).toBe('invalid_parameter');
    expect(errorOf(() => computeMastery([], { kind: 'mean' }, { min: 4, max: 1, masteryThreshold: 3 })).code).toBe('invalid_scale');
    expect(errorOf(() => computeMastery([], { kind: 'mean' }, { min: 1, max: 4, masteryThreshold: 5 })).code).toBe('invalid_scale');
  });
});

describe('labels, defaults and the list of kinds', () => {
  it('describes each method the way the UI shows it', () => {
    expect(describeMethod({ kind: 'decaying_average', weight: 0.65 })).toBe('Decaying average (65%)');
    expect(describeMethod({ kind: 'weighted_average', weight: 0.655 })).toBe('Weighted average (65.5%)');
    expect(describeMethod({ kind: 'median_recent', n: 3 })).toBe('Median of most recent 3');
    expect(describeMethod({ kind: 'n_mastery', n: 5 })).toBe('N-times mastery (N = 5)');
    expect(describeMethod({ kind: 'power_law', excludeKinds: ['as', 'for'] })).toBe('Power law, without assessment for or as learning');
  });

  it('has a valid default for every kind, and the runtime list names every kind once', () => {
    expect([...masteryMethodKinds].sort()).toEqual(Object.keys(defaultMethods).sort());
    expect(new Set(masteryMethodKinds).size).toBe(masteryMethodKinds.length);
    for (const kind of masteryMethodKinds) {
      expect(defaultMethods[kind].kind).toBe(kind);
      expect(() => validateMethod(defaultMethods[kind])).not.toThrow();
    }
    expect(defaultMethods.weighted_average.weight).toBe(0.65);
    expect(defaultMethods.decaying_average.weight).toBe(0.65);
    expect(defaultMethods.n_mastery.n).toBe(5);
    expect(defaultMethods.bkt).toMatchObject({ p0: 0.3, transit: 0.1, slip: 0.1, guess: 0.2 });
  });
});

describe('properties over seeded random evidence', () => {
  const random = seeded(7);
  const halfSteps = [1, 1.5, 2, 2.5, 3, 3.5, 4];
  const cases = Array.from({ length: 300 }, () => {
    const count = 1 + Math.floor(random() * 12);
    // few distinct dates, so equal dates (and their insertion order) are common
    return Array.from({ length: count }, (): MasteryEvidence => ({
      level: halfSteps[Math.floor(random() * halfSteps.length)] ?? 1,
      observedAt: dayAfter('2025-01-01', Math.floor(random() * 6)),
    }));
  });

  it('every level lies within the scale and carries at most 2 decimals', () => {
    for (const evidence of cases) {
      for (const kind of masteryMethodKinds) {
        const { level } = computeMastery(evidence, defaultMethods[kind], scale);
        if (level === null) continue;
        expect(level).toBeGreaterThanOrEqual(scale.min);
        expect(level).toBeLessThanOrEqual(scale.max);
        expect(Math.abs(level * 100 - Math.round(level * 100))).toBeLessThan(1e-9);
      }
    }
  });

  it('highest ≥ mean of N highest ≥ mean ≥ lowest, and each average lies between lowest and highest', () => {
    for (const evidence of cases) {
      const at = (method: MasteryMethod): number => computeMastery(evidence, method, scale).level ?? Number.NaN;
      const levels = evidence.map((e) => e.level ?? 0);
      const lowest = Math.min(...levels);
      const highest = at({ kind: 'highest' });
      expect(highest).toBe(Math.max(...levels));
      expect(highest).toBeGreaterThanOrEqual(at({ kind: 'mean_highest', n: 3 }));
      expect(at({ kind: 'mean_highest', n: 3 })).toBeGreaterThanOrEqual(at({ kind: 'mean' }));
      expect(at({ kind: 'mean' })).toBeGreaterThanOrEqual(lowest);
      for (const kind of ['mean_recent', 'median_recent', 'mode', 'weighted_average', 'decaying_average'] as const) {
        expect(at(defaultMethods[kind])).toBeGreaterThanOrEqual(lowest);
        expect(at(defaultMethods[kind])).toBeLessThanOrEqual(highest);
      }
    }
  });

  it('most recent is the last level after a stable sort by date, and N = 1 methods agree with it', () => {
    for (const evidence of cases) {
      const sorted = evidence.map((e, i) => ({ e, i })).sort((a, b) => a.e.observedAt.localeCompare(b.e.observedAt) || a.i - b.i);
      const last = sorted[sorted.length - 1]?.e.level;
      expect(computeMastery(evidence, { kind: 'most_recent' }, scale).level).toBe(last);
      expect(computeMastery(evidence, { kind: 'median_recent', n: 1 }, scale).level).toBe(last);
      expect(computeMastery(evidence, { kind: 'mean_recent', n: 1 }, scale).level).toBe(last);
    }
  });

  it('does not depend on input order when dates are distinct', () => {
    for (const evidence of cases) {
      const distinct = evidence.map((e, i) => ({ ...e, observedAt: dayAfter('2025-01-01', i * 3) }));
      const reversed = [...distinct].reverse();
      for (const kind of masteryMethodKinds) {
        const forward = computeMastery(distinct, defaultMethods[kind], scale);
        const backward = computeMastery(reversed, defaultMethods[kind], scale);
        expect([backward.level, backward.likelihood]).toEqual([forward.level, forward.likelihood]);
      }
    }
  });

  it('n-times mastery has a level exactly when N levels reach the threshold, and that level is mastered', () => {
    for (const evidence of cases) {
      const reached = evidence.filter((e) => (e.level ?? 0) >= scale.masteryThreshold).length;
      const result = computeMastery(evidence, { kind: 'n_mastery', n: 2 }, scale);
      expect(result.level !== null).toBe(reached >= 2);
      expect(result.mastered).toBe(reached >= 2);
    }
  });

  it('knowledge tracing stays a probability and rises after each correct observation', () => {
    for (const evidence of cases) {
      const result = computeMastery(evidence, defaultMethods.bkt, scale);
      expect(result.likelihood).toBeGreaterThanOrEqual(0);
      expect(result.likelihood).toBeLessThanOrEqual(1);
      const more = computeMastery([...evidence, { level: 4, observedAt: '2026-01-01' }], defaultMethods.bkt, scale);
      expect(more.likelihood).toBeGreaterThanOrEqual(result.likelihood ?? 1);
    }
  });
});

/** Least squares with the textbook uncentred formulas, to check clamping without trusting the engine. */
function independentPowerLaw(levels: readonly number[]): number {
  const n = levels.length;
  const x = levels.map((_, i) => Math.log(i + 1));
  const y = levels.map((level) => Math.log(level));
  const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
  const sxy = sum(x.map((xi, i) => xi * (y[i] ?? 0)));
  const b = (n * sxy - sum(x) * sum(y)) / (n * sum(x.map((xi) => xi * xi)) - sum(x) ** 2);
  const lnA = (sum(y) - b * sum(x)) / n;
  return Math.exp(lnA) * n ** b;
}

/** mulberry32: a tiny seeded generator, so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
