import { shortCode, type GroupStrategy, type RequestOf, type StandardNode } from '../../../preload/contract/index.js';

/** A keep-apart or keep-together rule as the teacher made it: two learners. */
export type PairRule = { kind: 'apart' | 'together'; learnerIds: readonly [string, string] };

/** The grouping page's choices, as typed (sizes stay text until the request is made). */
export type GroupingOptions = {
  strategy: GroupStrategy;
  /** The target standard's id, a cluster as `cluster:<id>` (proficiency bands only), or '' for none. */
  standardId: string;
  size: string;
  groupCount: string;
  seed: number;
  mixItUp: boolean;
  rules: readonly PairRule[];
};

export const defaultOptions: GroupingOptions = { strategy: 'readiness', standardId: '', size: '', groupCount: '4', seed: 1, mixItUp: true, rules: [] };

/** Which strategies need a target standard, may take one, or have no use for it. */
export function standardUse(strategy: GroupStrategy): 'required' | 'optional' | 'none' {
  return strategy === 'readiness' || strategy === 'bands' ? 'required' : strategy === 'balanced' || strategy === 'manual' ? 'optional' : 'none';
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/** The groups:propose request for these choices, or the one sentence saying what to fix first. */
export function proposeRequest(classId: string, options: GroupingOptions): { request: RequestOf<'groups:propose'> } | { problem: string } {
  const use = standardUse(options.strategy);
  if (use === 'required' && options.standardId === '') return { problem: 'Choose the standard to group for.' };
  const size = options.size.trim() === '' ? null : wholeNumber(options.size);
  if (options.size.trim() !== '' && (size === null || size < 1 || size > 200)) return { problem: 'Group size: type a whole number from 1 to 200, or leave it empty.' };
  if (options.strategy === 'balanced' && size === null) return { problem: 'Mixed groups need a group size: how many learners in each group?' };
  const groupCount = wholeNumber(options.groupCount);
  if (options.strategy === 'manual' && (groupCount === null || groupCount < 1 || groupCount > 100)) return { problem: 'How many groups: type a whole number from 1 to 100.' };

  const cluster = options.standardId.startsWith(clusterPrefix) ? options.standardId.slice(clusterPrefix.length) : null;
  if (cluster !== null && options.strategy !== 'bands') return { problem: 'A cluster works for proficiency bands only: choose one standard.' };
  const rulesOf = (kind: PairRule['kind']) => options.rules.filter((rule) => rule.kind === kind).map((rule) => [...rule.learnerIds]);
  const apart = rulesOf('apart');
  const together = rulesOf('together');
  const automatic = options.strategy !== 'manual';
  return {
    request: {
      classId,
      strategy: options.strategy,
      ...(cluster !== null ? { clusterId: cluster } : use !== 'none' && options.standardId !== '' ? { standardId: options.standardId } : {}),
      ...(size !== null && options.strategy !== 'manual' ? { size } : {}),
      ...(options.strategy === 'manual' && groupCount !== null ? { groupCount } : {}),
      ...(automatic ? { seed: options.seed, mixItUp: options.mixItUp } : {}),
      ...(automatic && apart.length > 0 ? { apart } : {}),
      ...(automatic && together.length > 0 ? { together } : {}),
    },
  };
}

const clusterPrefix = 'cluster:';

export type ClusterChoice = { value: string; label: string };

/**
 * The clusters proficiency bands can use: each parent of two or more tracked standards, named by what
 * its standards' codes share ("5.NBT.A"), as choices whose value says it is a cluster.
 */
export function clusterChoices(standards: readonly StandardNode[]): ClusterChoice[] {
  const byParent = new Map<string, string[]>();
  for (const standard of standards) {
    if (standard.parentId === null) continue;
    byParent.set(standard.parentId, [...(byParent.get(standard.parentId) ?? []), shortCode(standard.code) ?? '']);
  }
  return [...byParent.entries()]
    .filter(([, codes]) => codes.length >= 2)
    .map(([parentId, codes]) => {
      const shared = sharedPrefix(codes);
      return { value: `${clusterPrefix}${parentId}`, label: `${shared === '' ? 'A cluster' : shared} — its ${codes.length} standards together` };
    });
}

/** What every code starts with, up to a whole part ("5.NBT.A.1", "5.NBT.A.3" → "5.NBT.A"). */
function sharedPrefix(codes: readonly string[]): string {
  const parts = codes.map((code) => code.split('.'));
  const first = parts[0] ?? [];
  let length = 0;
  while (length < first.length - 1 && parts.every((code) => code[length] === first[length])) length += 1;
  return first.slice(0, length).join('.');
}

/** Adds a rule unless the same two learners already have one (a new kind replaces the old). */
export function withRule(rules: readonly PairRule[], rule: PairRule): PairRule[] {
  const same = (other: PairRule) => new Set([...other.learnerIds, ...rule.learnerIds]).size === 2;
  return [...rules.filter((other) => !same(other)), rule];
}
