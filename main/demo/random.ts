/**
 * A seeded pseudo-random source for the demo generator. Everything random in a demo gradebook comes
 * from here, so one seed gives the same file, byte for byte, on every machine.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter): 128 bits of state, passes PractRand, and runs on
 * 32-bit integer arithmetic, which JavaScript does quickly. Seeds are hashed with cyrb128 so that
 * neighbouring seeds (1, 2, 3…) give unrelated streams.
 */
export type Random = {
  /** A whole number in [0, 2³²). */
  uint32(): number;
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Normally distributed (Box–Muller). */
  normal(mean: number, sd: number): number;
  shuffle<T>(items: T[]): T[];
  /**
   * An independent stream named by `label`. Each part of the generator forks its own, so that asking
   * for more evidence does not change the learners' names.
   */
  fork(label: string): Random;
};

export function createRandom(seed: number | string): Random {
  const seedText = String(seed);
  let [a, b, c, d] = cyrb128(seedText);
  let spareNormal: number | null = null;

  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  const next = (): number => uint32() / 4294967296;
  // a few outputs are discarded so the first values do not echo the hashed seed
  for (let i = 0; i < 12; i++) uint32();

  return {
    uint32,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
      return itemAt(items, Math.floor(next() * items.length));
    },
    normal(mean, sd) {
      if (spareNormal !== null) {
        const z = spareNormal;
        spareNormal = null;
        return mean + sd * z;
      }
      const u = 1 - next(); // (0, 1], so the logarithm is finite
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spareNormal = r * Math.sin(2 * Math.PI * v);
      return mean + sd * r * Math.cos(2 * Math.PI * v);
    },
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const held = itemAt(items, i);
        items[i] = itemAt(items, j);
        items[j] = held;
      }
      return items;
    },
    fork: (label) => createRandom(`${seedText}/${label}`),
  };
}

/** A picker that chooses among weighted items in O(log n), for draws made hundreds of thousands of times. */
export function weightedPicker<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const items = entries.map(([item]) => item);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) {
    if (!(weight >= 0)) throw new RangeError(`A weight must be zero or more, not ${weight}.`);
    total += weight;
    cumulative.push(total);
  }
  if (!(total > 0)) throw new RangeError('At least one weight must be positive.');
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? total) > target) high = middle;
      else low = middle + 1;
    }
    return itemAt(items, low);
  };
}

/** `items[index]` for an index known to be in range; says so loudly if it is not. */
export function itemAt<T>(items: readonly T[], index: number): T {
  if (index < 0 || index >= items.length) throw new RangeError(`Index ${index} is outside a list of ${items.length}.`);
  return items[index] as T; // in range, so present (noUncheckedIndexedAccess cannot see that)
}

/** cyrb128 (bryc): a fast 128-bit string hash, used only to spread a seed over sfc32's state. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
