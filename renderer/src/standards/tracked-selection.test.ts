import { describe, expect, it } from 'vitest';
import { sampleFramework } from './sample-framework.test-data.js';
import { buildTree } from './standards-tree-model.js';
import { checkState, countIn, hasChanges, toggle, trackedOrder } from './tracked-selection.js';

describe('tracking standards with tri-state boxes', () => {
  const tree = buildTree(sampleFramework);

  it('shows a cluster checked, mixed or unchecked from its standards (retired ones do not count)', () => {
    expect(checkState(tree, 'NF.A', new Set(['NF.A.1', 'NF.A.2']))).toBe('checked');
    expect(checkState(tree, 'NF.A', new Set(['NF.A.1']))).toBe('mixed');
    expect(checkState(tree, 'NF', new Set(['NF.A.1', 'NF.A.2']))).toBe('mixed');
    expect(checkState(tree, 'NF', new Set())).toBe('unchecked');
    expect(checkState(tree, 'NF.A.1', new Set(['NF.A.1']))).toBe('checked');
  });

  it('ticks every standard under an unchecked or mixed domain, and clears a checked one', () => {
    const all = toggle(tree, 'NF', new Set(['NF.A.1', 'MD.1']));
    expect([...all].sort()).toEqual(['MD.1', 'NF.A.1', 'NF.A.2', 'NF.B.1']);
    expect(checkState(tree, 'NF', all)).toBe('checked');
    expect([...toggle(tree, 'NF', all)]).toEqual(['MD.1']);
    expect([...toggle(tree, 'NF.A.2', new Set())]).toEqual(['NF.A.2']);
  });

  it('keeps a retired standard the class already tracks, and lets it be cleared and ticked again', () => {
    const saved = new Set(['NF.A.3']);
    expect(checkState(tree, 'NF.A', saved)).toBe('mixed');
    const cleared = toggle(tree, 'NF.A.3', saved);
    expect(cleared.size).toBe(0);
    expect([...toggle(tree, 'NF.A', cleared, saved)].sort()).toEqual(['NF.A.1', 'NF.A.2', 'NF.A.3']);
  });

  it('saves in tree order, where this framework’s standards were, leaving other frameworks’ standards in place', () => {
    const draft = new Set(['other-1', 'MD.1', 'NF.A.2', 'NF.A.1', 'other-2']);
    expect(trackedOrder(['other-1', 'NF.A.1', 'other-2', 'MD.1'], tree, draft)).toEqual(['other-1', 'NF.A.1', 'NF.A.2', 'MD.1', 'other-2']);
    expect(trackedOrder(['other-1'], tree, new Set(['other-1', 'NF.B.1']))).toEqual(['other-1', 'NF.B.1']);
    expect(countIn(tree, draft)).toBe(3);
  });

  it('knows when there is something to save', () => {
    expect(hasChanges(new Set(['a']), new Set(['a']))).toBe(false);
    expect(hasChanges(new Set(['a']), new Set(['b']))).toBe(true);
    expect(hasChanges(new Set(['a']), new Set(['a', 'b']))).toBe(true);
  });
});
