import { describe, expect, it } from 'vitest';
import { lazyRecords } from './lazy-records.js';

describe('lazyRecords (records kept as columns, built when read)', () => {
  const squares = () => lazyRecords(4, (index) => ({ index, square: index * index }));

  it('reads like an array: length, indexes, iteration, the array methods and equality', () => {
    const records = squares();
    expect(Array.isArray(records)).toBe(true);
    expect(records).toHaveLength(4);
    expect(records[2]).toEqual({ index: 2, square: 4 });
    expect(records[4]).toBeUndefined();
    expect([...records].map((record) => record.square)).toEqual([0, 1, 4, 9]);
    expect(records.filter((record) => record.index % 2 === 1).map((record) => record.index)).toEqual([1, 3]);
    expect(records.some((record) => record.square === 9)).toBe(true);
    expect(records).toEqual([0, 1, 2, 3].map((index) => ({ index, square: index * index })));
    expect(Object.keys(records)).toEqual(['0', '1', '2', '3']);
  });

  it('cannot be written to', () => {
    const records = squares();
    expect(() => records.push({ index: 9, square: 81 })).toThrow(TypeError);
    expect(() => {
      records[0] = { index: 0, square: 1 };
    }).toThrow(TypeError);
  });
});
