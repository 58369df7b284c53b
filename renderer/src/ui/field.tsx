import { useId, type JSX, type ReactNode } from 'react';

/** What a field's control wears so its label, hint and problem reach assistive technology. */
export type FieldControl = { id: string; 'aria-describedby': string | undefined; 'aria-invalid': true | undefined };

/**
 * A label and its control (an input, select or textarea with `className="field"`), the one way every
 * form in the app pairs them. The control is written by the caller and given its id and ARIA wiring:
 *
 *   <Field label="Title">{(control) => <input {...control} className="field" value={title} … />}</Field>
 *
 * `layout="row"` (the default) puts the label beside the control: in a `.form-grid` each pair is a row,
 * in a toolbar the two sit inline. `layout="stack"` puts the label above the control in a `.form-field`,
 * for a control that needs the width (a description, a search box). A hint goes under the control and
 * describes it; `problem` names the message that says what is wrong, and marks the control invalid.
 */
export function Field(props: {
  label: ReactNode;
  /** The control's id, when the caller needs it (to focus it later); one is made up otherwise. */
  id?: string;
  hint?: ReactNode;
  /** The id of the message saying what is wrong with this value; null or absent while it is fine. */
  problem?: string | null;
  /** Ids of other elements that describe the control (a live status line, say). */
  describedBy?: string;
  layout?: 'row' | 'stack';
  /** Added to the `.form-field` of a stacked field. */
  className?: string;
  children: (control: FieldControl) => ReactNode;
}): JSX.Element {
  const madeUp = useId();
  const id = props.id ?? madeUp;
  const hintId = `${id}-hint`;
  const hasHint = props.hint !== undefined && props.hint !== null;
  const problem = props.problem ?? null;
  const describedBy = [problem, hasHint ? hintId : null, props.describedBy ?? null].filter((part) => part !== null).join(' ');
  const control: FieldControl = { id, 'aria-describedby': describedBy === '' ? undefined : describedBy, 'aria-invalid': problem === null ? undefined : true };

  const label = (
    <label htmlFor={id} className="field-label">
      {props.label}
    </label>
  );
  const hint = hasHint && (
    <p id={hintId} className="field-hint">
      {props.hint}
    </p>
  );
  if (props.layout === 'stack') {
    return (
      <div className={props.className ? `form-field ${props.className}` : 'form-field'}>
        {label}
        {props.children(control)}
        {hint}
      </div>
    );
  }
  return (
    <>
      {label}
      {props.children(control)}
      {hint}
    </>
  );
}
