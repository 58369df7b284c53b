import { shortCode } from '../../../preload/contract/standards.js';
import { errorIssue, warningIssue, type ImportIssue } from '../import-issue.js';
import { canonicalCode } from './prerequisite-code.js';
import type { MapPair, PrerequisiteMap } from './read-prerequisite-map.js';

export type FrameworkStandardCode = { standardId: string; code: string | null };
export type Edge = { standardId: string; prerequisiteId: string };

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

/** A cycle in prerequisite → standard edges, as the standards along it with the first repeated at the end; null when none. */
export function findCycle(edges: readonly Edge[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.prerequisiteId, [...(next.get(e.prerequisiteId) ?? []), e.standardId]);
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  // iterative depth-first search: a long chain must not overflow the stack
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const stack: { node: string; children: string[]; index: number }[] = [{ node: start, children: next.get(start) ?? [], index: 0 }];
    state.set(start, 'open');
    path.push(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.index >= top.children.length) {
        state.set(top.node, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const child = top.children[top.index++]!;
      const seen = state.get(child);
      if (seen === 'open') return [...path.slice(path.indexOf(child)), child];
      if (seen === 'done') continue;
      state.set(child, 'open');
      path.push(child);
      stack.push({ node: child, children: next.get(child) ?? [], index: 0 });
    }
  }
  return null;
}
