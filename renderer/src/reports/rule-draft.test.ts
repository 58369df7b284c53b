import { describe, expect, it } from 'vitest';
import { reportCardRuleSchema, type ReportLevel } from '../../../preload/contract/reports.js';
import { markWords } from './report-words.js';
import { newRuleDraft, ruleDraftOf, toRuleInput } from './rule-draft.js';

const levels: ReportLevel[] = [
  { value: 1, label: 'Beginning', colour: '#5D1B16' },
  { value: 2, label: 'Developing', colour: '#886B20' },
  { value: 3, label: 'Proficient', colour: '#2C72A3' },
  { value: 4, label: 'Extending', colour: '#5D1EB6' },
];

describe('report-card rule drafts', () => {
  it('start as the department rule "Meets = at least 75% at 3 or above and none at 1", which the contract accepts once named', () => {
    const draft = { ...newRuleDraft('0198b39b-f800-7c68-8123-c479ee2e0d15', levels), title: 'Number and operations' };
    const checked = toRuleInput(draft);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.input.marks).toEqual([
      {
        mark: 'Meets',
        conditions: [
          { kind: 'share_at_least', level: 3, share: 0.75 },
          { kind: 'none_at_or_below', level: 1 },
        ],
      },
    ]);
    expect(reportCardRuleSchema.safeParse(checked.input).success).toBe(true);
    expect(markWords(checked.input.marks[0]!, levels)).toBe('Meets when at least 75% of the standards at Proficient (3) or above and no standard at Beginning (1) or below');
  });

  it('say what is missing in words, naming the mark, and send nothing', () => {
    const draft = newRuleDraft('scope', levels);
    draft.marks[0]!.conditions[0]!.percent = '120';
    draft.marks.push({ mark: '', conditions: [{ kind: 'count_at_least', level: '4', percent: '75', count: '0', strictly: false }] });
    const checked = toRuleInput(draft);
    expect(checked).toEqual({
      ok: false,
      problems: [
        'Give the rule a name, such as “Number and operations”.',
        '“Meets”: the share must be a percentage from 0 to 100.',
        'Mark 2: give it a name, such as “Meets”.',
        'Mark 2: the number of standards must be a whole number from 1.',
      ],
    });
  });

  it('round-trip a saved rule, keeping its id and "more than" (PowerSchool’s "more than half 4s and no 1s or 2s")', () => {
    const rule = {
      ruleId: 'r1',
      title: 'A',
      scopeId: 's',
      scopeTitle: 'Cluster 5.NBT.A',
      marks: [{ mark: 'A', conditions: [{ kind: 'share_at_least' as const, level: 4, share: 0.5, strictly: true }, { kind: 'none_at_or_below' as const, level: 2 }] }],
      otherwise: 'Below',
    };
    const checked = toRuleInput(ruleDraftOf(rule));
    expect(checked).toEqual({ ok: true, input: { ruleId: 'r1', title: 'A', scopeId: 's', marks: rule.marks, otherwise: 'Below' } });
    expect(markWords(rule.marks[0]!, levels)).toBe('A when more than 50% of the standards at Extending (4) or above and no standard at Developing (2) or below');
  });
});
