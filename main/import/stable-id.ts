import { createHash } from 'node:crypto';

/**
 * A UUID-shaped id that is the same every time for the same inputs (RFC 4122 version 5 layout over
 * SHA-1). Sources without identifiers (our CSV formats) use it so that a re-import updates the records
 * it created last time instead of duplicating them.
 */
export function stableId(namespace: string, ...parts: readonly string[]): string {
  return uuidText(stableIdBytes(namespace, ...parts));
}

/** The 16 bytes of `stableId`: a million-row class list keeps these (16 bytes) rather than the text (~60). */
export function stableIdBytes(namespace: string, ...parts: readonly string[]): Uint8Array {
  const hash = createHash('sha1');
  // length-prefix each part so ('ab','c') and ('a','bc') differ
  for (const part of [namespace, ...parts]) hash.update(`${part.length}:${part}\u0000`);
  const bytes = hash.digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  return bytes;
}

/**
 * The 36-character form of 16 bytes, built as one flat string: joined slices would be a tree of
 * string pieces (~400 bytes instead of ~60), and a roster holds millions of ids.
 */
export function uuidText(bytes: Uint8Array): string {
  const text = Buffer.allocUnsafe(36);
  let at = 0;
  for (let index = 0; index < 16; index++) {
    if (index === 4 || index === 6 || index === 8 || index === 10) text[at++] = 0x2d; // '-'
    const byte = bytes[index] ?? 0;
    text[at++] = hexCode(byte >> 4);
    text[at++] = hexCode(byte & 15);
  }
  return text.toString('latin1');
}

function hexCode(nibble: number): number {
  return nibble < 10 ? 0x30 + nibble : 0x57 + nibble; // '0'… or 'a'…
}
