import { useId, useState, type JSX } from 'react';
import type { PathStep, StepStatus } from '../../../preload/contract/index.js';
import { shortCode } from '../../../preload/contract/index.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { PlannedDates } from './planned-dates.js';
import { modalityWords, stepStatusWords } from './path-words.js';
import { readinessClass, readinessWords } from './readiness-words.js';

export type StepChange = { chosenOption?: string | null; status?: StepStatus; skipReason?: string; plannedStartOn?: string | null; plannedEndOn?: string | null };

/** The status buttons, in the order a learner goes through a step; skipping asks why first. */
const statusButtons = ['working', 'evidence_submitted', 'not_started'] as const satisfies readonly StepStatus[];

export function stepLabel(step: Pick<PathStep, 'code' | 'statement'>): string {
  return shortCode(step.code) ?? step.statement;
}

/**
 * One step of a learner's path: what it targets, its status and readiness, the options the learner
 * chooses from, the status buttons (mastered is never a button: it comes from evidence) and moving it.
 */
export function PathStepCard(props: {
  step: PathStep;
  position: number;
  count: number;
  busy: boolean;
  onChange: (change: StepChange) => void;
  onMove: (position: number) => void;
}): JSX.Element {
  const { step, position } = props;
  const id = useId();
  const [skipping, setSkipping] = useState(false);
  const [reason, setReason] = useState('');
  // the choice shows at once; the path read back after the write confirms it (or the page says it failed)
  const [picked, setPicked] = useState<string | null>(null);
  const chosen = picked ?? step.chosenOption;
  const label = stepLabel(step);
  const mastered = step.status === 'mastered';
  const names = ['path-step', `path-step--${step.status.replaceAll('_', '-')}`, step.suggested ? 'path-step--next' : ''].filter(Boolean).join(' ');

  return (
    <li className={names} aria-labelledby={`${id}-title`}>
      <div className="path-step__head">
        <span className="path-step__number" aria-hidden="true">
          {position + 1}
        </span>
        <div className="path-step__what">
          {step.suggested && <p className="path-step__next-badge">Next</p>}
          <h3 id={`${id}-title`} className="path-step__title">
            <span className="path-step__code">{label}</span>
            {step.code !== null && <span className="path-step__statement"> {step.statement}</span>}
          </h3>
          <p className="path-step__state">
            <span className={`path-step__status path-step__status--${step.status.replaceAll('_', '-')}`}>{stepStatusWords[step.status]}</span>
            {/* mastered says it all; otherwise the board's colour says how ready the learner is for it */}
            {!mastered && (
              <span className={`path-step__readiness ${readinessClass(step.readiness)}`}>
                Readiness: <span aria-hidden="true">{readinessWords[step.readiness].mark}</span> {readinessWords[step.readiness].label}
              </span>
            )}
            {step.status === 'skipped' && step.skipReason && <span className="path-step__reason">Skipped because: {step.skipReason}</span>}
          </p>
        </div>
        <div className="path-step__move no-print">
          <Button small variant="quiet" disabled={props.busy || position === 0} aria-label={`Move ${label} up`} onClick={() => props.onMove(position - 1)}>
            ↑ Up
          </Button>
          <Button small variant="quiet" disabled={props.busy || position === props.count - 1} aria-label={`Move ${label} down`} onClick={() => props.onMove(position + 1)}>
            ↓ Down
          </Button>
        </div>
      </div>

      {step.options.length > 0 && (
        <fieldset className="path-step__options">
          <legend className="path-step__legend">How to work on {label}</legend>
          {step.options.map((option) => (
            <label key={option.title} className="path-step__option">
              <input
                type="radio"
                name={`${id}-option`}
                value={option.title}
                checked={chosen === option.title}
                disabled={props.busy}
                onChange={() => {
                  setPicked(option.title);
                  props.onChange({ chosenOption: option.title });
                }}
              />
              <span className="path-step__modality">{modalityWords[option.modality]}</span>
              <span>{option.title}</span>
              {option.link && <span className="path-step__link">{option.link}</span>}
            </label>
          ))}
        </fieldset>
      )}
      {step.options.length === 0 && <p className="path-step__hint">No activities offered for this step yet.</p>}

      {step.status !== 'skipped' && <PlannedDates step={step} label={label} busy={props.busy} readOnly={mastered} onChange={props.onChange} />}

      {mastered ? (
        <p className="path-step__hint">Mastered, from the evidence in the gradebook.</p>
      ) : (
        <div className="path-step__actions no-print" role="group" aria-label={`Status of ${label}`}>
          {statusButtons.map((status) => (
            <Button key={status} small aria-pressed={step.status === status} disabled={props.busy || step.status === status} onClick={() => props.onChange({ status })}>
              {stepStatusWords[status]}
            </Button>
          ))}
          {step.status !== 'skipped' && !skipping && (
            <Button small variant="quiet" disabled={props.busy} onClick={() => setSkipping(true)}>
              Skip…
            </Button>
          )}
        </div>
      )}
      {skipping && !mastered && (
        <form
          className="path-step__skip no-print"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() === '') return;
            props.onChange({ status: 'skipped', skipReason: reason.trim() });
            setSkipping(false);
            setReason('');
          }}
        >
          <Field label={`Why skip ${label}?`} layout="stack">
            {(control) => <input {...control} className="field" value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />}
          </Field>
          <Button type="submit" small variant="primary" disabled={reason.trim() === '' || props.busy}>
            Skip this step
          </Button>
          <Button small variant="quiet" onClick={() => setSkipping(false)}>
            Cancel
          </Button>
        </form>
      )}
    </li>
  );
}
