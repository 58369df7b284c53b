import { describe, expect, it } from 'vitest';
import type { StandardNode } from '../../../preload/contract/index.js';
import { namesGrade, treeForGrade } from './grade-filter.js';
import { buildTree, visibleIds } from './standards-tree-model.js';

function node(id: string, parentId: string | null, gradeLevels: string[]): StandardNode {
  return { id, frameworkId: 'f', parentId, position: 0, code: id, statement: `Statement ${id}`, type: 'Standard', gradeLevels, retired: false };
}

/** A K–12 framework in miniature, shaped like CCSS Math's CASE package: grades, domains, clusters, standards. */
const k12 = buildTree([
  node('Math', null, []),
  node('K', 'Math', ['KG']),
  node('K.CC', 'K', ['KG']),
  node('K.CC.1', 'K.CC', ['KG']),
  node('4', 'Math', ['04']),
  node('4.NF', '4', ['04']),
  node('4.NF.1', '4.NF', ['04']),
  node('5', 'Math', ['05']),
  node('5.NF', '5', ['05']),
  node('5.NF.A', '5.NF', []),
  node('5.NF.A.1', '5.NF.A', []),
  node('5.NF.A.2', '5.NF.A', ['05']),
  node('MP', null, ['KG', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']),
  node('MP.1', 'MP', []),
]);

describe('the grade select on the tree', () => {
  it('reads grades as the search does: 5 is 05, K is KG, any case', () => {
    expect(namesGrade(['05'], '5')).toBe(true);
    expect(namesGrade(['5'], '5')).toBe(true);
    expect(namesGrade(['05', '06'], '6')).toBe(true);
    expect(namesGrade(['15'], '5')).toBe(false);
    expect(namesGrade(['KG'], 'K')).toBe(true);
    expect(namesGrade(['k'], 'K')).toBe(true);
    expect(namesGrade([], '5')).toBe(false);
  });

  it('keeps one grade’s standards with the groups above them, and what names no grade under a group that does', () => {
    const five = treeForGrade(k12, '5');
    expect(five.order).toEqual(['Math', '5', '5.NF', '5.NF.A', '5.NF.A.1', '5.NF.A.2', 'MP', 'MP.1']);
    expect(five.rootIds).toEqual(['Math', 'MP']);
    // positions are of what is shown: grade 5 is the only grade under Math now
    expect(five.byId.get('5')).toMatchObject({ position: 1, siblings: 1, depth: 1 });
    expect(visibleIds(five, new Set(['Math', '5', '5.NF', '5.NF.A']))).toEqual(['Math', '5', '5.NF', '5.NF.A', '5.NF.A.1', '5.NF.A.2', 'MP']);

    expect(treeForGrade(k12, 'K').order).toEqual(['Math', 'K', 'K.CC', 'K.CC.1', 'MP', 'MP.1']);
    expect(treeForGrade(k12, '4').order).toEqual(['Math', '4', '4.NF', '4.NF.1', 'MP', 'MP.1']);
  });

  it('keeps the whole tree for any grade, and nothing for a grade no standard names', () => {
    expect(treeForGrade(k12, '')).toBe(k12);
    const withoutPractices = buildTree(k12.order.filter((id) => !id.startsWith('MP')).map((id) => k12.byId.get(id)!.standard));
    expect(treeForGrade(withoutPractices, '9').order).toEqual([]);
  });
});
