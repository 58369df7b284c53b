import { useId, type JSX } from 'react';
import { localToday } from '../../../preload/contract/shared.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { Button } from './button.js';
import './as-of-field.css';

/**
 * "As it stood on": a date that shows a view as it was on a past day (null = today), the sentence that
 * says so while it does, and the way back. `showing` names what is shown: "the profile", "readiness".
 */
export function AsOfField(props: { asOf: string | null; onChange: (asOf: string | null) => void; showing: string; note?: string }): JSX.Element {
  const id = useId();
  const today = localToday();
  return (
    <span className="as-of">
      <label htmlFor={id} className="field-label">
        As it stood on
      </label>
      <input
        id={id}
        type="date"
        className="field field--date"
        max={today}
        value={props.asOf ?? today}
        onChange={(event) => {
          const value = event.target.value;
          props.onChange(value === '' || value >= today ? null : value);
        }}
      />
      {props.asOf !== null && (
        <>
          <span className="as-of__note" role="status">
            Showing {props.showing} as it stood on {formatIsoDate(props.asOf)}
            {props.note ? `; ${props.note}` : ''}.
          </span>
          <Button small onClick={() => props.onChange(null)}>
            Back to today
          </Button>
        </>
      )}
    </span>
  );
}
