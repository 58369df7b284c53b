// What each mastery method accepts and what it computes (definitions in MASTERY.md). A method
// receives the included levels oldest first and returns the unrounded value with the line that
// shows how it was reached; ordering, exclusion and rounding happen once, in mastery.ts.
import type { BktMethod, LevelMethod, MasteryMethod, MasteryScale } from './mastery.js';
import { roundHalfAwayFromZero } from './rounding.js';
import { assertNever } from '../../../preload/contract/shared.js';
import { evidenceKinds, methodLimits, type EvidenceKind } from '../../../preload/contract/vocabulary.js';

/** Levels oldest first; the methods are never asked about an empty list (that is "no level"). */
export type Levels = readonly [number, ...number[]];

export { evidenceKinds, methodLimits, type EvidenceKind };

export type MasteryErrorCode =
  | 'invalid_parameter' | 'invalid_scale' | 'invalid_level' | 'invalid_date' | 'invalid_kind' | 'unknown_method';

/** A method, scale or piece of evidence that cannot give a meaningful level; the message is for the user. */
export class MasteryMethodError extends Error {
  readonly code: MasteryErrorCode;
  constructor(code: MasteryErrorCode, message: string) {
    super(message);
    this.name = 'MasteryMethodError';
    this.code = code;
  }
}

/** Throws MasteryMethodError when the parameters cannot give a meaningful result. */
export function validateMethod(method: MasteryMethod): void {
  for (const kind of method.excludeKinds ?? []) {
    if (!isEvidenceKind(kind)) fail('invalid_parameter', `"${String(kind)}" is not a kind of evidence (of, for or as learning).`);
  }
  switch (method.kind) {
    case 'most_recent':
    case 'highest':
    case 'mean':
    case 'mode':
    case 'power_law':
      return;
    case 'median_recent':
    case 'mean_recent':
    case 'mean_highest':
      return requireWhole('N', method.n, methodLimits.recentN);
    case 'n_mastery':
      return requireWhole('N', method.n, methodLimits.nMastery);
    case 'weighted_average':
      return requireInRange('The weight', method.weight, methodLimits.weightedAverageWeight);
    case 'decaying_average':
      return requireInRange('The weight', method.weight, methodLimits.decayingAverageWeight);
    case 'bkt':
      requireInRange('The initial likelihood p₀', method.p0, { min: 0, max: 1 });
      requireInRange('The learning rate (transit)', method.transit, { min: 0, max: 1 });
      // Strictly between 0 and 1: at 0 or 1 an observation can make the update divide 0 by 0.
      requireBetween('The slip', method.slip);
      return requireBetween('The guess', method.guess);
    default:
      return unknownMethod(method);
  }
}

/** Throws MasteryMethodError when the scale cannot judge mastery. */
export function validateScale(scale: MasteryScale): void {
  const { min, max, masteryThreshold } = scale;
  if (![min, max, masteryThreshold].every(Number.isFinite) || min >= max) {
    fail('invalid_scale', `The scale ${String(min)}–${String(max)} is not a valid range of levels.`);
  }
  if (masteryThreshold < min || masteryThreshold > max) {
    fail('invalid_scale', `The mastery threshold ${masteryThreshold} lies outside the scale ${min}–${max}.`);
  }
}

export type MethodOutcome = {
  readonly value: number | null;
  readonly arithmetic: string;
  readonly notes: readonly string[];
};

export function applyLevelMethod(method: LevelMethod, levels: Levels, scale: MasteryScale): MethodOutcome {
  switch (method.kind) {
    case 'most_recent':
      return outcome(`most recent of (${list(levels)})`, lastOf(levels));
    case 'highest':
      return outcome(`max(${list(levels)})`, Math.max(...levels));
    case 'mean':
      return outcome(meanExpression(levels), mean(levels));
    case 'median_recent':
      return medianRecent(levels, method.n);
    case 'mode':
      return mode(levels);
    case 'mean_recent': {
      const { values, phrase, notes } = recent(levels, method.n);
      return outcome(`mean of ${phrase}: ${meanExpression(values)}`, mean(values), notes);
    }
    case 'mean_highest': {
      const highest = [...levels].sort((a, b) => b - a).slice(0, method.n);
      const notes = levels.length < method.n ? [fewerThanN(levels.length, method.n)] : [];
      return outcome(`mean of ${highest.length} highest: ${meanExpression(highest)}`, mean(highest), notes);
    }
    case 'weighted_average':
      return weightedAverage(levels, method.weight);
    case 'decaying_average':
      return decayingAverage(levels, method.weight);
    case 'n_mastery':
      return nMastery(levels, method.n, scale.masteryThreshold);
    case 'power_law':
      return powerLaw(levels, scale);
    default:
      return assertNever(method);
  }
}

