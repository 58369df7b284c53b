import { useId, useState, type JSX } from 'react';
import type { PathStep } from '../../../preload/contract/index.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import type { StepChange } from './path-step-card.js';

/**
 * A step's planned dates: when the learner means to start and finish it. Shown as words (and printed);
 * "Plan dates…" opens two date fields, saved together. An end before the start is said, not saved.
 */
export function PlannedDates(props: {
  step: PathStep;
  label: string;
  busy: boolean;
  /** A mastered step: its dates, if any, are said but no longer planned. */
  readOnly?: boolean;
  onChange: (change: StepChange) => void;
}): JSX.Element | null {
  const { step, label } = props;
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [start, setStart] = useState(step.plannedStartOn ?? '');
  const [end, setEnd] = useState(step.plannedEndOn ?? '');
  const backwards = start !== '' && end !== '' && end < start;
  const planned = plannedWords(step.plannedStartOn, step.plannedEndOn);

  if (props.readOnly) return planned ? <p className="path-step__planned">{planned}</p> : null;
  if (!editing) {
    return (
      <p className="path-step__planned">
        {planned ?? <span className="path-step__planned-none">No dates planned.</span>}{' '}
        <Button
          small
          variant="quiet"
          className="no-print"
          disabled={props.busy}
          aria-label={`Plan dates for ${label}…`}
          onClick={() => {
            setStart(step.plannedStartOn ?? '');
            setEnd(step.plannedEndOn ?? '');
            setEditing(true);
          }}
        >
          {planned ? 'Change dates…' : 'Plan dates…'}
        </Button>
      </p>
    );
  }
  return (
    <form
      className="path-step__dates no-print"
      aria-label={`Planned dates for ${label}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (backwards) return;
        props.onChange({ plannedStartOn: start === '' ? null : start, plannedEndOn: end === '' ? null : end });
        setEditing(false);
      }}
    >
      <Field label="Start" layout="stack">
        {(control) => <input {...control} type="date" className="field field--date" value={start} onChange={(event) => setStart(event.target.value)} />}
      </Field>
      <Field label="Finish by" layout="stack" problem={backwards ? `${id}-backwards` : null}>
        {(control) => <input {...control} type="date" className="field field--date" value={end} min={start || undefined} onChange={(event) => setEnd(event.target.value)} />}
      </Field>
      <Button type="submit" small variant="primary" disabled={props.busy || backwards}>
        Save the dates
      </Button>
      <Button small onClick={() => setEditing(false)}>
        Cancel
      </Button>
      {backwards && (
        <p id={`${id}-backwards`} className="path-step__dates-problem" role="alert">
          The finish date is before the start; choose a finish on or after {formatIsoDate(start)}.
        </p>
      )}
    </form>
  );
}

/** "Planned 12 Jan – 23 Jan", "Planned from 12 Jan", "Planned to finish by 23 Jan", or null with neither. */
export function plannedWords(startOn: string | null, endOn: string | null): string | null {
  if (startOn && endOn) return `Planned ${formatIsoDate(startOn)} – ${formatIsoDate(endOn)}`;
  if (startOn) return `Planned to start ${formatIsoDate(startOn)}`;
  if (endOn) return `Planned to finish by ${formatIsoDate(endOn)}`;
  return null;
}
