import { useEffect, useId, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import type { Scale } from '../../../preload/contract/index.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { useGridStore } from './grid-store.js';
import { formatIsoDate } from '../format/calendar-date.js';
import {
  checkEvidenceDraft,
  isFutureDate,
  levelOptions,
  newEvidenceDraft,
  noLevel,
  recordedLabel,
  refusedField,
  type CellRef,
  type DraftField,
  type EvidenceDraft,
} from './evidence-draft.js';
import { kindHints } from './evidence-words.js';
import { evidenceKindOf, evidenceSourceOf, KindOptions, ModalityOptions, SourceOptions } from './evidence-options.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import './add-evidence-form.css';

type Problem = { field: DraftField | null; message: string };

/**
 * One piece of evidence recorded on this learner × standard with all its details — kind, modality,
 * where the learning happened (in class or out of it) and feedback. The grid's entry mode scores a
 * class on one task; this is the single observation. Saved through the grid store, so it queues behind
 * other writes, shows the grid busy, and Undo takes it back like a typed entry.
 */
export function AddEvidenceForm(props: { cell: CellRef; learner: string; code: string; scale: Scale; today: string }): JSX.Element {
  const { cell, scale, today } = props;
  const id = useId();
  const recordOne = useGridStore((state) => state.recordOne);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<EvidenceDraft>(() => newEvidenceDraft(today));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // a second Ctrl+Enter before React re-renders must not record the evidence twice
  const inFlight = useRef(false);

  // back on the button that opened the form, so Escape again closes the panel and Tab goes on from here
  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      opener.current?.focus();
    }
  }, [open]);

  const fieldId = (field: DraftField) => `${id}-${field}`;
  const change = (changes: Partial<EvidenceDraft>) => {
    setDraft((current) => ({ ...current, ...changes }));
    setProblem(null);
  };
  const close = () => {
    returnFocus.current = true;
    setOpen(false);
    setProblem(null);
  };
  const showProblem = (found: Problem) => {
    setProblem(found);
    if (found.field) document.getElementById(fieldId(found.field))?.focus();
  };

  async function save(): Promise<void> {
    if (inFlight.current) return;
    const checked = checkEvidenceDraft(draft, scale, today, cell);
    if (!checked.ok) return showProblem(checked);
    inFlight.current = true;
    setSaving(true);
    setProblem(null);
    try {
      const { evidence } = await recordOne(checked.request, recordedLabel(checked.request, props.learner, props.code));
      setSaved(`Recorded ${recordedLabel(evidence, props.learner, props.code)}, observed ${formatIsoDate(evidence.observedOn)}.`);
      setDraft(newEvidenceDraft(today));
      close();
    } catch (error) {
      const failure = asContractFailure(error);
      showProblem({ field: refusedField(failure.details), message: failure.message });
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    if (event.key === 'Escape') {
      // the form first; the panel's own Escape comes next time
      event.stopPropagation();
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      // Enter in a one-line field would submit half a thought; Save (or Ctrl+Enter) does that
      event.preventDefault();
    }
  }

  if (!open) {
    return (
      <div className="add-evidence add-evidence--closed">
        <Button
          ref={opener}
          small
          onClick={() => {
            setSaved(null);
            setOpen(true);
          }}
        >
          Add evidence…
        </Button>
        {saved && (
          <p className="add-evidence__saved" role="status">
            {saved}
          </p>
        )}
      </div>
    );
  }

  const outside = draft.source !== 'class';
  const future = isFutureDate(draft.observedOn, today);
  /** The id of the sentence that says what is wrong with this field, while something is. */
  const problemOf = (field: DraftField) => (problem?.field === field ? `${id}-problem` : null);

  return (
    <form
      className="add-evidence add-evidence--form"
      aria-labelledby={`${id}-title`}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={`${id}-title`} className="add-evidence__title">
        Add evidence
      </h3>
      <div className="form-grid form-grid--compact">
        <Field label="Level" id={fieldId('level')} problem={problemOf('level')}>
          {(control) => (
            <select
              {...control}
              className="field field--select"
              value={draft.level}
              // the teacher just asked to add evidence: start where it starts
              autoFocus
              onChange={(event) => change({ level: event.target.value })}
            >
              <option value="" disabled>
                Choose a level…
              </option>
              {levelOptions(scale).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.text}
                </option>
              ))}
              <option value={noLevel}>No level (observed, not scored)</option>
            </select>
          )}
        </Field>

        <Field label="Observed" id={fieldId('observedOn')} problem={problemOf('observedOn')}>
          {(control) => (
            <input
              {...control}
              type="date"
              className="field field--date"
              value={draft.observedOn}
              onChange={(event) => change({ observedOn: event.target.value, confirmFuture: false })}
            />
          )}
        </Field>
        {future && (
          <label className="check check--warn form-grid__under">
            <input
              id={fieldId('confirmFuture')}
              type="checkbox"
              checked={draft.confirmFuture}
              onChange={(event) => change({ confirmFuture: event.target.checked })}
              aria-invalid={problemOf('confirmFuture') === null ? undefined : true}
              aria-describedby={problemOf('confirmFuture') ?? undefined}
            />
            Yes, this date is in the future
          </label>
        )}

        {/* the plain-language meaning of the chosen kind, whole, as the hint: a select would cut it short */}
        <Field label="Kind" hint={kindHints[draft.kind]}>
          {(control) => (
            <select {...control} className="field field--select" value={draft.kind} onChange={(event) => change({ kind: evidenceKindOf(event.target.value) })}>
              <KindOptions />
            </select>
          )}
        </Field>

        <Field label="Modality">
          {(control) => (
            <select {...control} className="field field--select" value={draft.modality} onChange={(event) => change({ modality: event.target.value })}>
              <ModalityOptions />
            </select>
          )}
        </Field>

        <Field label="Source">
          {(control) => (
            <select {...control} className="field field--select" value={draft.source} onChange={(event) => change({ source: evidenceSourceOf(event.target.value) })}>
              <SourceOptions />
            </select>
          )}
        </Field>
      </div>

      {outside && (
        <Field layout="stack" label="Where did this learning happen?" id={fieldId('sourceDescription')} problem={problemOf('sourceDescription')}>
          {(control) => (
            <input
              {...control}
              className="field"
              value={draft.sourceDescription}
              required
              aria-required="true"
              maxLength={500}
              placeholder="e.g. Library maker club: built a cube tower"
              onChange={(event) => change({ sourceDescription: event.target.value })}
            />
          )}
        </Field>
      )}

      <Field
        layout="stack"
        label={
          <>
            Feedback <span className="add-evidence__optional">(optional)</span>
          </>
        }
        id={fieldId('feedback')}
        problem={problemOf('feedback')}
      >
        {(control) => (
          <>
            <textarea
              {...control}
              className="field field--area"
              rows={2}
              value={draft.noFeedbackNeeded ? '' : draft.feedback}
              disabled={draft.noFeedbackNeeded}
              placeholder={draft.noFeedbackNeeded ? 'No feedback needed' : 'Specific and tied to the standard'}
              onChange={(event) => change({ feedback: event.target.value })}
            />
            <label className="check add-evidence__no-feedback">
              <input type="checkbox" checked={draft.noFeedbackNeeded} onChange={(event) => change({ noFeedbackNeeded: event.target.checked })} />
              No feedback needed
            </label>
          </>
        )}
      </Field>

      {problem && (
        <p id={`${id}-problem`} className="form-error" role="alert">
          {problem.message}
        </p>
      )}
      <div className="add-evidence__actions">
        <Button type="submit" variant="primary" small disabled={saving}>
          {saving ? 'Saving…' : 'Save evidence'}
        </Button>
        <Button small onClick={close}>
          Cancel
        </Button>
        <span className="add-evidence__keys">Ctrl+Enter saves · Esc cancels</span>
      </div>
    </form>
  );
}
