import type { EvidenceKind } from '../../../preload/contract/index.js';
import type { ReportCardCondition, ReportLevel } from '../../../preload/contract/reports.js';
import { assertNever } from '../../../preload/contract/shared.js';
import { formatCount, formatPercent } from '../format/numbers.js';
import { plural } from '../format/plural.js';

/** The three kinds of evidence as a teacher says them (the contract's `of` / `for` / `as`). */
export const evidenceKindWords: Record<EvidenceKind, string> = {
  of: 'Of learning (summative)',
  for: 'For learning (formative)',
  as: 'As learning (self and peer)',
};

/** "Proficient (3)": a level by its label, with its value so a rule reads the same as the grid. */
export function levelWords(levels: readonly ReportLevel[], value: number): string {
  const level = levels.find((item) => item.value === value);
  return level ? `${level.label} (${formatCount(value)})` : `level ${formatCount(value)}`;
}

/**
 * One condition of a report-card mark in plain words, the way the rules editor and the list say it:
 * "at least 75% of the standards at Proficient (3) or above".
 */
export function conditionWords(condition: ReportCardCondition, levels: readonly ReportLevel[]): string {
  switch (condition.kind) {
    case 'share_at_least':
      return `${condition.strictly ? 'more than' : 'at least'} ${formatPercent(Math.round(condition.share * 100), 100)} of the standards at ${levelWords(levels, condition.level)} or above`;
    case 'count_at_least':
      return `at least ${plural(condition.count, 'standard')} at ${levelWords(levels, condition.level)} or above`;
    case 'none_at_or_below':
      return `no standard at ${levelWords(levels, condition.level)} or below`;
    default:
      return assertNever(condition);
  }
}

/** "Meets when at least 75% … and no standard at Beginning (1) or below." */
export function markWords(mark: { mark: string; conditions: readonly ReportCardCondition[] }, levels: readonly ReportLevel[]): string {
  return `${mark.mark} when ${mark.conditions.map((condition) => conditionWords(condition, levels)).join(' and ')}`;
}

/** "8 of 25 (32%)": a part of a whole, with the share. */
export function partOf(part: number, whole: number): string {
  // a share of nothing is no share at all (formatPercent calls an empty whole done)
  if (whole <= 0) return `${formatCount(part)} of ${formatCount(whole)}`;
  return `${formatCount(part)} of ${formatCount(whole)} (${formatPercent(part, whole)})`;
}

/** Median days from evidence to feedback, said plainly; null when nothing got feedback yet. */
export function turnaroundWords(feedback: { withFeedback: number; awaitingFeedback: number; medianDays: number | null; p90Days: number | null }): string {
  if (feedback.medianDays === null || feedback.withFeedback === 0) {
    return feedback.awaitingFeedback === 0 ? 'No evidence in this window yet, so no feedback to time.' : `None of the ${plural(feedback.awaitingFeedback, 'piece')} of evidence in this window has feedback yet.`;
  }
  const median = feedback.medianDays === 0 ? 'the same day' : `${plural(Math.round(feedback.medianDays), 'day')} later`;
  const slow = feedback.p90Days === null ? '' : ` Nine in ten came within ${plural(Math.round(feedback.p90Days), 'day')}.`;
  return `Half the feedback came ${median} or sooner.${slow}`;
}
