import { useState, type JSX } from 'react';
import type { GridCell, Scale } from '../../../preload/contract/index.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import './override-form.css';

/** The teacher's judgement over the computed level, always with a reason; or taking it back. */
export function OverrideForm(props: {
  cell: GridCell;
  scale: Scale;
  onOverride: (level: number, reason: string) => Promise<boolean>;
  onClear: () => Promise<boolean>;
}): JSX.Element {
  const { cell, scale } = props;
  const [open, setOpen] = useState(false);
  const [level, setLevel] = useState(String(scale.levels.find((l) => l.value === scale.masteryThreshold)?.value ?? scale.levels[0]?.value ?? ''));
  const [reason, setReason] = useState('');

  if (cell.override) {
    return (
      <div className="override override--set">
        <p>
          Level set to <strong>{cell.override.level}</strong> on {formatIsoDate(cell.override.overriddenOn)}: {cell.override.reason}
        </p>
        <Button small onClick={() => void props.onClear()}>
          Clear override
        </Button>
      </div>
    );
  }
  if (!open) {
    return (
      <div className="override">
        <Button small onClick={() => setOpen(true)}>
          Override level…
        </Button>
      </div>
    );
  }
  return (
    <form
      className="override override--form"
      onSubmit={(event) => {
        event.preventDefault();
        void props.onOverride(Number(level), reason.trim()).then((ok) => {
          if (ok) {
            setOpen(false);
            setReason('');
          }
        });
      }}
    >
      <div className="form-grid form-grid--compact">
        <Field label="Level">
          {(control) => (
            <select {...control} className="field field--select" value={level} onChange={(event) => setLevel(event.target.value)}>
              {scale.levels.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.value} {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Reason">
          {(control) => (
            <input {...control} className="field" value={reason} placeholder="e.g. Showed it clearly in conference" onChange={(event) => setReason(event.target.value)} />
          )}
        </Field>
      </div>
      <div className="override__actions">
        <Button type="submit" variant="primary" small disabled={reason.trim().length < 3}>
          Override
        </Button>
        <Button small onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
