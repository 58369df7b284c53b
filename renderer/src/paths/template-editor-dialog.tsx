import { useId, useState, type JSX } from 'react';
import { activityModalities, type ActivityModality, type ContractError, type PathTemplate, type ProgressionStandard } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { Button } from '../ui/button.js';
import { Dialog } from '../ui/dialog.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { Field } from '../ui/field.js';
import { standardLabel } from './board-model.js';
import { modalityWords } from './path-words.js';
import { draftFrom, emptyOption, moved, nextStandard, templateRequest, type DraftOption, type DraftStep } from './template-draft.js';

/**
 * Makes or edits a class's path template: a title, then steps in order, each a tracked standard with
 * the activities a learner may choose from (a modality, a title, a link or note if there is one).
 */
export function TemplateEditorDialog(props: {
  classId: string;
  standards: readonly ProgressionStandard[];
  template: PathTemplate | null;
  onClose: () => void;
  onSaved: (template: PathTemplate) => void;
}): JSX.Element {
  const id = useId();
  const [draft, setDraft] = useState(() => draftFrom(props.template));
  const [problem, setProblem] = useState<string | null>(null);
  const [refused, setRefused] = useState<ContractError | null>(null);
  const [saving, setSaving] = useState(false);

  // a change answers the last "what to fix", so that sentence goes until the next save is tried
  const setSteps = (update: (steps: DraftStep[]) => DraftStep[]) => {
    setProblem(null);
    setDraft((now) => ({ ...now, steps: update(now.steps) }));
  };
  const setStep = (index: number, update: (step: DraftStep) => DraftStep) => setSteps((steps) => steps.map((step, at) => (at === index ? update(step) : step)));
  const setOption = (index: number, optionAt: number, change: Partial<DraftOption>) =>
    setStep(index, (step) => ({ ...step, options: step.options.map((option, at) => (at === optionAt ? { ...option, ...change } : option)) }));

  function addStep(): void {
    const standardId = nextStandard(props.standards, draft.steps);
    if (standardId !== null) setSteps((steps) => [...steps, { standardId, options: [emptyOption()] }]);
  }

  async function save(): Promise<void> {
    const result = templateRequest(props.classId, props.template?.templateId ?? null, draft);
    if ('problem' in result) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    setRefused(null);
    setSaving(true);
    try {
      props.onSaved(await call('paths:saveTemplate', result.request));
    } catch (error) {
      setRefused(asContractFailure(error).toContractError());
      setSaving(false);
    }
  }

  return (
    <Dialog labelledBy={`${id}-title`} onClose={props.onClose} className="template-editor" busy={saving}>
      <form
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id={`${id}-title`} className="dialog__title">
          {props.template ? `Edit “${props.template.title}”` : 'New path template'}
        </h2>
        <Field label="Title" layout="stack">
          {(control) => <input {...control} className="field" value={draft.title} maxLength={200} autoFocus onChange={(event) => {
                setProblem(null);
                setDraft({ ...draft, title: event.target.value });
              }} />}
        </Field>
        <ol className="template-editor__steps" aria-label="Steps of the path, in order">
          {draft.steps.map((step, index) => (
            <li key={index} className="template-editor__step">
              <div className="template-editor__step-head">
                <Field label={`Step ${index + 1}`}>
                  {(control) => (
                    <select {...control} className="field field--select" value={step.standardId} onChange={(event) => setStep(index, (now) => ({ ...now, standardId: event.target.value }))}>
                      {props.standards.map((standard) => (
                        <option key={standard.standardId} value={standard.standardId}>
                          {standardLabel(standard)} — {standard.statement.length > 70 ? `${standard.statement.slice(0, 69).trimEnd()}…` : standard.statement}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Button small variant="quiet" aria-label={`Move step ${index + 1} up`} disabled={index === 0} onClick={() => setSteps((steps) => moved(steps, index, index - 1))}>
                  ↑
                </Button>
                <Button small variant="quiet" aria-label={`Move step ${index + 1} down`} disabled={index === draft.steps.length - 1} onClick={() => setSteps((steps) => moved(steps, index, index + 1))}>
                  ↓
                </Button>
                <Button small variant="quiet" onClick={() => setSteps((steps) => steps.filter((_, at) => at !== index))}>
                  Remove step {index + 1}
                </Button>
              </div>
              {step.options.map((option, optionAt) => (
                <fieldset key={optionAt} className="template-editor__option">
                  <legend className="template-editor__option-legend">
                    Step {index + 1}, option {optionAt + 1}
                  </legend>
                  <Field label="Kind">
                    {(control) => (
                      <select {...control} className="field field--select" value={option.modality} onChange={(event) => setOption(index, optionAt, { modality: modalityOf(event.target.value) })}>
                        {activityModalities.map((modality) => (
                          <option key={modality} value={modality}>
                            {modalityWords[modality]}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field label="Activity">
                    {(control) => <input {...control} className="field" value={option.title} maxLength={200} placeholder="What the learner does" onChange={(event) => setOption(index, optionAt, { title: event.target.value })} />}
                  </Field>
                  <Field label="Link or note">
                    {(control) => <input {...control} className="field" value={option.link} maxLength={2000} placeholder="Optional" onChange={(event) => setOption(index, optionAt, { link: event.target.value })} />}
                  </Field>
                  <Button small variant="quiet" onClick={() => setStep(index, (now) => ({ ...now, options: now.options.filter((_, at) => at !== optionAt) }))}>
                    Remove option
                  </Button>
                </fieldset>
              ))}
              <Button small disabled={step.options.length >= 8} onClick={() => setStep(index, (now) => ({ ...now, options: [...now.options, emptyOption()] }))}>
                Add an option to step {index + 1}
              </Button>
            </li>
          ))}
        </ol>
        <p>
          <Button onClick={addStep}>Add a step</Button>
        </p>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        {refused && <ErrorPanel error={refused} compact title="The path template was not saved" />}
        <div className="dialog__actions">
          <Button onClick={props.onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save the template'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function modalityOf(value: string): ActivityModality {
  return activityModalities.find((modality) => modality === value) ?? 'small_group';
}
