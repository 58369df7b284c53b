import type { ReportCardCondition } from '../../../preload/contract/reports.js';

export type ReportCardMarkRule = { mark: string; conditions: readonly ReportCardCondition[] };

/** The levels reached on the rule's standards (null: none yet), and the outcome in words. */
export type MarkOutcome = { mark: string; explanation: string };

/**
 * A learner's mark: the first mark (best first) whose conditions all hold, else `otherwise`, with the
 * reason a teacher or parent can check by hand: "3 of 4 at 3+, none at 1 → Meets". A standard with no
 * level yet counts as not at any level (so it can keep a learner from "at least 75% at 3+").
 */
export function markFor(levels: readonly (number | null)[], marks: readonly ReportCardMarkRule[], otherwise: string): MarkOutcome {
  const total = levels.length;
  if (total === 0) return { mark: otherwise, explanation: `no standards to mark → ${otherwise}` };
  for (const rule of marks) {
    if (rule.conditions.every((condition) => holds(levels, condition))) {
      return { mark: rule.mark, explanation: `${rule.conditions.map((c) => describe(levels, c)).join(', ')} → ${rule.mark}` };
    }
  }
  // the reason for the fallback: what the last (lowest) named mark asked for and did not get
  const lowest = marks.at(-1);
  const failed = lowest?.conditions.filter((c) => !holds(levels, c)) ?? [];
  const because = failed.map((c) => `${describe(levels, c)} (${lowest?.mark ?? ''} needs ${needs(c, total)})`).join(', ');
  return { mark: otherwise, explanation: `${because || 'no mark applies'} → ${otherwise}` };
}

function atOrAbove(levels: readonly (number | null)[], level: number): number {
  return levels.filter((l) => l !== null && l >= level).length;
}

function atOrBelow(levels: readonly (number | null)[], level: number): number {
  return levels.filter((l) => l !== null && l <= level).length;
}

function holds(levels: readonly (number | null)[], condition: ReportCardCondition): boolean {
  switch (condition.kind) {
    case 'share_at_least': {
      const share = atOrAbove(levels, condition.level) / levels.length;
      // a hair of tolerance: 3 of 4 is 0.75 exactly, but 0.1 + 0.2 style sums must not miss it
      return condition.strictly ? share > condition.share + 1e-9 : share >= condition.share - 1e-9;
    }
    case 'count_at_least':
      return atOrAbove(levels, condition.level) >= condition.count;
    case 'none_at_or_below':
      return atOrBelow(levels, condition.level) === 0;
  }
}

function describe(levels: readonly (number | null)[], condition: ReportCardCondition): string {
  switch (condition.kind) {
    case 'share_at_least':
    case 'count_at_least':
      return `${atOrAbove(levels, condition.level)} of ${levels.length} at ${condition.level}+`;
    case 'none_at_or_below': {
      const below = atOrBelow(levels, condition.level);
      return below === 0 ? `none at ${condition.level} or below`.replace(/^none at 1 or below$/, 'none at 1') : `${below} at ${condition.level} or below`;
    }
  }
}

function needs(condition: ReportCardCondition, total: number): string {
  switch (condition.kind) {
    case 'share_at_least': {
      const count = condition.strictly ? Math.floor(condition.share * total + 1e-9) + 1 : Math.ceil(condition.share * total - 1e-9);
      return `${count} at ${condition.level}+`;
    }
    case 'count_at_least':
      return `${condition.count} at ${condition.level}+`;
    case 'none_at_or_below':
      return `none at ${condition.level} or below`;
  }
}
