import type { JSX, ReactNode } from 'react';

/**
 * A label and its control (which carries `className="field"` and the id given here). Inside a
 * `.form-grid` the two sit side by side; with a hint, they stack with the hint below.
 */
export function Field(props: { label: ReactNode; htmlFor: string; hint?: { id: string; text: ReactNode }; children: ReactNode }): JSX.Element {
  const label = (
    <label htmlFor={props.htmlFor} className="field-label">
      {props.label}
    </label>
  );
  if (!props.hint) {
    return (
      <>
        {label}
        {props.children}
      </>
    );
  }
  return (
    <div className="form-field">
      {label}
      {props.children}
      <p id={props.hint.id} className="form-field__hint">
        {props.hint.text}
      </p>
    </div>
  );
}