/** Bayesian knowledge tracing: the likelihood that the learner has mastered the standard. */
export function traceKnowledge(method: BktMethod, levels: Levels, threshold: number): MethodOutcome & { readonly value: number } {
  const { p0, transit, slip, guess } = method;
  let likelihood = p0;
  const steps = [`L₀ = ${formatNumber(p0)}`];
  for (const level of levels) {
    const correct = level >= threshold;
    const posterior = correct
      ? (likelihood * (1 - slip)) / (likelihood * (1 - slip) + (1 - likelihood) * guess)
      : (likelihood * slip) / (likelihood * slip + (1 - likelihood) * (1 - guess));
    likelihood = posterior + (1 - posterior) * transit;
    steps.push(`${formatNumber(level)} ${correct ? '≥' : '<'} ${formatNumber(threshold)}: ${formatShort(likelihood)}`);
  }
  return { value: likelihood, arithmetic: elide(steps).join('; '), notes: [] };
}

/** Up to 12 significant digits, no trailing zeros: enough to check by hand, free of binary noise. */
export function formatNumber(x: number): string {
  // most numbers in an explanation are levels like 3 or 2.5: their shortest form is already exact
  const plain = String(x);
  return plain.length <= 12 ? plain : String(Number(x.toPrecision(12)));
}

function medianRecent(levels: Levels, n: number): MethodOutcome {
  const { values, phrase, notes } = recent(levels, n);
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  const label = `median of ${phrase} (${list(values)})`;
  if (sorted.length % 2 === 1) return outcome(label, upper, notes);
  const lower = sorted[middle - 1] ?? 0;
  return outcome(`${label} = (${formatNumber(lower)} + ${formatNumber(upper)}) / 2`, (lower + upper) / 2, notes);
}

function mode(levels: Levels): MethodOutcome {
  const tally = new Map<number, { count: number; lastSeen: number }>();
  levels.forEach((level, index) => {
    tally.set(level, { count: (tally.get(level)?.count ?? 0) + 1, lastSeen: index });
  });
  const entries = [...tally.entries()];
  const topCount = Math.max(...entries.map(([, t]) => t.count));
  const tied = entries.filter(([, t]) => t.count === topCount).sort(([, a], [, b]) => b.lastSeen - a.lastSeen);
  const winner = tied[0]?.[0] ?? lastOf(levels);
  const times = `${topCount} ${topCount === 1 ? 'time' : 'times'}`;
  if (tied.length === 1) return outcome(`mode(${list(levels)}): ${formatNumber(winner)} occurs ${times}`, winner);
  const tiedLevels = tied.map(([level]) => formatNumber(level)).join(', ');
  return outcome(
    `mode(${list(levels)}): ${tiedLevels} tie at ${times}, the most recent of them wins`,
    winner,
    [`Levels ${tiedLevels} occur equally often; the one that occurred most recently is used.`],
  );
}

function weightedAverage(levels: Levels, weight: number): MethodOutcome {
  if (levels.length === 1) return outcome(formatNumber(levels[0]), levels[0], [onlyOneLevel]);
  const latest = lastOf(levels);
  const rest = levels.slice(0, -1);
  const restExpression = rest.length === 1 ? list(rest) : `mean(${list(rest)})`;
  return outcome(
    `${formatNumber(weight)} × ${formatNumber(latest)} + ${formatNumber(1 - weight)} × ${restExpression}`,
    weight * latest + (1 - weight) * mean(rest),
  );
}

function decayingAverage(levels: Levels, weight: number): MethodOutcome {
  if (levels.length === 1) return outcome(formatNumber(levels[0]), levels[0], [onlyOneLevel]);
  const running = [levels[0]];
  for (const level of levels.slice(1)) running.push((1 - weight) * (running.at(-1) ?? 0) + weight * level);
  // a class recompute explains every cell: write out only the steps the explanation keeps
  const step = (k: number): string =>
    `d${k + 1} = ${formatNumber(1 - weight)} × ${formatNumber(running[k - 1] ?? 0)} + ${formatNumber(weight)} × ${formatNumber(levels[k] ?? 0)} = ${formatNumber(running[k] ?? 0)}`;
  return { value: running.at(-1) ?? levels[0], arithmetic: elideSteps(levels.length - 1, (i) => step(i + 1)).join('; '), notes: [] };
}

function nMastery(levels: Levels, n: number, threshold: number): MethodOutcome {
  const reached = levels.filter((level) => level >= threshold);
  const counted = `${reached.length} of ${levels.length} levels ≥ ${formatNumber(threshold)} (N = ${n})`;
  if (reached.length < n) {
    return {
      value: null,
      arithmetic: `${counted} → no level`,
      notes: [`Fewer than ${n} levels reach the threshold ${formatNumber(threshold)}, so there is no level yet.`],
    };
  }
  return outcome(`${counted}; mean of those: ${meanExpression(reached)}`, mean(reached));
}

