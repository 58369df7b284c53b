import type { GridColumn } from '../../../preload/contract/index.js';

/** The header group a column sits under: its nearest ancestor (usually the cluster), or none. */
export type ColumnGroup = { id: string | null; code: string | null; statement: string };

export type StandardColumn = {
  kind: 'standard';
  key: string;
  standardId: string;
  /** Index into `MasteryGrid.columns` and every row's `cells`. */
  sourceIndex: number;
  code: string;
  statement: string;
  methodLabel: string | null;
  group: ColumnGroup;
};

/** A computed roll-up of one group, shown after the group's last standard. Never editable. */
export type RollupColumn = {
  kind: 'rollup';
  key: string;
  groupId: string;
  /** Index into `MasteryGrid.groups` and every row's `rollups`. */
  rollupIndex: number;
  group: ColumnGroup;
};

export type DisplayColumn = StandardColumn | RollupColumn;

export type ColumnOptions = {
  /** Show only columns under this ancestor (a cluster or a domain). */
  groupId?: string | null;
  /** Show only these standards (an assessment's), in the grid's order. */
  standardIds?: readonly string[] | null;
  showRollups?: boolean;
  /** `MasteryGrid.groups`: where each group's roll-up sits in a row (a group not in it has none). */
  rollupGroups?: readonly string[];
};

const noGroup: ColumnGroup = { id: null, code: null, statement: 'Not in a cluster' };

function groupOf(column: GridColumn): ColumnGroup {
  const nearest = column.ancestors[0];
  return nearest ? { id: nearest.id, code: nearest.code, statement: nearest.statement } : noGroup;
}

/**
 * The columns on screen, in the grid's order: the tracked standards that pass the filters, each under
 * its nearest ancestor, and (when asked) a roll-up after each group that has one.
 */
export function displayColumns(columns: readonly GridColumn[], options: ColumnOptions = {}): DisplayColumn[] {
  const shown: DisplayColumn[] = [];
  const wanted = options.standardIds ? new Set(options.standardIds) : null;
  const rollupIndex = new Map((options.rollupGroups ?? []).map((id, index) => [id, index]));
  const pushRollup = (group: ColumnGroup) => {
    const index = group.id === null ? undefined : rollupIndex.get(group.id);
    if (group.id !== null && index !== undefined) shown.push({ kind: 'rollup', key: `rollup:${group.id}`, groupId: group.id, rollupIndex: index, group });
  };
  columns.forEach((column, sourceIndex) => {
    if (wanted && !wanted.has(column.standardId)) return;
    if (options.groupId && !column.ancestors.some((a) => a.id === options.groupId)) return;
    const group = groupOf(column);
    const previous = shown.at(-1);
    if (options.showRollups && previous && previous.group.id !== group.id) pushRollup(previous.group);
    shown.push({
      kind: 'standard',
      key: column.standardId,
      standardId: column.standardId,
      sourceIndex,
      code: column.code ?? column.statement.slice(0, 12),
      statement: column.statement,
      methodLabel: column.methodLabel,
      group,
    });
  });
  const last = shown.at(-1);
  if (options.showRollups && last) pushRollup(last.group);
  return shown;
}

/** A run of neighbouring columns under one group: one cell of the upper header row. */
export type GroupSpan = { group: ColumnGroup; first: number; count: number };

/** The upper header row for the columns `first..last` (inclusive): consecutive columns of a group merge. */
export function groupSpans(columns: readonly DisplayColumn[], first: number, last: number): GroupSpan[] {
  const spans: GroupSpan[] = [];
  for (let index = Math.max(0, first); index <= Math.min(last, columns.length - 1); index++) {
    const column = columns[index];
    if (!column) continue;
    const current = spans.at(-1);
    if (current && current.group.id === column.group.id) current.count++;
    else spans.push({ group: column.group, first: index, count: 1 });
  }
  return spans;
}

export type GroupOption = { id: string; label: string; depth: number };

/**
 * The choices of the cluster filter: every ancestor of a tracked standard, domains before their
 * clusters, in the order the grid first meets them.
 */
export function groupOptions(columns: readonly GridColumn[]): GroupOption[] {
  const seen = new Map<string, GroupOption>();
  const order: string[] = [];
  for (const column of columns) {
    const chain = [...column.ancestors].reverse();
    chain.forEach((ancestor, depth) => {
      if (seen.has(ancestor.id)) return;
      seen.set(ancestor.id, { id: ancestor.id, label: ancestor.code ? `${ancestor.code} — ${ancestor.statement}` : ancestor.statement, depth });
      order.push(ancestor.id);
    });
  }
  // keep each domain followed by its own clusters even when the framework interleaves them
  const children = new Map<string | null, string[]>();
  for (const column of columns) {
    const chain = [...column.ancestors].reverse();
    chain.forEach((ancestor, depth) => {
      const parent = depth === 0 ? null : (chain[depth - 1]?.id ?? null);
      const list = children.get(parent) ?? [];
      if (!list.includes(ancestor.id)) list.push(ancestor.id);
      children.set(parent, list);
    });
  }
  const result: GroupOption[] = [];
  const visit = (id: string) => {
    const option = seen.get(id);
    if (option && !result.includes(option)) result.push(option);
    for (const child of children.get(id) ?? []) visit(child);
  };
  for (const root of children.get(null) ?? order) visit(root);
  return result;
}
