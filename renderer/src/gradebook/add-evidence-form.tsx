import { useEffect, useId, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import type { EvidenceKind, EvidenceSource, Scale } from '../../../preload/contract/index.js';
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
import { kindHints, kindLabels, sourceLabels } from './evidence-words.js';
import { modalities } from './modalities.js';
import { Button } from '../ui/button.js';

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
  const invalid = (field: DraftField) => (problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {});

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
      <div className="add-evidence__fields">
        <label htmlFor={fieldId('level')} className="field-label">
          Level
        </label>
        <select
          id={fieldId('level')}
          className="field field--select"
          value={draft.level}
          // the teacher just asked to add evidence: start where it starts
          autoFocus
          onChange={(event) => change({ level: event.target.value })}
          {...invalid('level')}
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

        <label htmlFor={fieldId('observedOn')} className="field-label">
          Observed
        </label>
        <input
          id={fieldId('observedOn')}
          type="date"
          className="field field--date"
          value={draft.observedOn}
          onChange={(event) => change({ observedOn: event.target.value, confirmFuture: false })}
          {...invalid('observedOn')}
        />
        {future && (
          <label className="check check--warn add-evidence__span">
            <input
              id={fieldId('confirmFuture')}
              type="checkbox"
              checked={draft.confirmFuture}
              onChange={(event) => change({ confirmFuture: event.target.checked })}
              {...invalid('confirmFuture')}
            />
            Yes, this date is in the future
          </label>
        )}

        <label htmlFor={`${id}-kind`} className="field-label">
          Kind
        </label>
        <select
          id={`${id}-kind`}
          className="field field--select"
          value={draft.kind}
          aria-describedby={`${id}-kind-hint`}
          onChange={(event) => change({ kind: event.target.value as EvidenceKind })}
        >
          {(Object.keys(kindLabels) as EvidenceKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {kindLabels[kind]}
            </option>
          ))}
        </select>
        {/* the plain-language meaning of the chosen kind, whole: a select would cut it short */}
        <p id={`${id}-kind-hint`} className="add-evidence__hint add-evidence__span">
          {kindHints[draft.kind]}
        </p>

        <label htmlFor={`${id}-modality`} className="field-label">
          Modality
        </label>
        <select id={`${id}-modality`} className="field field--select" value={draft.modality} onChange={(event) => change({ modality: event.target.value })}>
          <option value="">Not said</option>
          {Object.entries(modalities).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>

        <label htmlFor={`${id}-source`} className="field-label">
          Source
        </label>
        <select
          id={`${id}-source`}
          className="field field--select"
          value={draft.source}
          onChange={(event) => change({ source: event.target.value as EvidenceSource })}
        >
          {(Object.keys(sourceLabels) as EvidenceSource[]).map((source) => (
            <option key={source} value={source}>
              {sourceLabels[source]}
            </option>
          ))}
        </select>
      </div>

      {outside && (
        <div className="add-evidence__wide">
          <label htmlFor={fieldId('sourceDescription')} className="field-label">
            Where did this learning happen?
          </label>
          <input
            id={fieldId('sourceDescription')}
            className="field"
            value={draft.sourceDescription}
            required
            aria-required="true"
            maxLength={500}
            placeholder="e.g. Library maker club: built a cube tower"
            onChange={(event) => change({ sourceDescription: event.target.value })}
            {...invalid('sourceDescription')}
          />
        </div>
      )}

      <div className="add-evidence__wide">
        <label htmlFor={fieldId('feedback')} className="field-label">
          Feedback <span className="add-evidence__optional">(optional)</span>
        </label>
        <textarea
          id={fieldId('feedback')}
          className="field field--area"
          rows={2}
          value={draft.noFeedbackNeeded ? '' : draft.feedback}
          disabled={draft.noFeedbackNeeded}
          placeholder={draft.noFeedbackNeeded ? 'No feedback needed' : 'Specific and tied to the standard'}
          onChange={(event) => change({ feedback: event.target.value })}
          {...invalid('feedback')}
        />
        <label className="check">
          <input type="checkbox" checked={draft.noFeedbackNeeded} onChange={(event) => change({ noFeedbackNeeded: event.target.checked })} />
          No feedback needed
        </label>
      </div>

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
