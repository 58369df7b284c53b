import { describe, expect, it } from 'vitest';
import type { StandardNode } from '../../../preload/contract/index.js';
import { ruleScopesOf } from './rule-scopes.js';

const node = (id: string, parentId: string | null, type: string, code: string | null, statement: string): StandardNode => ({
  id,
  frameworkId: 'f',
  parentId,
  position: 0,
  code,
  statement,
  type,
  gradeLevels: ['05'],
  retired: false,
});

describe('the scopes a report-card rule can mark', () => {
  it('are the domains and clusters above the tracked standards, in outline order, named in words', () => {
    const tree = [
      node('d1', null, 'Domain', 'CCSS.Math.Content.5.NBT', 'Number and Operations in Base Ten'),
      node('c1', 'd1', 'Cluster', 'CCSS.Math.Content.5.NBT.A', 'Understand the place value system'),
      node('c2', 'd1', 'Cluster', 'CCSS.Math.Content.5.NBT.B', 'Perform operations with multi-digit whole numbers and with decimals to hundredths'),
      node('s1', 'c1', 'Standard', '5.NBT.A.1', 'One'),
      node('s2', 'c1', 'Standard', '5.NBT.A.2', 'Two'),
      node('s3', 'c2', 'Standard', '5.NBT.B.5', 'Five'),
      node('s9', 'gone', 'Standard', 'X', 'A standard whose parent is not in the tree'),
    ];
    const tracked = [tree[3]!, tree[4]!, tree[5]!, tree[6]!];
    expect(ruleScopesOf(tracked, tree)).toEqual([
      { id: 'd1', title: 'Domain 5.NBT — Number and Operations in Base Ten' },
      { id: 'c1', title: 'Cluster 5.NBT.A — Understand the place value system' },
      { id: 'c2', title: 'Cluster 5.NBT.B — Perform operations with multi-digit whole numbers and with decimals to hundredths' },
    ]);
  });

  it('shorten a long statement and survive a cycle in bad data', () => {
    const long = 'word '.repeat(40).trim();
    const tree = [node('a', 'b', 'cluster', null, long), node('b', 'a', 'domain', null, 'Loop'), node('s', 'a', 'Standard', null, 'S')];
    const scopes = ruleScopesOf([tree[2]!], tree);
    expect(scopes.map((scope) => scope.id)).toEqual(['b', 'a']);
    expect(scopes[1]!.title.startsWith('Cluster word word')).toBe(true);
    expect(scopes[1]!.title.endsWith('…')).toBe(true);
  });
});
