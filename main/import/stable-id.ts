import { createHash } from 'node:crypto';

/**
 * A UUID-shaped id that is the same every time for the same inputs (RFC 4122 version 5 layout over
 * SHA-1). Sources without identifiers (our CSV formats) use it so that a re-import updates the records
 * it created last time instead of duplicating them.
 */
export function stableId(namespace: string, ...parts: readonly string[]): string {
  const hash = createHash('sha1');
  // length-prefix each part so ('ab','c') and ('a','bc') differ
  for (const part of [namespace, ...parts]) hash.update(`${part.length}:${part}\u0000`);
  const bytes = hash.digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
