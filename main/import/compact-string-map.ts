import { IntColumn } from './int-column.js';

/**
 * A map from strings to whole numbers for a million keys (a district's sourcedIds). A `Map` keeps each
 * key as a string (~60 bytes for an id) plus an entry and room to grow (~40 more); here a key whose
 * characters all fit in one byte (every id in practice) is its bytes in one shared buffer, found again
 * through an open-addressing table of numbers. Other keys go to an ordinary Map.
 */
export class CompactStringMap {
  private chars = new Uint8Array(64 * 1024);
  private used = 0;
  private readonly starts = new IntColumn();
  private readonly lengths = new IntColumn();
  private readonly values = new IntColumn();
  private table = new Int32Array(1024);
  private readonly wide = new Map<string, number>();

  get size(): number {
    return this.values.length + this.wide.size;
  }

  get(key: string): number | undefined {
    if (!fitsOneByte(key)) return this.wide.get(key);
    const entry = this.find(key);
    return entry === -1 ? undefined : this.values.get(entry);
  }

  set(key: string, value: number): void {
    if (!fitsOneByte(key)) {
      this.wide.set(key, value);
      return;
    }
    const found = this.find(key);
    if (found !== -1) {
      this.values.set(found, value);
      return;
    }
    const entry = this.values.length;
    this.store(key);
    this.values.push(value);
    if ((entry + 1) * 2 > this.table.length) {
      const grown = new Int32Array(this.table.length * 2);
      for (let index = 0; index <= entry; index++) place(grown, this.hashAt(index), index);
      this.table = grown;
    } else place(this.table, hash(key), entry);
  }

  private find(key: string): number {
    const mask = this.table.length - 1;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const entry = (this.table[slot] ?? 0) - 1;
      if (entry === -1) return -1;
      if (this.equals(entry, key)) return entry;
    }
  }

  private equals(entry: number, key: string): boolean {
    if (this.lengths.get(entry) !== key.length) return false;
    const start = this.starts.get(entry);
    for (let index = 0; index < key.length; index++) if (this.chars[start + index] !== key.charCodeAt(index)) return false;
    return true;
  }

  private store(key: string): void {
    if (this.used + key.length > this.chars.length) {
      const grown = new Uint8Array(Math.max(this.chars.length * 2, this.used + key.length));
      grown.set(this.chars.subarray(0, this.used));
      this.chars = grown;
    }
    for (let index = 0; index < key.length; index++) this.chars[this.used + index] = key.charCodeAt(index);
    this.starts.push(this.used);
    this.lengths.push(key.length);
    this.used += key.length;
  }

  private hashAt(entry: number): number {
    const start = this.starts.get(entry);
    let value = 0x811c9dc5;
    for (let index = 0; index < this.lengths.get(entry); index++) value = Math.imul(value ^ (this.chars[start + index] ?? 0), 0x01000193);
    return value >>> 0;
  }
}

/** FNV-1a over the characters (the same as `hashAt` over the stored bytes). */
function hash(key: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) value = Math.imul(value ^ key.charCodeAt(index), 0x01000193);
  return value >>> 0;
}

function place(table: Int32Array, hashValue: number, entry: number): void {
  const mask = table.length - 1;
  let slot = hashValue & mask;
  while ((table[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
  table[slot] = entry + 1;
}

function fitsOneByte(key: string): boolean {
  for (let index = 0; index < key.length; index++) if (key.charCodeAt(index) > 0xff) return false;
  return true;
}
