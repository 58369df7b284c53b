import type { StandardNode } from '../../../preload/contract/index.js';

export type TreeNode = {
  standard: StandardNode;
  depth: number;
  parentId: string | null;
  childIds: string[];
  /** 1-based position among its siblings, and how many siblings there are (aria-posinset/-setsize). */
  position: number;
  siblings: number;
};

export type StandardsTree = {
  /** Every node in tree order (depth first), as `standards:tree` sends them. */
  order: string[];
  byId: Map<string, TreeNode>;
  rootIds: string[];
};

/**
 * Builds the tree from `standards:tree`'s flat list. A parent that is not in the list (an edge into
 * another framework) makes its child a root rather than losing it; the list's order is kept for siblings.
 */
export function buildTree(flat: readonly StandardNode[]): StandardsTree {
  const known = new Set(flat.map((standard) => standard.id));
  const childIds = new Map<string | null, string[]>();
  for (const standard of flat) {
    const parent = standard.parentId !== null && known.has(standard.parentId) ? standard.parentId : null;
    childIds.set(parent, [...(childIds.get(parent) ?? []), standard.id]);
  }
  const byId = new Map<string, TreeNode>();
  const order: string[] = [];
  const standards = new Map(flat.map((standard) => [standard.id, standard]));
  const visit = (parentId: string | null, depth: number) => {
    const siblings = childIds.get(parentId) ?? [];
    siblings.forEach((id, index) => {
      const standard = standards.get(id);
      if (!standard || byId.has(id)) return;
      byId.set(id, { standard, depth, parentId, childIds: childIds.get(id) ?? [], position: index + 1, siblings: siblings.length });
      order.push(id);
      visit(id, depth + 1);
    });
  };
  visit(null, 0);
  return { order, byId, rootIds: childIds.get(null) ?? [] };
}

/** The rows on screen: a node shows when every ancestor is expanded. */
export function visibleIds(tree: StandardsTree, expanded: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const walk = (ids: readonly string[]) => {
    for (const id of ids) {
      out.push(id);
      const node = tree.byId.get(id);
      if (node && node.childIds.length > 0 && expanded.has(id)) walk(node.childIds);
    }
  };
  walk(tree.rootIds);
  return out;
}

/** Nearest first. */
export function ancestorIds(tree: StandardsTree, id: string): string[] {
  const out: string[] = [];
  let parent = tree.byId.get(id)?.parentId ?? null;
  while (parent !== null && !out.includes(parent)) {
    out.push(parent);
    parent = tree.byId.get(parent)?.parentId ?? null;
  }
  return out;
}

/** The node and everything under it, in tree order. */
export function subtreeIds(tree: StandardsTree, id: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    out.push(current);
    for (const child of tree.byId.get(current)?.childIds ?? []) walk(child);
  };
  if (tree.byId.has(id)) walk(id);
  return out;
}

/**
 * What opens first: the top level, and any node that is its parent's only child (CASE packages often
 * nest a lone subject → strand → level chain), so a framework never greets the teacher as one closed line.
 */
export function initiallyExpanded(tree: StandardsTree): Set<string> {
  const open = new Set<string>();
  const hasChildren = (id: string) => (tree.byId.get(id)?.childIds.length ?? 0) > 0;
  const openChain = (id: string) => {
    open.add(id);
    const children = tree.byId.get(id)?.childIds ?? [];
    const [only] = children;
    if (children.length === 1 && only !== undefined && hasChildren(only) && !open.has(only)) openChain(only);
  };
  for (const id of tree.rootIds) if (hasChildren(id)) openChain(id);
  return open;
}
