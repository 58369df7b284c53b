import { randomBytes } from 'node:crypto';

/**
 * A new row id: a UUIDv7 (RFC 9562). Time-ordered, so ids sort roughly by creation and B-tree inserts
 * stay local; globally unique, so rows from two teachers' gradebook files can be merged later.
 */
export function newId(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  // 48-bit big-endian Unix milliseconds
  let ms = now;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70; // version 7
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 9562 variant
  // one flat string: joined slices would be a tree of pieces (~400 bytes instead of ~60), and an
  // import plans a row id for each of a district's learners and enrollments
  const hex = bytes.toString('hex');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

export const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Current instant as ISO 8601 UTC text, the form every `*_at` column stores. */
export function nowIso(): string {
  return new Date().toISOString();
}

/**
 * Row ids for many new rows at once: UUIDv7s sharing one timestamp and random part, told apart by a
 * counter in their last 32 bits (RFC 9562's fixed-length counter), so they stay unique and time-ordered.
 * The n-th id is the same each time it is asked for: an import plans an id for each of a district's
 * new learners without keeping a million of them.
 */
export function newIdSequence(now: number = Date.now()): (n: number) => string {
  const base = Buffer.from(newId(now).replace(/-/g, ''), 'hex');
  return (n) => {
    const bytes = Buffer.from(base);
    bytes.writeUInt32BE(n >>> 0, 12);
    return bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
  };
}
