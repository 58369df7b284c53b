import type { StandardNode } from '../../../preload/contract/index.js';
import { buildTree, type StandardsTree } from './standards-tree-model.js';

/** The grades the Grade select offers, as `standards:search`'s `grade` takes them ('' for any grade). */
export const gradeChoices = ['K', ...Array.from({ length: 12 }, (_, index) => String(index + 1))] as const;

/**
 * Whether a standard's stored grade levels name the grade, as the gradebook's search reads them
 * (db/standards.ts): `5` is also `05`, `K` is also `KG`, any case.
 */
export function namesGrade(gradeLevels: readonly string[], grade: string): boolean {
  const wanted = grade.trim().toUpperCase();
  const same = (level: string): boolean => {
    const stored = level.trim().toUpperCase();
    if (/^\d+$/.test(wanted) && /^\d+$/.test(stored)) return Number(stored) === Number(wanted);
    if (wanted === 'K' || wanted === 'KG') return stored === 'K' || stored === 'KG';
    return stored === wanted;
  };
  return gradeLevels.some(same);
}

/**
 * The tree cut down to one grade ('' keeps it whole): a standard stays when it names the grade —
 * or names no grade itself and sits under one that does (CASE packages often mark only the upper
 * levels) — and every group above a standard that stays keeps its place, so the tree still reads
 * domain → cluster → standard. Tracking and counts keep the whole tree; this is what is shown.
 */
export function treeForGrade(tree: StandardsTree, grade: string): StandardsTree {
  if (grade === '') return tree;
  const matches = new Map<string, boolean>();
  for (const id of tree.order) {
    const node = tree.byId.get(id)!;
    const own = node.standard.gradeLevels;
    // tree order is depth first: a parent is decided before its children
    matches.set(id, own.length > 0 ? namesGrade(own, grade) : node.parentId !== null && matches.get(node.parentId) === true);
  }
  const kept = new Set<string>();
  for (const id of [...tree.order].reverse()) {
    const node = tree.byId.get(id)!;
    if (matches.get(id) === true || node.childIds.some((child) => kept.has(child))) kept.add(id);
  }
  const flat: StandardNode[] = tree.order.filter((id) => kept.has(id)).map((id) => tree.byId.get(id)!.standard);
  return buildTree(flat);
}
