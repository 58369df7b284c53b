import { shortCode } from '../../../preload/contract/standards.js';
import { errorIssue, warningIssue, type ImportIssue } from '../import-issue.js';
import { findCycle } from '../../paths/domain/find-cycle.js';
import type { Edge } from '../../paths/domain/progression-edge.js';
import { canonicalCode } from './prerequisite-code.js';
import type { MapPair, PrerequisiteMap } from './read-prerequisite-map.js';

export type FrameworkStandardCode = { standardId: string; code: string | null };

export type PrerequisitePlan = { add: Edge[]; unchanged: number; issues: ImportIssue[] };

/**
 * Matches a map's codes to a framework's standards and decides which edges to add. Every code that
 * matches no standard is an error naming its row; a pair naming one standard twice is an error; an
 * edge the framework has already is unchanged; a repeated pair is a warning. A cycle — in the map or
 * through edges already there — is an error that names it, since "ready" could never become true on
 * it. Any error: nothing is added (the caller writes nothing). Pure.
 */
export function planPrerequisiteMap(map: PrerequisiteMap, standards: readonly FrameworkStandardCode[], existing: readonly Edge[]): PrerequisitePlan {
  const byCode = new Map<string, string>();
  const codeOf = new Map<string, string>();
  for (const s of standards) {
    if (s.code === null) continue;
    byCode.set(canonicalCode(s.code), s.standardId);
    codeOf.set(s.standardId, s.code);
  }
  const issues: ImportIssue[] = [];
  const known = new Set(existing.map(edgeKey));
  const planned = new Set<string>();
  const add: Edge[] = [];
  let unchanged = 0;
  const place = (pair: MapPair, column: 'prerequisite' | 'standard') => ({ file: map.file, ...(pair.row !== undefined ? { row: pair.row, column } : { column: pair.column }) });
  for (const pair of map.pairs) {
    const prerequisiteId = byCode.get(canonicalCode(pair.prerequisite));
    const standardId = byCode.get(canonicalCode(pair.standard));
    if (!prerequisiteId) issues.push(errorIssue({ ...place(pair, 'prerequisite'), value: pair.prerequisite, expected: 'the code of a standard in the framework', problem: 'no standard in the framework has this code' }));
    if (!standardId) issues.push(errorIssue({ ...place(pair, 'standard'), value: pair.standard, expected: 'the code of a standard in the framework', problem: 'no standard in the framework has this code' }));
    if (!prerequisiteId || !standardId) continue;
    if (prerequisiteId === standardId) {
      issues.push(errorIssue({ ...place(pair, 'standard'), value: pair.standard, expected: 'two different standards', problem: 'a standard cannot be its own prerequisite' }));
      continue;
    }
    const edge = { standardId, prerequisiteId };
    const key = edgeKey(edge);
    if (known.has(key)) unchanged++;
    else if (planned.has(key)) issues.push(warningIssue({ ...place(pair, 'standard'), value: `${pair.prerequisite} → ${pair.standard}`, expected: 'each pair once', problem: 'this pair is listed again; it is imported once' }));
    else {
      planned.add(key);
      add.push(edge);
    }
  }
  if (!issues.some((i) => i.severity === 'error')) {
    const cycle = findCycle([...existing, ...add]);
    if (cycle) {
      const codes = cycle.map((id) => shortCode(codeOf.get(id) ?? null) ?? id);
      issues.push(errorIssue({ file: map.file, value: codes.join(' → '), expected: 'prerequisites that never lead back to a standard', problem: `these prerequisites go round in a circle: ${codes.join(' → ')}` }));
    }
  }
  return { add: issues.some((i) => i.severity === 'error') ? [] : add, unchanged, issues };
}

function edgeKey(edge: Edge): string {
  return `${edge.prerequisiteId}>${edge.standardId}`;
}
