import type { StandardsTree } from './standards-tree-model.js';

export type TreeMove = { focus: string } | { expand: string } | { collapse: string } | { toggleTracked: string } | { expandSiblings: string } | null;

/**
 * The ARIA tree pattern's keys: Up/Down move through the visible rows, Right opens a closed node or
 * steps into an open one, Left closes an open node or steps out to the parent, Home/End jump, `*`
 * opens the siblings, Space ticks the row's "Tracked" box.
 */
export function treeKey(key: string, current: string, tree: StandardsTree, visible: readonly string[], expanded: ReadonlySet<string>): TreeMove {
  const index = visible.indexOf(current);
  const node = tree.byId.get(current);
  if (index === -1 || !node) return visible[0] === undefined ? null : { focus: visible[0] };
  const hasChildren = node.childIds.length > 0;
  switch (key) {
    case 'ArrowDown':
      return index + 1 < visible.length ? { focus: visible[index + 1] ?? current } : null;
    case 'ArrowUp':
      return index > 0 ? { focus: visible[index - 1] ?? current } : null;
    case 'ArrowRight':
      if (!hasChildren) return null;
      return expanded.has(current) ? { focus: node.childIds[0] ?? current } : { expand: current };
    case 'ArrowLeft':
      if (hasChildren && expanded.has(current)) return { collapse: current };
      return node.parentId === null ? null : { focus: node.parentId };
    case 'Home':
      return visible[0] === undefined ? null : { focus: visible[0] };
    case 'End':
      return visible.at(-1) === undefined ? null : { focus: visible.at(-1) ?? current };
    case '*':
      return { expandSiblings: current };
    case ' ':
      return { toggleTracked: current };
    default:
      return null;
  }
}
