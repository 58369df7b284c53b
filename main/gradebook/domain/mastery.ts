// The mastery engine: turns one learner's evidence on one standard into a level that can explain
// itself. Pure — no database, no Electron, no Node — so every caller (worker, CLI, tests) gets the
// same numbers. Exact definitions: MASTERY.md (the shared specification).
import {
  applyLevelMethod, evidenceKinds, formatNumber, isEvidenceKind, MasteryMethodError, traceKnowledge,
  validateMethod, validateScale, type EvidenceKind, type Levels, type MethodOutcome,
} from './mastery-methods.js';
import { roundHalfAwayFromZero } from './rounding.js';
import { assertNever } from '../../../preload/contract/shared.js';

export { evidenceKinds, MasteryMethodError, methodLimits, validateMethod, validateScale } from './mastery-methods.js';
export type { EvidenceKind, MasteryErrorCode } from './mastery-methods.js';

export type MasteryEvidence = {
  readonly level: number | null;
  /** ISO date (YYYY-MM-DD) or ISO date-time. */
  readonly observedAt: string;
  /** When it was entered; orders evidence observed at the same moment. */
  readonly recordedAt?: string | null | undefined;
  readonly kind?: EvidenceKind | null | undefined;
};

export type MasteryScale = { readonly min: number; readonly max: number; readonly masteryThreshold: number };

type KindWeighting = { readonly excludeKinds?: readonly EvidenceKind[] | undefined };

export type MasteryMethod = KindWeighting &
  (
    | { readonly kind: 'most_recent' }
    | { readonly kind: 'highest' }
    | { readonly kind: 'mean' }
    | { readonly kind: 'median_recent'; readonly n: number }
    | { readonly kind: 'mode' }
    | { readonly kind: 'mean_recent'; readonly n: number }
    | { readonly kind: 'mean_highest'; readonly n: number }
    | { readonly kind: 'weighted_average'; readonly weight: number }
    | { readonly kind: 'decaying_average'; readonly weight: number }
    | { readonly kind: 'n_mastery'; readonly n: number }
    | { readonly kind: 'power_law' }
    | { readonly kind: 'bkt'; readonly p0: number; readonly transit: number; readonly slip: number; readonly guess: number }
  );
export type MasteryMethodKind = MasteryMethod['kind'];
export type MasteryMethodOf<K extends MasteryMethodKind> = Extract<MasteryMethod, { kind: K }>;
export type BktMethod = MasteryMethodOf<'bkt'>;
export type LevelMethod = Exclude<MasteryMethod, { kind: 'bkt' }>;

export const masteryMethodKinds = [
  'most_recent', 'highest', 'mean', 'median_recent', 'mode', 'mean_recent', 'mean_highest',
  'weighted_average', 'decaying_average', 'n_mastery', 'power_law', 'bkt',
] as const satisfies readonly MasteryMethodKind[];

/** Defaults for a new class; N for the "recent"/"highest" methods is ours (MASTERY.md names none). */
export const defaultMethods: { readonly [K in MasteryMethodKind]: MasteryMethodOf<K> } = {
  most_recent: { kind: 'most_recent' },
  highest: { kind: 'highest' },
  mean: { kind: 'mean' },
  median_recent: { kind: 'median_recent', n: 3 },
  mode: { kind: 'mode' },
  mean_recent: { kind: 'mean_recent', n: 3 },
  mean_highest: { kind: 'mean_highest', n: 3 },
  weighted_average: { kind: 'weighted_average', weight: 0.65 },
  decaying_average: { kind: 'decaying_average', weight: 0.65 },
  n_mastery: { kind: 'n_mastery', n: 5 },
  power_law: { kind: 'power_law' },
  bkt: { kind: 'bkt', p0: 0.3, transit: 0.1, slip: 0.1, guess: 0.2 },
};

/** Knowledge tracing calls a standard "likely mastered" from this likelihood on. */
export const likelyMasteredAt = 0.95;

export type EvidenceExclusion = { readonly code: 'no_level' | 'kind_excluded'; readonly reason: string };

export type ExplainedEvidence = {
  /** Position in the array given to computeMastery, so the UI can point at the row. */
  readonly index: number;
  readonly observedAt: string;
  readonly recordedAt: string | null;
  readonly level: number | null;
  readonly kind: EvidenceKind | null;
  readonly included: boolean;
  readonly exclusion: EvidenceExclusion | null;
};

