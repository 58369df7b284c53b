import { describe, expect, it } from 'vitest';
import { sampleFramework } from './sample-framework.test-data.js';
import { buildTree, visibleIds } from './standards-tree-model.js';
import { treeKey } from './tree-keys.js';

describe('tree keyboard navigation', () => {
  const tree = buildTree(sampleFramework);
  const expanded = new Set(['NF']);
  const visible = visibleIds(tree, expanded);

  it('moves up and down the visible rows and jumps with Home and End', () => {
    expect(treeKey('ArrowDown', 'NF', tree, visible, expanded)).toEqual({ focus: 'NF.A' });
    expect(treeKey('ArrowUp', 'NF.A', tree, visible, expanded)).toEqual({ focus: 'NF' });
    expect(treeKey('ArrowUp', 'NF', tree, visible, expanded)).toBeNull();
    expect(treeKey('End', 'NF', tree, visible, expanded)).toEqual({ focus: 'MD' });
    expect(treeKey('Home', 'MD', tree, visible, expanded)).toEqual({ focus: 'NF' });
  });

  it('opens with Right, then steps in; closes with Left, then steps out', () => {
    expect(treeKey('ArrowRight', 'NF.A', tree, visible, expanded)).toEqual({ expand: 'NF.A' });
    expect(treeKey('ArrowRight', 'NF', tree, visible, expanded)).toEqual({ focus: 'NF.A' });
    expect(treeKey('ArrowLeft', 'NF', tree, visible, expanded)).toEqual({ collapse: 'NF' });
    expect(treeKey('ArrowLeft', 'NF.A', tree, visible, expanded)).toEqual({ focus: 'NF' });
    expect(treeKey('ArrowRight', 'MD.1', tree, visibleIds(tree, new Set(['MD'])), new Set(['MD']))).toBeNull();
  });

  it('ticks with Space and opens siblings with *', () => {
    expect(treeKey(' ', 'NF.A', tree, visible, expanded)).toEqual({ toggleTracked: 'NF.A' });
    expect(treeKey('*', 'NF.A', tree, visible, expanded)).toEqual({ expandSiblings: 'NF.A' });
  });
});
