import { describe, expect, it } from 'vitest';
import { proficiencyScale as scale } from './sample-scale.test-data.js';
import { describeLevel, formatLevel, levelBand, parseLevel } from './level-scale.js';


describe('parsing a typed level against the scale', () => {
  it('accepts the scale values, short labels and labels in any case', () => {
    expect(parseLevel('3', scale)).toEqual({ ok: true, level: 3 });
    expect(parseLevel(' p ', scale)).toEqual({ ok: true, level: 3 });
    expect(parseLevel('Extending', scale)).toEqual({ ok: true, level: 4 });
    expect(parseLevel('', scale)).toEqual({ ok: true, level: null });
  });

  it('refuses half steps unless the scale allows them, and says what is allowed', () => {
    const refused = parseLevel('2.5', scale);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toBe('"2.5" is not a level on the Proficiency (1–4) scale; use 1, 2, 3, 4 (or B, D, P, E).');
    expect(parseLevel('2.5', { ...scale, halfSteps: true })).toEqual({ ok: true, level: 2.5 });
    expect(parseLevel('2,5', { ...scale, halfSteps: true })).toEqual({ ok: true, level: 2.5 });
    expect(parseLevel('4.5', { ...scale, halfSteps: true }).ok).toBe(false);
    expect(parseLevel('2.25', { ...scale, halfSteps: true }).ok).toBe(false);
  });

  it('refuses numbers off the scale and stray text', () => {
    for (const text of ['0', '5', '-1', 'x', '3a', '1e0']) expect(parseLevel(text, scale).ok).toBe(false);
  });
});

describe('showing a level', () => {
  it('uses at most two decimals', () => {
    expect(formatLevel(3)).toBe('3');
    expect(formatLevel(2.5)).toBe('2.5');
    expect(formatLevel(3.475)).toBe('3.48');
    expect(formatLevel(null)).toBe('');
  });

  it('places a computed value in the level at or below it', () => {
    expect(levelBand(2.99, scale)).toBe(1);
    expect(levelBand(3, scale)).toBe(2);
    expect(levelBand(0.5, scale)).toBe(0);
    expect(describeLevel(3.48, scale)).toBe('3.48 Proficient');
    expect(describeLevel(null, scale)).toBe('no level yet');
  });
});