export type MasteryExplanation = {
  readonly method: MasteryMethodKind;
  readonly label: string;
  readonly parameters: Readonly<Record<string, number>>;
  readonly excludedKinds: readonly EvidenceKind[];
  /** All evidence given, oldest first, each marked included or excluded with the reason. */
  readonly evidence: readonly ExplainedEvidence[];
  readonly notes: readonly string[];
  /** One line, e.g. `0.65 × 4 + 0.35 × mean(2, 3) = 3.475 → 3.48`. */
  readonly arithmetic: string;
};

export type MasteryResult = {
  /** Rounded to 2 decimals; null means "no level" (never 0), and always null for knowledge tracing. */
  readonly level: number | null;
  readonly mastered: boolean;
  /** Knowledge tracing only: shown beside a level computed by another method, never instead of it. */
  readonly likelihood?: number;
  readonly explanation: MasteryExplanation;
};

export function computeMastery(evidence: readonly MasteryEvidence[], method: MasteryMethod, scale: MasteryScale): MasteryResult {
  validateScale(scale);
  validateMethod(method);
  const excludedKinds = evidenceKinds.filter((kind) => method.excludeKinds?.includes(kind) === true);
  const explained = orderEvidence(evidence).map(({ item, index }) => explainEvidence(item, index, excludedKinds));
  const levels = explained.flatMap((e) => (e.included && e.level !== null ? [e.level] : []));
  const explain = (arithmetic: string, notes: readonly string[]): MasteryExplanation => ({
    method: method.kind,
    label: describeMethod(method),
    parameters: Object.fromEntries(Object.entries(method).filter((entry): entry is [string, number] => typeof entry[1] === 'number')),
    excludedKinds,
    evidence: explained,
    notes: [...outsideScaleNotes(levels, scale), ...notes],
    arithmetic,
  });

  if (!isNonEmpty(levels)) {
    const notes = ['No evidence with a level is left, so there is no level (not 0).'];
    return { level: null, mastered: false, explanation: explain('no evidence → no level', notes) };
  }
  if (method.kind === 'bkt') {
    const traced = traceKnowledge(method, levels, scale.masteryThreshold);
    const likelihood = roundHalfAwayFromZero(traced.value, 2);
    const notes = [
      `Likely mastered at a likelihood of ${formatNumber(likelyMasteredAt)} or more; shown beside a level, never instead of it.`,
    ];
    return {
      level: null,
      mastered: likelihood >= likelyMasteredAt,
      likelihood,
      explanation: explain(withRounding(traced, likelihood), [...traced.notes, ...notes]),
    };
  }
  const computed = applyLevelMethod(method, levels, scale);
  const level = roundResult(computed);
  return {
    level,
    // Judged on the rounded level, so what the teacher sees and the "mastered" mark never disagree.
    mastered: level !== null && level >= scale.masteryThreshold,
    explanation: explain(withRounding(computed, level), computed.notes),
  };
}

/** The label shown next to every computed level, e.g. "Decaying average (65%)". */
export function describeMethod(method: MasteryMethod): string {
  const excluded = evidenceKinds.filter((kind) => method.excludeKinds?.includes(kind) === true);
  const suffix = excluded.length === 0 ? '' : `, without assessment ${excluded.join(' or ')} learning`;
  return `${baseLabel(method)}${suffix}`;
}

function baseLabel(method: MasteryMethod): string {
  switch (method.kind) {
    case 'most_recent': return 'Most recent';
    case 'highest': return 'Highest';
    case 'mean': return 'Mean';
    case 'median_recent': return `Median of most recent ${method.n}`;
    case 'mode': return 'Mode';
    case 'mean_recent': return `Mean of most recent ${method.n}`;
    case 'mean_highest': return `Mean of ${method.n} highest`;
    case 'weighted_average': return `Weighted average (${formatNumber(method.weight * 100)}%)`;
    case 'decaying_average': return `Decaying average (${formatNumber(method.weight * 100)}%)`;
    case 'n_mastery': return `N-times mastery (N = ${method.n})`;
    case 'power_law': return 'Power law';
    case 'bkt': return 'Likelihood of mastery (knowledge tracing)';
    default: return assertNever(method);
  }
}

/**
 * Oldest first. Observations at the same moment keep the order they were recorded in: by recordedAt
 * when every one of them has it, otherwise by position in the input. Mixing the two within one group
 * could make the comparison contradict itself, and a sort with such a comparison has no defined result.
 */