function powerLaw(levels: Levels, scale: MasteryScale): MethodOutcome {
  if (levels.some((level) => level <= 0)) {
    // ln of a score ≤ 0 does not exist, so no trend can be fitted; the mean is the honest fallback.
    const fallback = outcome(`mean instead: ${meanExpression(levels)}`, mean(levels), [
      'A level is 0 or below, so no power-law trend can be fitted; the mean is used instead.',
    ]);
    return clampToScale(fallback, scale);
  }
  const n = levels.length;
  if (n === 1) return clampToScale(outcome(formatNumber(levels[0]), levels[0], [onlyOneLevel]), scale);
  if (n === 2) {
    // Two points fit exactly; taking s₂ itself avoids exp/ln round-off.
    const s2 = lastOf(levels);
    return clampToScale(outcome(`two levels fit exactly: a·2^b = ${formatNumber(s2)}`, s2), scale);
  }
  const xs = levels.map((_, index) => Math.log(index + 1));
  const ys = levels.map((level) => Math.log(level));
  const meanX = mean(xs);
  const meanY = mean(ys);
  const covariance = xs.reduce((sum, x, i) => sum + (x - meanX) * ((ys[i] ?? 0) - meanY), 0);
  const variance = xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
  const b = covariance / variance;
  const lnA = meanY - b * meanX;
  const trend = Math.exp(lnA + b * Math.log(n));
  const fit = `fit y = a·x^b to (${list(levels)}) at x = 1…${n}: a ≈ ${formatShort(Math.exp(lnA))}, b ≈ ${formatShort(b)}`;
  return clampToScale(outcome(`${fit}; a·${n}^b`, trend), scale);
}

function clampToScale(result: MethodOutcome, scale: MasteryScale): MethodOutcome {
  const { value } = result;
  if (value === null || (value >= scale.min && value <= scale.max)) return result;
  const bound = value < scale.min ? scale.min : scale.max;
  const side = value < scale.min ? 'below the scale minimum' : 'above the scale maximum';
  return {
    value: bound,
    arithmetic: `${result.arithmetic} → clamped to ${formatNumber(bound)}`,
    notes: [...result.notes, `The result ${formatNumber(value)} is ${side} ${formatNumber(bound)}, so it is clamped to ${formatNumber(bound)}.`],
  };
}

function recent(levels: Levels, n: number): { values: readonly number[]; phrase: string; notes: readonly string[] } {
  if (levels.length <= n) {
    const notes = levels.length < n ? [fewerThanN(levels.length, n)] : [];
    return { values: levels, phrase: levels.length === 1 ? 'the only level' : `all ${levels.length}`, notes };
  }
  return { values: levels.slice(-n), phrase: `last ${n}`, notes: [] };
}

const onlyOneLevel = 'There is only one level, so the result is that level.';

function fewerThanN(count: number, n: number): string {
  return `Only ${count} ${count === 1 ? 'level' : 'levels'}, fewer than N = ${n}: all are used.`;
}

function outcome(expression: string, value: number, notes: readonly string[] = []): MethodOutcome {
  const shown = formatNumber(value);
  return { value, arithmetic: expression === shown ? expression : `${expression} = ${shown}`, notes };
}

function meanExpression(values: readonly number[]): string {
  if (values.length === 1) return list(values);
  return `(${values.map(formatNumber).join(' + ')}) / ${values.length}`;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function lastOf(levels: Levels): number {
  return levels[levels.length - 1] ?? levels[0];
}

function list(values: readonly number[]): string {
  return values.map(formatNumber).join(', ');
}

/** Four decimals: for fitted coefficients and running likelihoods, which are shown, not recomputed. */
function formatShort(x: number): string {
  return String(roundHalfAwayFromZero(x, 4));
}

/** Keeps a long running calculation on one readable line: the first and last steps, with a count between. */
function elide(steps: readonly string[]): readonly string[] {
  return elideSteps(steps.length, (i) => steps[i] ?? '');
}

/** Long running calculations show their first and last three steps; only those are ever formatted. */
function elideSteps(count: number, stepAt: (index: number) => string): readonly string[] {
  const indexes = count <= 7 ? [...Array(count).keys()] : [0, 1, 2, -1, count - 3, count - 2, count - 1];
  return indexes.map((i) => (i === -1 ? `… ${count - 6} more steps …` : stepAt(i)));
}

function requireWhole(name: string, value: number, limits: { readonly min: number; readonly max: number }): void {
  if (!Number.isInteger(value)) fail('invalid_parameter', `${name} must be a whole number, not ${String(value)}.`);
  requireInRange(name, value, limits);
}

function requireInRange(name: string, value: number, limits: { readonly min: number; readonly max: number }): void {
  if (typeof value !== 'number' || !(value >= limits.min && value <= limits.max)) {
    const range = limits.max === Number.MAX_SAFE_INTEGER ? `${limits.min} or more` : `from ${limits.min} to ${limits.max}`;
    fail('invalid_parameter', `${name} must be ${range}, not ${String(value)}.`);
  }
}

function requireBetween(name: string, value: number): void {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    fail('invalid_parameter', `${name} must lie strictly between 0 and 1, not ${String(value)}.`);
  }
}

/** Reached only when data from outside (a file, the database) names a method this version lacks. */
function unknownMethod(method: never): never {
  return fail('unknown_method', `${JSON.stringify(method)} is not a mastery method this version of Proficio knows.`);
}

function fail(code: MasteryErrorCode, message: string): never {
  throw new MasteryMethodError(code, message);
}

export function isEvidenceKind(value: unknown): value is EvidenceKind {
  return evidenceKinds.some((kind) => kind === value);
}
