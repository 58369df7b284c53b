import { subtreeIds, type StandardsTree } from './standards-tree-model.js';

export type CheckState = 'checked' | 'unchecked' | 'mixed';

/**
 * What a class can track by ticking boxes: the leaves of the tree (the standards and learning
 * targets a teacher scores), retired ones left out. A domain or cluster is a way to tick many at once,
 * not a column of the gradebook. A node the class already tracks stays trackable, so a save never
 * drops it just because it has children.
 */
export function isTrackable(tree: StandardsTree, id: string, saved: ReadonlySet<string>): boolean {
  const node = tree.byId.get(id);
  if (!node) return false;
  if (saved.has(id)) return true;
  return node.childIds.length === 0 && !node.standard.retired;
}

function trackableIn(tree: StandardsTree, id: string, tracked: ReadonlySet<string>, saved: ReadonlySet<string>): string[] {
  return subtreeIds(tree, id).filter((member) => isTrackable(tree, member, saved) || tracked.has(member));
}

/** A leaf is ticked or not; a domain or cluster is ticked when all of its trackable standards are, mixed when some are. */
export function checkState(tree: StandardsTree, id: string, tracked: ReadonlySet<string>, saved: ReadonlySet<string> = tracked): CheckState {
  const members = trackableIn(tree, id, tracked, saved);
  if (members.length === 0) return 'unchecked';
  const on = members.filter((member) => tracked.has(member)).length;
  return on === 0 ? 'unchecked' : on === members.length ? 'checked' : 'mixed';
}

/** Ticking a mixed or empty box tracks everything under it; ticking a full one tracks none of it. */
export function toggle(tree: StandardsTree, id: string, tracked: ReadonlySet<string>, saved: ReadonlySet<string> = tracked): Set<string> {
  const members = trackableIn(tree, id, tracked, saved);
  const next = new Set(tracked);
  const turnOn = checkState(tree, id, tracked, saved) !== 'checked';
  for (const member of members) {
    if (turnOn) next.add(member);
    else next.delete(member);
  }
  return next;
}

/** How many standards of this framework the class would track. */
export function countIn(tree: StandardsTree, tracked: ReadonlySet<string>): number {
  return tree.order.filter((id) => tracked.has(id)).length;
}

/**
 * The list `standards:setTracked` gets. The class's order is its gradebook's column order, so:
 * standards of other frameworks keep their places; this framework's tracked standards follow the tree
 * (where a new one belongs), placed where the first of them was before (or at the end).
 */
export function trackedOrder(saved: readonly string[], tree: StandardsTree, draft: ReadonlySet<string>): string[] {
  const here = new Set(tree.order);
  const fromTree = tree.order.filter((id) => draft.has(id));
  const out: string[] = [];
  let placed = false;
  for (const id of saved) {
    if (!here.has(id)) {
      out.push(id);
    } else if (!placed) {
      out.push(...fromTree);
      placed = true;
    }
  }
  if (!placed) out.push(...fromTree);
  return out;
}

/** True when the draft differs from what the class tracks now. */
export function hasChanges(saved: ReadonlySet<string>, draft: ReadonlySet<string>): boolean {
  return saved.size !== draft.size || [...draft].some((id) => !saved.has(id));
}
