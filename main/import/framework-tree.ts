import type { FrameworkStandard } from './framework-package.js';
import type { IssueLog } from './import-issue.js';
import { inferStandardType } from './standard-type.js';

/** One standard as a source reader saw it, before ordering and tree checks. */
export type TreeItem = Omit<FrameworkStandard, 'parentIdentifier' | 'position' | 'type' | 'typeInferred'> & {
  /** Normalized type, or null when the source has none. */
  type: string | null;
  /** Parent identifier; null = the document; undefined = the source gives this item no parent at all. */
  parent: string | null | undefined;
  /** Sibling sort keys: see FrameworkStandard.position for the rule. */
  sequence: number | null;
  listEnumeration: string | null;
  /** Position of the item in the file. */
  index: number;
};

export type TreeContext = {
  file: string;
  log: IssueLog;
  /** Where an item sits in the file, for messages: a row (CSV) or a JSON path (CASE). */
  locate: (identifier: string) => { row?: number; column?: string };
  /** What to call the parent link in messages: 'isChildOf association', 'parent code'. */
  parentLinkName: string;
};

const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

function compareOptional(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return natural.compare(a, b);
}

function compareSiblings(a: TreeItem, b: TreeItem): number {
  return (
    (a.sequence ?? Infinity) - (b.sequence ?? Infinity) ||
    compareOptional(a.listEnumeration, b.listEnumeration) ||
    compareOptional(a.code, b.code) ||
    a.index - b.index
  );
}

export function labelOf(item: Pick<TreeItem, 'code' | 'statement' | 'identifier'>): string {
  if (item.code) return item.code;
  const statement = Array.from(item.statement.trim());
  return statement.length > 0 ? `"${statement.length > 40 ? `${statement.slice(0, 39).join('')}…` : statement.join('')}"` : item.identifier;
}

function listLabels(items: readonly TreeItem[]): string {
  const shown = items.slice(0, 10).map(labelOf).join(', ');
  return items.length > 10 ? `${shown} and ${items.length - 10} more` : shown;
}

type Placement = 'placed' | 'unplaced' | 'cycle';

/**
 * Checks the parent links (cycles are errors; items with no path to the document are placed at the top
 * level with one warning listing them), orders siblings, infers missing types, and returns the
 * standards parents-first.
 */
export function assembleStandards(items: readonly TreeItem[], context: TreeContext): FrameworkStandard[] {
  const byId = new Map(items.map((item) => [item.identifier, item]));
  const placement = new Map<string, Placement>();

  for (const start of items) {
    if (placement.has(start.identifier)) continue;
    const path: TreeItem[] = [];
    const onPath = new Set<string>();
    let current: TreeItem | undefined = start;
    let outcome: Placement = 'placed';
    while (current) {
      const known = placement.get(current.identifier);
      if (known) {
        outcome = known === 'cycle' ? 'unplaced' : known;
        break;
      }
      if (onPath.has(current.identifier)) {
        const cycle = path.slice(path.findIndex((item) => item.identifier === current?.identifier));
        for (const item of cycle) placement.set(item.identifier, 'cycle');
        const first = cycle[0] ?? current;
        context.log.error({
          file: context.file,
          ...context.locate(first.identifier),
          value: first.identifier,
          expected: 'every standard to lead up to the framework through its parents',
          problem: `the ${context.parentLinkName}s form a loop: ${[...cycle, first].map(labelOf).join(' → ')}`,
        });
        outcome = 'unplaced';
        break;
      }
      path.push(current);
      onPath.add(current.identifier);
      const parent: string | null | undefined = current.parent;
      if (parent === null) {
        outcome = 'placed';
        break;
      }
      const next: TreeItem | undefined = parent === undefined ? undefined : byId.get(parent);
      if (!next) {
        outcome = 'unplaced';
        break;
      }
      current = next;
    }
    for (const item of path) if (!placement.has(item.identifier)) placement.set(item.identifier, outcome);
  }

  const unplaced = items.filter((item) => placement.get(item.identifier) === 'unplaced');
  if (unplaced.length > 0) {
    const first = unplaced[0];
    context.log.warning({
      file: context.file,
      ...(first ? context.locate(first.identifier) : {}),
      expected: `every standard to have a ${context.parentLinkName} leading up to the framework`,
      problem: `${unplaced.length} ${unplaced.length === 1 ? 'standard is' : 'standards are'} not placed in the framework's tree and will be shown at the top level: ${listLabels(unplaced)}`,
    });
  }

  // An unplaced item whose parent is in the file stays under it; the top of an unplaced chain becomes
  // top-level, after the placed top-level items.
  const effectiveParent = (item: TreeItem): string | null =>
    item.parent !== null && item.parent !== undefined && byId.has(item.parent) ? item.parent : null;
  const children = new Map<string | null, TreeItem[]>();
  for (const item of items) {
    if (placement.get(item.identifier) === 'cycle') continue;
    const parent = effectiveParent(item);
    const siblings = children.get(parent) ?? [];
    siblings.push(item);
    children.set(parent, siblings);
  }
  const topLevelRank = (item: TreeItem) => (placement.get(item.identifier) === 'placed' ? 0 : 1);
  for (const [parent, siblings] of children) {
    siblings.sort((a, b) => (parent === null ? topLevelRank(a) - topLevelRank(b) : 0) || compareSiblings(a, b));
  }

  const ordered: { item: TreeItem; parent: string | null; position: number }[] = [];
  const stack: { item: TreeItem; parent: string | null; position: number }[] = (children.get(null) ?? [])
    .map((item, position) => ({ item, parent: null, position }))
    .reverse();
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next) break;
    ordered.push(next);
    const below = children.get(next.item.identifier) ?? [];
    for (let position = below.length - 1; position >= 0; position--) {
      const item = below[position];
      if (item) stack.push({ item, parent: next.item.identifier, position });
    }
  }

  const givenType = new Map(items.map((item) => [item.identifier, item.type]));
  const inferred = new Map<string, string>();
  // Only *given* types are evidence: chaining guesses would turn a wholly untyped framework into an
  // invented ladder, where 'standard' for everything is the honest answer.
  for (const { item, parent } of ordered) {
    if (item.type !== null) continue;
    const childTypes = (children.get(item.identifier) ?? []).map((child) => child.type).filter((type) => type !== null);
    const parentType = parent === null ? null : (givenType.get(parent) ?? null);
    inferred.set(item.identifier, inferStandardType(childTypes, parentType));
  }

  return ordered.map(({ item, parent, position }) => {
    const standard: FrameworkStandard = {
      identifier: item.identifier,
      code: item.code,
      statement: item.statement,
      abbreviated: item.abbreviated,
      type: item.type ?? inferred.get(item.identifier) ?? 'standard',
      typeInferred: item.type === null,
      gradeLevels: item.gradeLevels,
      parentIdentifier: parent,
      position,
    };
    if (item.uri !== undefined) standard.uri = item.uri;
    if (item.notes !== undefined) standard.notes = item.notes;
    if (item.lastChangeDateTime !== undefined) standard.lastChangeDateTime = item.lastChangeDateTime;
    return standard;
  });
}
