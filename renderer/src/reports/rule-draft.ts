import type { ReportCardCondition, ReportCardConditionKind, ReportCardRule, ReportCardRuleInput, ReportLevel } from '../../../preload/contract/reports.js';

/**
 * A report-card rule as the editor holds it while the teacher types: numbers as the text in their
 * boxes (a half-typed "7" must not be refused mid-word), checked only when saved. `toRuleInput` turns
 * it into the request `reports:saveRule` takes, or says in words what is missing.
 */
export type ConditionDraft = { kind: ReportCardConditionKind; level: string; percent: string; count: string; strictly: boolean };
export type MarkDraft = { mark: string; conditions: ConditionDraft[] };
export type RuleDraft = { ruleId: string | null; title: string; scopeId: string; marks: MarkDraft[]; otherwise: string };

/** The level a new condition starts on: the threshold-ish middle of the scale (3 on a 1–4 scale). */
function middleLevel(levels: readonly ReportLevel[]): number {
  return levels[Math.min(levels.length - 1, Math.floor(levels.length / 2))]?.value ?? 3;
}

export function newCondition(kind: ReportCardConditionKind, levels: readonly ReportLevel[]): ConditionDraft {
  const lowest = levels[0]?.value ?? 1;
  return { kind, level: String(kind === 'none_at_or_below' ? lowest : middleLevel(levels)), percent: '75', count: '1', strictly: false };
}

/** The department's usual rule as a starting point: "Meets = at least 75% at 3 or above and none at 1". */
export function newRuleDraft(scopeId: string, levels: readonly ReportLevel[]): RuleDraft {
  return {
    ruleId: null,
    title: '',
    scopeId,
    marks: [{ mark: 'Meets', conditions: [newCondition('share_at_least', levels), newCondition('none_at_or_below', levels)] }],
    otherwise: 'Not yet',
  };
}

function conditionDraft(condition: ReportCardCondition): ConditionDraft {
  const blank = { level: String(condition.level), percent: '75', count: '1', strictly: false };
  switch (condition.kind) {
    case 'share_at_least':
      return { ...blank, kind: condition.kind, percent: String(Math.round(condition.share * 1000) / 10), strictly: condition.strictly ?? false };
    case 'count_at_least':
      return { ...blank, kind: condition.kind, count: String(condition.count) };
    case 'none_at_or_below':
      return { ...blank, kind: condition.kind };
  }
}

export function ruleDraftOf(rule: ReportCardRule): RuleDraft {
  return {
    ruleId: rule.ruleId,
    title: rule.title,
    scopeId: rule.scopeId,
    marks: rule.marks.map((mark) => ({ mark: mark.mark, conditions: mark.conditions.map(conditionDraft) })),
    otherwise: rule.otherwise,
  };
}

const wholeNumber = /^\s*\d+\s*$/;
const decimal = /^\s*\d+(\.\d+)?\s*$/;

function toCondition(draft: ConditionDraft, where: string, problems: string[]): ReportCardCondition | null {
  const level = Number(draft.level);
  if (draft.level.trim() === '' || !Number.isFinite(level)) {
    problems.push(`${where}: choose a level.`);
    return null;
  }
  switch (draft.kind) {
    case 'share_at_least': {
      const percent = Number(draft.percent);
      if (!decimal.test(draft.percent) || percent > 100) {
        problems.push(`${where}: the share must be a percentage from 0 to 100.`);
        return null;
      }
      return draft.strictly ? { kind: draft.kind, level, share: percent / 100, strictly: true } : { kind: draft.kind, level, share: percent / 100 };
    }
    case 'count_at_least': {
      const count = Number(draft.count);
      if (!wholeNumber.test(draft.count) || count < 1 || count > 10_000) {
        problems.push(`${where}: the number of standards must be a whole number from 1.`);
        return null;
      }
      return { kind: draft.kind, level, count };
    }
    case 'none_at_or_below':
      return { kind: draft.kind, level };
  }
}

/** The request to save, or the problems in plain words (each naming the mark it is about). */
export function toRuleInput(draft: RuleDraft): { ok: true; input: ReportCardRuleInput } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (draft.title.trim() === '') problems.push('Give the rule a name, such as “Number and operations”.');
  if (draft.scopeId === '') problems.push('Choose the standards the rule marks.');
  if (draft.marks.length === 0) problems.push('Add at least one mark.');
  if (draft.otherwise.trim() === '') problems.push('Say which mark a learner gets when no other applies, such as “Not yet”.');
  const marks = draft.marks.map((mark, index) => {
    const name = mark.mark.trim();
    const where = name === '' ? `Mark ${index + 1}` : `“${name}”`;
    if (name === '') problems.push(`Mark ${index + 1}: give it a name, such as “Meets”.`);
    if (mark.conditions.length === 0) problems.push(`${where}: add at least one condition.`);
    const conditions = mark.conditions.map((condition) => toCondition(condition, where, problems)).filter((condition) => condition !== null);
    return { mark: name, conditions };
  });
  if (problems.length > 0) return { ok: false, problems };
  const input: ReportCardRuleInput = { title: draft.title.trim(), scopeId: draft.scopeId, marks, otherwise: draft.otherwise.trim() };
  return { ok: true, input: draft.ruleId === null ? input : { ...input, ruleId: draft.ruleId } };
}