function orderEvidence(evidence: readonly MasteryEvidence[]): { item: MasteryEvidence; index: number }[] {
  const keyed = evidence.map((item, index) => {
    const { level } = item;
    if (level !== null && (typeof level !== 'number' || !Number.isFinite(level))) {
      throw new MasteryMethodError('invalid_level', `Evidence ${index + 1} has the level ${String(level)}, which is not a number.`);
    }
    return { item, index, observed: timeKey(item.observedAt, index) };
  });
  keyed.sort((a, b) => a.observed - b.observed || a.index - b.index);
  const ordered: typeof keyed = [];
  for (let start = 0; start < keyed.length; ) {
    const key = keyed[start]?.observed;
    let end = start;
    while (end < keyed.length && keyed[end]?.observed === key) end += 1;
    const group = keyed.slice(start, end);
    // recordedAt only breaks ties, so it is read only where observations tie: each one is unique (a
    // moment of recording), and parsing 200,000 of them was a third of a big class's recompute
    if (group.length > 1 && group.every((e) => e.item.recordedAt != null)) {
      const recorded = group.map((e) => ({ ...e, recorded: timeKey(e.item.recordedAt ?? '', e.index) }));
      recorded.sort((a, b) => a.recorded - b.recorded || a.index - b.index);
      ordered.push(...recorded);
    } else {
      ordered.push(...group);
    }
    start = end;
  }
  return ordered;
}

const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A number that orders date-times as written. The UTC offset is ignored on purpose: the teacher's
 * calendar date is what "the date observed" means, and it must sort with plain YYYY-MM-DD dates
 * (taken as the start of that day) the same way on every machine, whatever its time zone.
 */
function timeKey(text: string, index: number): number {
  const known = timeKeys.get(text);
  if (known !== undefined) return known;
  const parts = isoDateTime.exec(text);
  const [year, month, day, hour, minute, second] = (parts?.slice(1, 7) ?? []).map((p) => Number(p ?? 0));
  const millis = Math.floor(Number(`0.${parts?.[7] ?? '0'}`) * 1000);
  const key = Date.UTC(year ?? NaN, (month ?? NaN) - 1, day, hour, minute, second, millis);
  const date = new Date(key);
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day
    && date.getUTCHours() === hour && date.getUTCMinutes() === minute && date.getUTCSeconds() === second;
  if (!valid) throw new MasteryMethodError('invalid_date', `Evidence ${index + 1} has the date "${text}", which is not an ISO date such as 2025-03-14.`);
  // a class recompute parses the same few hundred dates hundreds of thousands of times
  if (timeKeys.size >= 50_000) timeKeys.clear();
  timeKeys.set(text, key);
  return key;
}

const timeKeys = new Map<string, number>();

function explainEvidence(item: MasteryEvidence, index: number, excludedKinds: readonly EvidenceKind[]): ExplainedEvidence {
  const kind = item.kind ?? null;
  if (kind !== null && !isEvidenceKind(kind)) {
    throw new MasteryMethodError('invalid_kind', `Evidence ${index + 1} has the kind "${String(kind)}"; use of, for or as learning.`);
  }
  const exclusion: EvidenceExclusion | null =
    item.level === null ? { code: 'no_level', reason: 'No level was recorded.' }
    : kind !== null && excludedKinds.includes(kind)
      ? { code: 'kind_excluded', reason: `Assessment ${kind} learning is left out by this method.` }
      : null;
  return {
    index, observedAt: item.observedAt, recordedAt: item.recordedAt ?? null, level: item.level, kind,
    included: exclusion === null, exclusion,
  };
}

function outsideScaleNotes(levels: readonly number[], scale: MasteryScale): string[] {
  const outside = levels.filter((level) => level < scale.min || level > scale.max);
  if (outside.length === 0) return [];
  const range = `${formatNumber(scale.min)}–${formatNumber(scale.max)}`;
  return [`${outside.length === 1 ? 'A level lies' : `${outside.length} levels lie`} outside the scale ${range}; used as recorded.`];
}

/** The only place results are rounded: every method computes at full precision first. */
function roundResult(outcome: MethodOutcome): number | null {
  return outcome.value === null ? null : roundHalfAwayFromZero(outcome.value, 2);
}

function withRounding(outcome: MethodOutcome, rounded: number | null): string {
  if (outcome.value === null || rounded === null || formatNumber(outcome.value) === formatNumber(rounded)) return outcome.arithmetic;
  return `${outcome.arithmetic} → ${rounded.toFixed(2)}`;
}

function isNonEmpty(levels: readonly number[]): levels is Levels {
  return levels.length > 0;
}
