import { describe, expect, it } from 'vitest';
import { idPattern } from '../../db/ids.js';
import { createIdMaker } from './demo-ids.js';
import { createRandom, weightedPicker } from './random.js';

describe('createRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: number | string) => {
      const random = createRandom(seed);
      return Array.from({ length: 8 }, () => random.uint32());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw('7')).toEqual(draw(7));
    expect(draw(8)).not.toEqual(draw(7));
  });

  it('gives forks that are reproducible and independent of how much the parent drew', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    for (let i = 0; i < 100; i++) b.next();
    expect(a.fork('names').uint32()).toBe(b.fork('names').uint32());
    expect(a.fork('names').uint32()).not.toBe(a.fork('evidence').uint32());
  });

  it('stays within bounds and looks uniform', () => {
    const random = createRandom('bounds');
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) {
      const value = random.int(1, 4);
      counts[value - 1] = (counts[value - 1] ?? 0) + 1;
      const unit = random.next();
      expect(unit >= 0 && unit < 1).toBe(true);
    }
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('draws normal values with about the asked mean and spread', () => {
    const random = createRandom('normal');
    const values = Array.from({ length: 20_000 }, () => random.normal(2, 0.5));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(2, 1);
    expect(sd).toBeCloseTo(0.5, 1);
  });

  it('picks by weight, and refuses an empty list', () => {
    const random = createRandom('weights');
    const pick = weightedPicker([['rare', 1], ['common', 9], ['never', 0]] as const);
    const tally = { rare: 0, common: 0, never: 0 };
    for (let i = 0; i < 10_000; i++) tally[pick(random)]++;
    expect(tally.never).toBe(0);
    expect(tally.common / tally.rare).toBeGreaterThan(7);
    expect(() => random.pick([])).toThrow(/empty/);
    expect(() => weightedPicker([['x', 0]])).toThrow(/positive/);
  });
});

describe('createIdMaker', () => {
  it('makes UUIDv7-shaped ids that carry the given instant and sort by it', () => {
    const makeId = createIdMaker(createRandom('ids'));
    const early = makeId(Date.UTC(2025, 7, 20, 16));
    const late = makeId(Date.UTC(2026, 0, 23, 21));
    for (const id of [early, late]) {
      expect(id).toMatch(idPattern);
      expect(id[14]).toBe('7');
      expect('89ab').toContain(id[19]);
    }
    expect(parseInt(early.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2025, 7, 20, 16));
    expect(early < late).toBe(true);
    const again = createIdMaker(createRandom('ids'));
    expect(again(Date.UTC(2025, 7, 20, 16))).toBe(early);
  });

  it('does not repeat itself over many ids at one instant', () => {
    const makeId = createIdMaker(createRandom('unique'));
    const ids = new Set(Array.from({ length: 50_000 }, () => makeId(0)));
    expect(ids.size).toBe(50_000);
  });
});
