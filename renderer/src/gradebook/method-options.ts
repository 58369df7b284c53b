import { evidenceKinds, methodLimits, type EvidenceKind, type GridColumn, type MasteryMethodInput, type RollupMethod } from '../../../preload/contract/index.js';

export type MethodKind = MasteryMethodInput['kind'];

type MethodInfo = { label: string; parameter: 'none' | 'n' | 'weight'; min?: number; max?: number; initial?: number };

/**
 * The methods of MASTERY.md as the teacher picks them, with the one parameter each may take; its allowed
 * range is the contract's (methodLimits), the same the request schema and the engine hold it to.
 */
export const methodInfo = {
  decaying_average: { label: 'Decaying average', parameter: 'weight', ...methodLimits.decayingAverageWeight, initial: 0.65 },
  weighted_average: { label: 'Weighted average (latest vs. the rest)', parameter: 'weight', ...methodLimits.weightedAverageWeight, initial: 0.65 },
  most_recent: { label: 'Most recent', parameter: 'none' },
  highest: { label: 'Highest', parameter: 'none' },
  mean: { label: 'Mean', parameter: 'none' },
  mode: { label: 'Mode', parameter: 'none' },
  mean_recent: { label: 'Mean of most recent N', parameter: 'n', ...methodLimits.recentN, initial: 3 },
  median_recent: { label: 'Median of most recent N', parameter: 'n', ...methodLimits.recentN, initial: 3 },
  mean_highest: { label: 'Mean of N highest', parameter: 'n', ...methodLimits.recentN, initial: 3 },
  n_mastery: { label: 'N-times mastery', parameter: 'n', ...methodLimits.nMastery, initial: 5 },
  power_law: { label: 'Power law (trend)', parameter: 'none' },
} as const satisfies Record<MethodKind, MethodInfo>;

export const methodKinds = Object.keys(methodInfo) as MethodKind[];

/** The method a picker's value names (its options are methodKinds, so anything else is a bug). */
export function methodKindOf(value: string): MethodKind {
  const kind = methodKinds.find((known) => known === value);
  if (!kind) throw new Error(`"${value}" is not a mastery method.`);
  return kind;
}

/** The parameter a method starts with when the teacher switches to it ('' when it takes none). */
export function initialParameter(kind: MethodKind): string {
  const info: MethodInfo = methodInfo[kind];
  return info.initial === undefined ? '' : String(info.initial);
}

/** The form's state: the parameter as typed, so a half-typed number is not lost. */
export type MethodDraft = { kind: MethodKind; parameter: string; excludeKinds: EvidenceKind[] };

export function draftOf(method: MasteryMethodInput): MethodDraft {
  const parameter = 'n' in method ? String(method.n) : 'weight' in method ? String(method.weight) : '';
  return { kind: method.kind, parameter, excludeKinds: [...(method.excludeKinds ?? [])] };
}

/** The draft as a method the contract accepts, or the sentence that says what to fix. */
export function methodOf(draft: MethodDraft): { ok: true; method: MasteryMethodInput } | { ok: false; message: string } {
  const info: MethodInfo = methodInfo[draft.kind];
  const exclude = draft.excludeKinds.length > 0 ? { excludeKinds: draft.excludeKinds } : {};
  if (draft.excludeKinds.length >= evidenceKinds.length) return { ok: false, message: 'Leave at least one kind of evidence in, or no level can be computed.' };
  if (info.parameter === 'none') return { ok: true, method: { kind: draft.kind, ...exclude } as MasteryMethodInput };
  const value = Number(draft.parameter.replace(',', '.'));
  const min = info.min ?? 0;
  const max = info.max ?? 1;
  const whole = info.parameter === 'n';
  if (draft.parameter.trim() === '' || !Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
    return { ok: false, message: whole ? `N must be a whole number from ${min} to ${max}.` : `The weight must be between ${min} and ${max}.` };
  }
  // the kind and its parameter match by construction (methodInfo), which TypeScript cannot follow
  const method = (whole ? { kind: draft.kind, n: value, ...exclude } : { kind: draft.kind, weight: value, ...exclude }) as MasteryMethodInput;
  return { ok: true, method };
}

/** The roll-up methods (the contract's rollupMethods) as the teacher picks them, each with the one line that says what it does. */
export const rollupInfo = {
  mean: { label: 'Mean', hint: 'The average of the cluster’s standards.' },
  minimum: { label: 'Minimum', hint: 'The weakest standard: a cluster is only as strong as its weakest part.' },
  mode: { label: 'Mode', hint: 'The most frequent level; a tie goes to the higher one.' },
  all_proficient: { label: 'All at least proficient', hint: 'The weakest standard, but only once every standard has a level.' },
} as const satisfies Record<RollupMethod, { label: string; hint: string }>;

/** A tracked standard as the "one standard only" picker lists it. */
export type StandardChoice = { standardId: string; code: string; statement: string; methodLabel: string | null };

export function standardChoices(columns: readonly GridColumn[]): StandardChoice[] {
  return columns.map((column) => ({
    standardId: column.standardId,
    code: column.code ?? column.statement.slice(0, 12),
    statement: column.statement,
    methodLabel: column.methodLabel,
  }));
}
