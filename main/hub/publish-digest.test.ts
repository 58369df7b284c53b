import { describe, expect, it } from 'vitest';
import { bucketCount, bucketOf, changedBuckets, TableDigest } from './publish-digest.js';

const rows: [string, unknown[]][] = [
  ['a', ['a', 1, 'x']],
  ['b', ['b', 2, null]],
  ['c', ['c', 3.5, '[]']],
];

function digestOf(list: readonly [string, unknown[]][]) {
  const digest = new TableDigest();
  for (const [key, values] of list) digest.add(key, values);
  return digest.digests();
}

describe('the publish mark', () => {
  it('puts a key in the same bucket every time, within range', () => {
    expect(bucketOf('0192c0de-0000-7000-8000-000000000001')).toBe(bucketOf('0192c0de-0000-7000-8000-000000000001'));
    for (const key of ['a', 'b', 'x\u001fy']) expect(bucketOf(key)).toBeLessThan(bucketCount);
  });

  it('does not depend on the order rows are read in', () => {
    expect(digestOf(rows)).toEqual(digestOf([...rows].reverse()));
  });

  it('finds nothing changed when nothing changed', () => {
    expect(changedBuckets(digestOf(rows), digestOf(rows))).toEqual(new Set());
  });

  it('finds the bucket of an edited, added or removed row, and only those', () => {
    const before = digestOf(rows);
    const edited = digestOf([rows[0]!, ['b', ['b', 2, 'now said']], rows[2]!]);
    expect(changedBuckets(edited, before)).toEqual(new Set([bucketOf('b')]));
    const removed = digestOf([rows[0]!, rows[2]!]);
    expect(changedBuckets(removed, before)).toEqual(new Set([bucketOf('b')]));
    const added = digestOf([...rows, ['d', ['d', 4, null]]]);
    expect(changedBuckets(added, before)).toEqual(new Set([bucketOf('d')]));
  });

  it('tells a null from the text "null" and a number from its text', () => {
    expect(changedBuckets(digestOf([['k', ['k', null]]]), digestOf([['k', ['k', 'null']]])).size).toBe(1);
    expect(changedBuckets(digestOf([['k', ['k', 1]]]), digestOf([['k', ['k', '1']]])).size).toBe(1);
  });
});
