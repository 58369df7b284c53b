import { createHash } from 'node:crypto';

/**
 * The publish mark: what the hub last received of a gradebook, kept as a digest per table and per
 * bucket of rows (a row's bucket comes from its key, so it never moves).
 *
 * Why digests and not a timestamp: the gradebook does not date every change — an evidence edit bumps
 * a revision, a restore from the trash clears a date, a tracked standard removed from a class is
 * deleted outright, an import is audited as one run. A digest sees all of these alike. A publish
 * compares the gradebook's digests with the hub's and sends only the buckets that differ: their rows
 * (upserted) and, for rows no longer there, tombstones. Publishing twice finds every bucket equal and
 * sends nothing.
 */
export const bucketCount = 1024;

export type BucketDigest = { digest: string; rowCount: number };

/** A row's key columns as one string; also what the hub's tombstone query compares. */
export const keySeparator = '\u001f';

/** FNV-1a over the key's UTF-16 code units: cheap, stable, and spread well enough to pick a bucket. */
export function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % bucketCount;
}

/**
 * Digests of a table's rows by bucket: the XOR of each row's hash (order does not matter, so rows are
 * read in whatever order SQLite gives them) and the row count.
 */
export class TableDigest {
  private readonly sums = new Map<number, { xor: Buffer; rowCount: number }>();

  /** Adds a row; returns its bucket. */
  add(key: string, values: readonly unknown[]): number {
    const bucket = bucketOf(key);
    // one md5 per row (native, and the row's whole text): a changed value changes the bucket's digest
    const hash = createHash('md5').update(`${key}\u001e${JSON.stringify(values)}`).digest();
    const sum = this.sums.get(bucket);
    if (sum === undefined) this.sums.set(bucket, { xor: hash, rowCount: 1 });
    else {
      for (let index = 0; index < hash.length; index++) sum.xor[index] = (sum.xor[index] ?? 0) ^ (hash[index] ?? 0);
      sum.rowCount += 1;
    }
    return bucket;
  }

  digests(): Map<number, BucketDigest> {
    return new Map([...this.sums].map(([bucket, sum]) => [bucket, { digest: sum.xor.toString('hex'), rowCount: sum.rowCount }]));
  }
}

/** The buckets whose rows differ between the gradebook and the hub (either side may lack a bucket). */
export function changedBuckets(local: ReadonlyMap<number, BucketDigest>, hub: ReadonlyMap<number, BucketDigest>): Set<number> {
  const changed = new Set<number>();
  for (const [bucket, digest] of local) {
    const there = hub.get(bucket);
    if (there === undefined || there.digest !== digest.digest || there.rowCount !== digest.rowCount) changed.add(bucket);
  }
  for (const bucket of hub.keys()) if (!local.has(bucket)) changed.add(bucket);
  return changed;
}
