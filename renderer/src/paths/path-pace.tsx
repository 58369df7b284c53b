import { useState, type JSX } from 'react';
import type { LearnerPath } from '../../../preload/contract/index.js';
import { localToday } from '../../../preload/contract/shared.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { closeMarks, paceLine } from './pace-line.js';
import './path-pace.css';

/** The pace in a word or two, without judging the learner. */
const paceStatusWords = {
  finished: 'Complete',
  not_started: 'Pace to come',
  ahead: 'Ahead of the date',
  on_track: 'Around the date',
  behind: 'Needs more time',
} as const satisfies Record<LearnerPath['pace']['status'], string>;

/**
 * The pace against the learner's target date (or the end of term): a line from the day the path began
 * with today, the date and the likely finish window on it, and the learner's own target date to set,
 * change or clear.
 */
export function PathPace(props: { path: LearnerPath; busy: boolean; onTarget: (targetOn: string | null) => void }): JSX.Element {
  const { path } = props;
  const today = localToday();
  const line = paceLine(path.startedOn, today, path.pace);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(path.targetOn ?? '');
  const dateName = path.targetOn !== null ? 'target date' : 'end of term';
  const tooEarly = value !== '' && value < path.startedOn;
  const deadlineLabel = path.targetOn !== null ? 'Target' : 'Term ends';
  // two marks side by side would print their labels over each other: the first says both
  const close = line !== null && line.deadline !== null && Math.abs(line.deadline - line.today) < closeMarks;

  return (
    <div className="path-pace">
      <p className="path-pace__status">
        <span className={`path-pace__pill path-pace__pill--${path.pace.status.replaceAll('_', '-')}`}>{paceStatusWords[path.pace.status]}</span>
        {path.pace.deadline !== null && (
          <span className="path-pace__against">
            against the {dateName}, {formatIsoDate(path.pace.deadline)}
          </span>
        )}
      </p>
      {line && (
        <div
          className="path-pace__line"
          role="img"
          aria-label={`From ${formatIsoDate(path.startedOn)} to ${formatIsoDate(line.endsOn)}: today${path.pace.deadline !== null ? `, the ${dateName}` : ''}${line.finish ? ', and when the path is likely done' : ''}.`}
        >
          <span className="path-pace__track" />
          {line.finish && (
            <span className="path-pace__finish" style={{ left: `${line.finish.from * 100}%`, width: `${((line.finish.to ?? 1) - line.finish.from) * 100}%` }} title="Likely done in this window" />
          )}
          <span className="path-pace__mark path-pace__mark--today" style={{ left: `${line.today * 100}%` }}>
            <span className={labelClass(line.today)}>{close ? `Today · ${deadlineLabel}` : 'Today'}</span>
          </span>
          {line.deadline !== null && (
            <span className="path-pace__mark path-pace__mark--deadline" style={{ left: `${line.deadline * 100}%` }}>
              {!close && <span className={labelClass(line.deadline)}>{deadlineLabel}</span>}
            </span>
          )}
          <span className="path-pace__ends path-pace__ends--start">{formatIsoDate(path.startedOn)}</span>
          <span className="path-pace__ends path-pace__ends--end">{formatIsoDate(line.endsOn)}</span>
        </div>
      )}
      {editing ? (
        <form
          className="path-pace__target no-print"
          aria-label="Target date"
          onSubmit={(event) => {
            event.preventDefault();
            if (value === '' || tooEarly) return;
            props.onTarget(value);
            setEditing(false);
          }}
        >
          <Field label="The learner’s target date" layout="stack" hint={tooEarly ? undefined : 'Pace is measured against it instead of the end of term.'} problem={tooEarly ? 'path-pace-too-early' : null}>
            {(control) => <input {...control} type="date" className="field field--date" value={value} min={path.startedOn} onChange={(event) => setValue(event.target.value)} />}
          </Field>
          {tooEarly && (
            <p id="path-pace-too-early" className="path-pace__problem" role="alert">
              The path began on {formatIsoDate(path.startedOn)}; choose a date after that.
            </p>
          )}
          <Button type="submit" small variant="primary" disabled={props.busy || value === '' || tooEarly}>
            Save the target
          </Button>
          <Button small onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </form>
      ) : (
        <p className="path-pace__actions no-print">
          <Button
            small
            disabled={props.busy}
            onClick={() => {
              setValue(path.targetOn ?? '');
              setEditing(true);
            }}
          >
            {path.targetOn === null ? 'Set a target date…' : 'Change the target date…'}
          </Button>
          {path.targetOn !== null && (
            <Button small variant="quiet" disabled={props.busy} onClick={() => props.onTarget(null)}>
              Clear the target (use the end of term)
            </Button>
          )}
        </p>
      )}
    </div>
  );
}

/** A label near either end of the line reads inwards from its mark, so it stays inside the card. */
function labelClass(at: number): string {
  return at < 0.08 ? 'path-pace__mark-label path-pace__mark-label--start' : at > 0.92 ? 'path-pace__mark-label path-pace__mark-label--end' : 'path-pace__mark-label';
}
