import { shortCode, type StandardNode } from '../../../preload/contract/index.js';
import type { RuleScope } from './rules-editor.js';

const longest = 90;

/**
 * What a report-card rule can mark for a class: every domain and cluster above the standards the class
 * tracks, in outline order (a domain, then its clusters), each named in words —
 * "Cluster 5.NBT.A — Understand the place value system" — so the teacher picks by meaning, not by id.
 * `nodes` are the frameworks' trees (any order); a standard whose parent is missing adds nothing.
 */
export function ruleScopesOf(tracked: readonly StandardNode[], nodes: readonly StandardNode[]): RuleScope[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const seen = new Set<string>();
  const scopes: RuleScope[] = [];
  for (const standard of tracked) {
    const chain: StandardNode[] = [];
    for (let parent = standard.parentId === null ? undefined : byId.get(standard.parentId); parent && !chain.includes(parent); parent = parent.parentId === null ? undefined : byId.get(parent.parentId)) {
      chain.unshift(parent);
    }
    for (const node of chain) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      scopes.push({ id: node.id, title: scopeTitle(node) });
    }
  }
  return scopes;
}

function scopeTitle(node: StandardNode): string {
  const kind = node.type.trim() === '' ? 'Group' : `${node.type.charAt(0).toUpperCase()}${node.type.slice(1).toLowerCase()}`;
  const code = shortCode(node.code);
  const statement = node.statement.length > longest ? `${node.statement.slice(0, longest - 1).trimEnd()}…` : node.statement;
  return [kind, code, code === null ? statement : `— ${statement}`].filter((part) => part !== null && part !== '').join(' ');
}
