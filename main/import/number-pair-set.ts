import { IntColumn } from './int-column.js';

/**
 * A set of pairs of whole numbers (a class and a person of a district's million enrollments): two
 * columns and an open-addressing table, ~20 bytes a pair where a Set of numbers per class costs ~40.
 */
export class NumberPairSet {
  private readonly firsts = new IntColumn();
  private readonly seconds = new IntColumn();
  private table = new Int32Array(1024);

  has(first: number, second: number): boolean {
    const mask = this.table.length - 1;
    for (let slot = pairHash(first, second) & mask; ; slot = (slot + 1) & mask) {
      const entry = (this.table[slot] ?? 0) - 1;
      if (entry === -1) return false;
      if (this.firsts.get(entry) === first && this.seconds.get(entry) === second) return true;
    }
  }

  add(first: number, second: number): void {
    if (this.has(first, second)) return;
    const entry = this.firsts.length;
    this.firsts.push(first);
    this.seconds.push(second);
    if ((entry + 1) * 2 > this.table.length) {
      const grown = new Int32Array(this.table.length * 2);
      for (let index = 0; index <= entry; index++) place(grown, pairHash(this.firsts.get(index), this.seconds.get(index)), index);
      this.table = grown;
    } else place(this.table, pairHash(first, second), entry);
  }
}

function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca77)) >>> 0;
}

function place(table: Int32Array, hash: number, entry: number): void {
  const mask = table.length - 1;
  let slot = hash & mask;
  while ((table[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
  table[slot] = entry + 1;
}
