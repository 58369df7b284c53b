import type { StandardNode } from '../../../preload/contract/index.js';

/** A small framework for the unit tests: two domains, clusters, leaves, one retired standard. */
export function standard(id: string, parentId: string | null, type = 'Standard', retired = false): StandardNode {
  return { id, frameworkId: 'f', parentId, position: 0, code: id, statement: `Statement ${id}`, type, gradeLevels: ['05'], retired };
}

export const sampleFramework: StandardNode[] = [
  standard('NF', null, 'Domain'),
  standard('NF.A', 'NF', 'Cluster'),
  standard('NF.A.1', 'NF.A'),
  standard('NF.A.2', 'NF.A'),
  standard('NF.A.3', 'NF.A', 'Standard', true),
  standard('NF.B', 'NF', 'Cluster'),
  standard('NF.B.1', 'NF.B'),
  standard('MD', null, 'Domain'),
  standard('MD.1', 'MD'),
];
