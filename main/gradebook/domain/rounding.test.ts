import { describe, expect, it } from 'vitest';
import { roundHalfAwayFromZero } from './rounding.js';

describe('roundHalfAwayFromZero', () => {
  it('rounds the decimal halves that binary floating point stores just below the half', () => {
    // Why the helper exists: the naive way gets these wrong.
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(2.675, 2)).toBe(2.68);
    expect(roundHalfAwayFromZero(1.255, 2)).toBe(1.26);
    expect(roundHalfAwayFromZero(8.345, 2)).toBe(8.35);
  });

  it('rounds 3.475 (the weighted-average example) to 3.48, also when it comes from arithmetic', () => {
    expect(roundHalfAwayFromZero(3.475, 2)).toBe(3.48);
    expect(roundHalfAwayFromZero(0.65 * 4 + 0.35 * 2.5, 2)).toBe(3.48);
    expect(roundHalfAwayFromZero(0.35 * 2.65 + 0.65 * 4, 2)).toBe(3.53);
  });

  it('rounds negative halves away from zero', () => {
    expect(roundHalfAwayFromZero(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAwayFromZero(-2.675, 2)).toBe(-2.68);
    expect(roundHalfAwayFromZero(-3.475, 2)).toBe(-3.48);
    expect(roundHalfAwayFromZero(-0.5, 0)).toBe(-1);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
  });

  it('rounds positive halves away from zero, not to even', () => {
    expect(roundHalfAwayFromZero(0.5, 0)).toBe(1);
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(0.125, 2)).toBe(0.13);
  });

  it('leaves values below the half alone and rounds those above it up', () => {
    expect(roundHalfAwayFromZero(1.0049, 2)).toBe(1);
    expect(roundHalfAwayFromZero(1.0051, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(2.333333, 2)).toBe(2.33);
    expect(roundHalfAwayFromZero(-2.333333, 2)).toBe(-2.33);
    expect(roundHalfAwayFromZero(3, 2)).toBe(3);
  });

  it('gives a plain 0, never -0', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0, 2), 0)).toBe(true);
  });

  it('handles other numbers of decimals, and very small and large values', () => {
    expect(roundHalfAwayFromZero(1234.5, 0)).toBe(1235);
    expect(roundHalfAwayFromZero(0.0000145, 6)).toBe(0.000015);
    expect(roundHalfAwayFromZero(1e-7, 2)).toBe(0);
    expect(roundHalfAwayFromZero(123456.785, 2)).toBe(123456.79);
    expect(roundHalfAwayFromZero(0.69268292682, 4)).toBe(0.6927);
    expect(roundHalfAwayFromZero(1e21, 2)).toBe(1e21);
  });

  it('refuses what it cannot round', () => {
    expect(() => roundHalfAwayFromZero(Number.NaN, 2)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(Number.POSITIVE_INFINITY, 2)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, -1)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, 1.5)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, 21)).toThrow(RangeError);
  });

  it('rounds every written half-cent away from zero (2,000 seeded cases)', () => {
    const random = seeded(20251122);
    for (let i = 0; i < 2000; i += 1) {
      const cents = Math.floor(random() * 1_000_000);
      const written = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}5`;
      const up = cents + 1;
      const expected = Number(`${Math.floor(up / 100)}.${String(up % 100).padStart(2, '0')}`);
      expect(roundHalfAwayFromZero(Number(written), 2)).toBe(expected);
      expect(roundHalfAwayFromZero(-Number(written), 2)).toBe(-expected);
    }
  });
});

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
