import { describe, expect, it } from 'vitest';
import { sampleFramework, standard } from './sample-framework.test-data.js';
import { ancestorIds, buildTree, initiallyExpanded, subtreeIds, visibleIds } from './standards-tree-model.js';

describe('the standards tree', () => {
  const tree = buildTree(sampleFramework);

  it('builds domains → clusters → standards from the flat list, keeping its order', () => {
    expect(tree.rootIds).toEqual(['NF', 'MD']);
    expect(tree.byId.get('NF.A')?.childIds).toEqual(['NF.A.1', 'NF.A.2', 'NF.A.3']);
    expect(tree.byId.get('NF.A.2')).toMatchObject({ depth: 2, parentId: 'NF.A', position: 2, siblings: 3 });
    expect(tree.order).toEqual(sampleFramework.map((item) => item.id));
  });

  it('makes a standard whose parent is elsewhere a root instead of losing it', () => {
    const orphaned = buildTree([standard('X', 'other-framework'), standard('X.1', 'X')]);
    expect(orphaned.rootIds).toEqual(['X']);
    expect(orphaned.byId.get('X.1')?.depth).toBe(1);
  });

  it('shows a node only when every ancestor is open', () => {
    expect(visibleIds(tree, new Set())).toEqual(['NF', 'MD']);
    expect(visibleIds(tree, initiallyExpanded(tree))).toEqual(['NF', 'NF.A', 'NF.B', 'MD', 'MD.1']);
    expect(visibleIds(tree, new Set(['NF.A']))).toEqual(['NF', 'MD']);
    expect(visibleIds(tree, new Set(['NF', 'NF.A']))).toEqual(['NF', 'NF.A', 'NF.A.1', 'NF.A.2', 'NF.A.3', 'NF.B', 'MD']);
  });

  it('opens a lone chain of single children along with the top level', () => {
    const chain = buildTree([standard('S', null), standard('S.A', 'S'), standard('S.A.1', 'S.A'), standard('L1', 'S.A.1'), standard('L1.1', 'L1'), standard('L1.2', 'L1')]);
    expect([...initiallyExpanded(chain)]).toEqual(['S', 'S.A', 'S.A.1', 'L1']);
    expect(visibleIds(chain, initiallyExpanded(chain))).toHaveLength(6);
  });

  it('finds ancestors (to reveal a search result) and subtrees (to tick a cluster)', () => {
    expect(ancestorIds(tree, 'NF.A.2')).toEqual(['NF.A', 'NF']);
    expect(ancestorIds(tree, 'MD')).toEqual([]);
    expect(subtreeIds(tree, 'NF.A')).toEqual(['NF.A', 'NF.A.1', 'NF.A.2', 'NF.A.3']);
    expect(subtreeIds(tree, 'missing')).toEqual([]);
  });
});
