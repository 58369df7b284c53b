import type { Edge } from './progression-edge.js';

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
