import { useId, useState, type FormEvent, type JSX } from 'react';
import type { ContractError } from '../../../preload/contract/index.js';
import { Button } from '../ui/button.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { Field } from '../ui/field.js';

/** A group set's own words: the day it is for, what it is for, a theme, notes. */
export type SetDetails = { date: string; purpose: string; theme: string; notes: string };

/**
 * The details of a group set and the button that saves it (a new set or an edited one). What to fix
 * is said next to the button, and a refusal from the gradebook shows under it; nothing is lost.
 */
export function SetDetailsForm(props: {
  initial: SetDetails;
  submitLabel: string;
  /** A sentence that blocks saving (a group without a name), or null. */
  blocked: string | null;
  /** A sentence said before saving (learners not in any group), or null. */
  warning?: string | null;
  busy: boolean;
  error: ContractError | null;
  onSubmit: (details: SetDetails) => void;
  onCancel?: () => void;
}): JSX.Element {
  const [details, setDetails] = useState(props.initial);
  const [tried, setTried] = useState(false);
  const problemId = useId();
  const purposeMissing = details.purpose.trim() === '';
  const problem = purposeMissing ? 'Say what the groups are for, e.g. “Small-group lesson on fractions”.' : details.date === '' ? 'Choose the day the groups are for.' : props.blocked;

  function submit(event: FormEvent): void {
    event.preventDefault();
    setTried(true);
    if (problem === null) props.onSubmit({ ...details, purpose: details.purpose.trim(), theme: details.theme.trim(), notes: details.notes.trim() });
  }

  const edit = (patch: Partial<SetDetails>) => setDetails((was) => ({ ...was, ...patch }));
  return (
    <form className="set-details" onSubmit={submit} aria-label="Group set details" noValidate>
      <div className="set-details__grid">
        <Field label="What for" layout="stack" problem={tried && purposeMissing ? problemId : null}>
          {(control) => <input {...control} className="field" value={details.purpose} maxLength={200} placeholder="Small-group lesson on comparing fractions" onChange={(event) => edit({ purpose: event.target.value })} />}
        </Field>
        <Field label="Day" layout="stack">
          {(control) => <input {...control} type="date" className="field field--date" value={details.date} onChange={(event) => edit({ date: event.target.value })} />}
        </Field>
        <Field label="Theme" layout="stack" hint="Optional: a topic or project the groups share.">
          {(control) => <input {...control} className="field" value={details.theme} maxLength={200} onChange={(event) => edit({ theme: event.target.value })} />}
        </Field>
        <Field label="Notes" layout="stack" className="set-details__notes">
          {(control) => <textarea {...control} className="field field--area" rows={2} value={details.notes} maxLength={2000} onChange={(event) => edit({ notes: event.target.value })} />}
        </Field>
      </div>
      {props.warning && <p className="set-details__warning">{props.warning}</p>}
      <div className="set-details__actions">
        <Button type="submit" variant="primary" disabled={props.busy}>
          {props.busy ? 'Saving…' : props.submitLabel}
        </Button>
        {props.onCancel && (
          <Button variant="quiet" onClick={props.onCancel} disabled={props.busy}>
            Cancel
          </Button>
        )}
        <p id={problemId} className="set-details__problem" role="status">
          {tried ? problem : null}
        </p>
      </div>
      {props.error && <ErrorPanel error={props.error} compact title="The group set was not saved" />}
    </form>
  );
}
