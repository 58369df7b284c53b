import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompactStringMap } from './compact-string-map.js';
import { NumberPairSet } from './number-pair-set.js';

describe('the compact collections a million-row import keeps (issue 8 item 3)', () => {
  it('CompactStringMap answers as a Map would, for any keys (beyond Latin-1 too) and through its growth', () => {
    const keys = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('', 'é', '𝑑', 'u1', 'U1'));
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, fc.integer()), { maxLength: 1500 }), fc.array(keys, { maxLength: 50 }), (entries, probes) => {
        const compact = new CompactStringMap();
        const map = new Map<string, number>();
        for (const [key, value] of entries) {
          compact.set(key, value);
          map.set(key, value);
        }
        expect(compact.size).toBe(map.size);
        for (const key of [...map.keys(), ...probes]) expect(compact.get(key)).toBe(map.get(key));
      }),
      { numRuns: 30 },
    );
  });

  it('NumberPairSet holds exactly the pairs added, through its growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -3000, max: 3000 })), { maxLength: 1500 }), (pairs) => {
        const set = new NumberPairSet();
        const reference = new Set<string>();
        for (const [first, second] of pairs) {
          set.add(first, second);
          reference.add(`${first},${second}`);
        }
        for (const [first, second] of pairs) expect(set.has(first, second)).toBe(true);
        for (const [first, second] of pairs) expect(set.has(first, second + 3001)).toBe(reference.has(`${first},${second + 3001}`));
      }),
      { numRuns: 30 },
    );
  });
});
