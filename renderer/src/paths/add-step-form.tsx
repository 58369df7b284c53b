import { useEffect, useState, type JSX } from 'react';
import { activityModalities, type ActivityModality, type ContractError, type ProgressionStandard } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { Button } from '../ui/button.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { Field } from '../ui/field.js';
import { standardLabel } from './board-model.js';
import { modalityWords } from './path-words.js';

/**
 * Extends a learner's own path with one more step at the end: a standard the class tracks (those not
 * on the path yet first) and, if the teacher has one in mind, an activity to offer for it.
 */
export function AddStepForm(props: { classId: string; learnerId: string; pathId: string; onPath: readonly string[]; onDone: () => void }): JSX.Element {
  const [standards, setStandards] = useState<ProgressionStandard[] | null>(null);
  const [standardId, setStandardId] = useState('');
  const [modality, setModality] = useState<ActivityModality>('small_group');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ContractError | null>(null);

  useEffect(() => {
    let current = true;
    call('paths:readiness', { classId: props.classId }).then(
      (value) => {
        if (!current) return;
        const taken = new Set(props.onPath);
        const ordered = [...value.standards.filter((s) => !taken.has(s.standardId)), ...value.standards.filter((s) => taken.has(s.standardId))];
        setStandards(ordered);
        setStandardId(ordered[0]?.standardId ?? '');
      },
      (error: unknown) => current && setProblem(asContractFailure(error).toContractError()),
    );
    return () => {
      current = false;
    };
  }, [props.classId, props.onPath]);

  async function add(): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      const options = title.trim() === '' ? [] : [{ modality, title: title.trim(), link: null }];
      await call('paths:addStep', { learnerId: props.learnerId, pathId: props.pathId, standardId, options });
      props.onDone();
    } catch (error) {
      setProblem(asContractFailure(error).toContractError());
      setBusy(false);
    }
  }

  return (
    <form
      className="add-step no-print"
      aria-label="Add a step"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      {standards === null && !problem && <p className="paths-hint">Reading the class’s standards…</p>}
      {standards !== null && (
        <>
          <Field label="Standard">
            {(control) => (
              <select {...control} className="field field--select" value={standardId} onChange={(event) => setStandardId(event.target.value)}>
                {standards.map((standard) => (
                  <option key={standard.standardId} value={standard.standardId}>
                    {standardLabel(standard)} — {standard.statement.length > 60 ? `${standard.statement.slice(0, 59).trimEnd()}…` : standard.statement}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Kind">
            {(control) => (
              <select {...control} className="field field--select" value={modality} onChange={(event) => setModality(activityModalities.find((m) => m === event.target.value) ?? 'small_group')}>
                {activityModalities.map((value) => (
                  <option key={value} value={value}>
                    {modalityWords[value]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Activity (optional)">
            {(control) => <input {...control} className="field" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />}
          </Field>
          <Button type="submit" small variant="primary" disabled={busy || standardId === ''}>
            Add the step
          </Button>
        </>
      )}
      <Button small variant="quiet" onClick={props.onDone}>
        Cancel
      </Button>
      {problem && <ErrorPanel error={problem} compact title="The step was not added" />}
    </form>
  );
}
