import { useId, useState, type JSX } from 'react';
import type { ReportCardConditionKind, ReportCardRule, ReportLevel } from '../../../preload/contract/reports.js';
import { call } from '../bridge/call.js';
import { asContractError } from '../bridge/contract-failure.js';
import { enqueue } from '../bridge/write-queue.js';
import { Button } from '../ui/button.js';
import { EmptyState } from '../ui/empty-state.js';
import { Field } from '../ui/field.js';
import { markWords } from './report-words.js';
import { newCondition, newRuleDraft, ruleDraftOf, toRuleInput, type ConditionDraft, type MarkDraft, type RuleDraft } from './rule-draft.js';

export type RuleScope = { id: string; title: string };

const conditionKinds: { kind: ReportCardConditionKind; label: string }[] = [
  { kind: 'share_at_least', label: 'Share of standards' },
  { kind: 'count_at_least', label: 'Number of standards' },
  { kind: 'none_at_or_below', label: 'No low level' },
];

/**
 * Report-card rules: the list (each mark said in words), and a form to add or change one — marks best
 * first, each with conditions that must all hold, and the mark when none does. Saved with
 * `reports:saveRule`; the class report shows each learner's mark and reason once it is saved.
 */
export function RulesEditor(props: { rules: readonly ReportCardRule[]; levels: readonly ReportLevel[]; scopes: readonly RuleScope[]; onSeeMarks: () => void }): JSX.Element {
  const [draft, setDraft] = useState<RuleDraft | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function remove(rule: ReportCardRule): Promise<void> {
    try {
      await enqueue(() => call('reports:deleteRule', { ruleId: rule.ruleId }));
      setSaved(`Deleted “${rule.title}”.`);
    } catch (error: unknown) {
      setProblem(`“${rule.title}” was not deleted: ${asContractError(error).message}`);
    } finally {
      setDeleting(null);
    }
  }

  if (draft !== null) {
    return (
      <RuleForm
        draft={draft}
        levels={props.levels}
        scopes={props.scopes}
        onChange={setDraft}
        onCancel={() => setDraft(null)}
        onSaved={(rule) => {
          setDraft(null);
          setSaved(`Saved “${rule.title}”.`);
        }}
      />
    );
  }
  const firstScope = props.scopes[0]?.id ?? '';
  return (
    <div className="rules">
      <div className="rules__top">
        <p className="report-note">A rule turns a learner’s levels on a cluster’s standards into a report-card mark, with the reason in words.</p>
        <Button variant="primary" disabled={firstScope === ''} onClick={() => setDraft(newRuleDraft(firstScope, props.levels))}>
          Add a rule…
        </Button>
      </div>
      <p role="status" className="report-note">
        {saved !== null && (
          <>
            {saved}{' '}
            <Button small variant="quiet" onClick={props.onSeeMarks}>
              See the marks in the class report
            </Button>
          </>
        )}
      </p>
      {problem !== null && (
        <p role="alert" className="report-exports__problem">
          {problem}
        </p>
      )}
      {props.rules.length === 0 ? (
        <EmptyState icon="reports" title="No report-card rules yet">
          <p>For example: “Meets” when at least 75% of the cluster’s standards are at 3 or above and none is at 1. Add one to see each learner’s mark and why.</p>
        </EmptyState>
      ) : (
        <ul className="rules__list">
          {props.rules.map((rule) => (
            <li key={rule.ruleId} className="report-card">
              <h3 className="report-card__title">
                {rule.title} <span className="rules__scope">— {rule.scopeTitle}</span>
              </h3>
              <ul className="report-list">
                {rule.marks.map((mark, index) => (
                  <li key={index}>{markWords(mark, props.levels)}.</li>
                ))}
                <li>{rule.otherwise} otherwise.</li>
              </ul>
              <div className="rules__actions">
                <Button small onClick={() => setDraft(ruleDraftOf(rule))}>
                  Edit
                </Button>
                {deleting === rule.ruleId ? (
                  <>
                    <span>Delete “{rule.title}”? Marks made by it go too.</span>
                    <Button small variant="primary" onClick={() => void remove(rule)}>
                      Delete
                    </Button>
                    <Button small onClick={() => setDeleting(null)}>
                      Keep it
                    </Button>
                  </>
                ) : (
                  <Button small onClick={() => setDeleting(rule.ruleId)}>
                    Delete…
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function RuleForm(props: {
  draft: RuleDraft;
  levels: readonly ReportLevel[];
  scopes: readonly RuleScope[];
  onChange: (draft: RuleDraft) => void;
  onCancel: () => void;
  onSaved: (rule: ReportCardRule) => void;
}): JSX.Element {
  const { draft, levels } = props;
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const headingId = useId();
  const problemsId = useId();
  const setMark = (index: number, mark: MarkDraft) => props.onChange({ ...draft, marks: draft.marks.map((item, at) => (at === index ? mark : item)) });
  // the rule's own scope stays offered even when the class report no longer lists it
  const scopes = props.scopes.some((scope) => scope.id === draft.scopeId) || draft.scopeId === '' ? props.scopes : [...props.scopes, { id: draft.scopeId, title: 'The rule’s present standards' }];

  async function save(): Promise<void> {
    const checked = toRuleInput(draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      const rule = await enqueue(() => call('reports:saveRule', checked.input));
      props.onSaved(rule);
    } catch (error: unknown) {
      setProblems([`The rule was not saved: ${asContractError(error).message}`]);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="rule-form report-card"
      aria-labelledby={headingId}
      aria-busy={saving}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={headingId} className="report-card__title">
        {draft.ruleId === null ? 'A new report-card rule' : `Change “${draft.title}”`}
      </h3>
      <div className="form-grid">
        <Field label="Name" problem={problems.length > 0 ? problemsId : null}>
          {(control) => <input {...control} className="field" value={draft.title} placeholder="Number and operations" onChange={(event) => props.onChange({ ...draft, title: event.target.value })} />}
        </Field>
        <Field label="Marks the standards of">
          {(control) => (
            <select {...control} className="field" value={draft.scopeId} onChange={(event) => props.onChange({ ...draft, scopeId: event.target.value })}>
              {scopes.map((scope) => (
                <option key={scope.id} value={scope.id}>
                  {scope.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <p className="report-note">Marks are tried in order: a learner gets the first whose conditions all hold.</p>
      <ol className="rule-form__marks">
        {draft.marks.map((mark, index) => (
          <li key={index} className="rule-form__mark">
            <MarkFields
              mark={mark}
              index={index}
              levels={levels}
              onChange={(next) => setMark(index, next)}
              onRemove={draft.marks.length > 1 ? () => props.onChange({ ...draft, marks: draft.marks.filter((_, at) => at !== index) }) : null}
            />
          </li>
        ))}
      </ol>
      <Button small onClick={() => props.onChange({ ...draft, marks: [...draft.marks, { mark: '', conditions: [newCondition('share_at_least', levels)] }] })}>
        Add another mark
      </Button>
      <div className="form-grid">
        <Field label="Otherwise the mark is">
          {(control) => <input {...control} className="field" value={draft.otherwise} onChange={(event) => props.onChange({ ...draft, otherwise: event.target.value })} />}
        </Field>
      </div>
      {problems.length > 0 && (
        <div id={problemsId} role="alert" className="report-exports__problem">
          <ul className="report-list">
            {problems.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="family-form__actions">
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save the rule'}
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

function MarkFields(props: { mark: MarkDraft; index: number; levels: readonly ReportLevel[]; onChange: (mark: MarkDraft) => void; onRemove: (() => void) | null }): JSX.Element {
  const { mark, levels } = props;
  const setCondition = (index: number, condition: ConditionDraft) => props.onChange({ ...mark, conditions: mark.conditions.map((item, at) => (at === index ? condition : item)) });
  const name = mark.mark.trim() === '' ? `mark ${props.index + 1}` : `“${mark.mark.trim()}”`;
  return (
    <fieldset className="rule-form__fieldset">
      <legend className="visually-hidden">Mark {props.index + 1}</legend>
      <div className="rule-form__line">
        <Field label={`Mark ${props.index + 1}`}>
          {(control) => <input {...control} className="field rule-form__mark-name" value={mark.mark} placeholder="Meets" onChange={(event) => props.onChange({ ...mark, mark: event.target.value })} />}
        </Field>
        <span>when all of these hold:</span>
        {props.onRemove && (
          <Button small variant="quiet" onClick={props.onRemove}>
            Remove {name}
          </Button>
        )}
      </div>
      <ul className="rule-form__conditions">
        {mark.conditions.map((condition, index) => (
          <li key={index} className="rule-form__line">
            <ConditionFields
              condition={condition}
              levels={levels}
              label={`${name}, condition ${index + 1}`}
              onChange={(next) => setCondition(index, next)}
              onRemove={mark.conditions.length > 1 ? () => props.onChange({ ...mark, conditions: mark.conditions.filter((_, at) => at !== index) }) : null}
            />
          </li>
        ))}
      </ul>
      <Button small onClick={() => props.onChange({ ...mark, conditions: [...mark.conditions, newCondition('none_at_or_below', levels)] })}>
        Add a condition to {name}
      </Button>
    </fieldset>
  );
}

function ConditionFields(props: { condition: ConditionDraft; levels: readonly ReportLevel[]; label: string; onChange: (condition: ConditionDraft) => void; onRemove: (() => void) | null }): JSX.Element {
  const { condition } = props;
  const levelSelect = (
    <Field label={<span className="visually-hidden">{`${props.label}: level`}</span>}>
      {(control) => (
        <select {...control} className="field rule-form__level" value={condition.level} onChange={(event) => props.onChange({ ...condition, level: event.target.value })}>
          {props.levels.map((level) => (
            <option key={level.value} value={String(level.value)}>
              {level.label} ({level.value})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <>
      <Field label={<span className="visually-hidden">{`${props.label}: share of the standards, number of standards, or none at a low level`}</span>}>
        {(control) => (
          <select
            {...control}
            className="field rule-form__kind"
            value={condition.kind}
            onChange={(event) => props.onChange({ ...condition, kind: event.target.value as ReportCardConditionKind })}
          >
            {conditionKinds.map((item) => (
              <option key={item.kind} value={item.kind}>
                {item.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {condition.kind === 'share_at_least' && (
        <>
          <Field label={<span className="visually-hidden">{`${props.label}: more than, or at least`}</span>}>
            {(control) => (
              <select {...control} className="field rule-form__strict" value={condition.strictly ? 'more' : 'least'} onChange={(event) => props.onChange({ ...condition, strictly: event.target.value === 'more' })}>
                <option value="least">at least</option>
                <option value="more">more than</option>
              </select>
            )}
          </Field>
          <Field label={<span className="visually-hidden">{`${props.label}: percent`}</span>}>
            {(control) => <input {...control} className="field rule-form__number" inputMode="decimal" value={condition.percent} onChange={(event) => props.onChange({ ...condition, percent: event.target.value })} />}
          </Field>
          <span>% of the standards at</span>
          {levelSelect}
          <span>or above</span>
        </>
      )}
      {condition.kind === 'count_at_least' && (
        <>
          <span>at least</span>
          <Field label={<span className="visually-hidden">{`${props.label}: how many standards`}</span>}>
            {(control) => <input {...control} className="field rule-form__number" inputMode="numeric" value={condition.count} onChange={(event) => props.onChange({ ...condition, count: event.target.value })} />}
          </Field>
          <span>standards at</span>
          {levelSelect}
          <span>or above</span>
        </>
      )}
      {condition.kind === 'none_at_or_below' && (
        <>
          <span>no standard at</span>
          {levelSelect}
          <span>or below</span>
        </>
      )}
      {props.onRemove && (
        <Button small variant="quiet" onClick={props.onRemove}>
          Remove this condition
        </Button>
      )}
    </>
  );
}
