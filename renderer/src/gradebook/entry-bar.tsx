import type { JSX } from 'react';
import type { Assessment, EvidenceKind } from '../../../preload/contract/index.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { evidenceKindOf, KindOptions } from './evidence-options.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';

export type DirectEntry = { kind: EvidenceKind; observedOn: string; confirmFuture: boolean };

/**
 * What new levels are evidence of: an assessment (its date and kind, its standards as the columns)
 * or direct evidence with a kind and a date (today unless changed). Plus undo, redo and roll-ups.
 */
export function EntryBar(props: {
  assessments: readonly Assessment[];
  assessmentId: string | null;
  onAssessment: (id: string | null) => void;
  direct: DirectEntry;
  onDirect: (direct: DirectEntry) => void;
  today: string;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  showRollups: boolean;
  onRollups: (show: boolean) => void;
}): JSX.Element {
  const { direct } = props;
  const future = direct.observedOn > props.today;
  return (
    <div className="entrybar" role="group" aria-label="Evidence entry">
      <Field label="Evidence of">
        {(control) => (
          <select
            {...control}
            className="field field--select entrybar__assessment"
            value={props.assessmentId ?? ''}
            onChange={(event) => props.onAssessment(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">Direct evidence</option>
            {props.assessments.map((assessment) => (
              <option key={assessment.id} value={assessment.id}>
                {assessment.title} · {formatIsoDate(assessment.assessedOn)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {props.assessmentId === null ? (
        <>
          <Field label="Kind">
            {(control) => (
              <select {...control} className="field field--select" value={direct.kind} onChange={(event) => props.onDirect({ ...direct, kind: evidenceKindOf(event.target.value) })}>
                <KindOptions />
              </select>
            )}
          </Field>
          <Field label="Observed">
            {(control) => (
              <input
                {...control}
                type="date"
                className="field field--date"
                value={direct.observedOn}
                onChange={(event) => props.onDirect({ ...direct, observedOn: event.target.value || props.today, confirmFuture: false })}
              />
            )}
          </Field>
          {future && (
            <label className="check check--warn">
              <input type="checkbox" checked={direct.confirmFuture} onChange={(event) => props.onDirect({ ...direct, confirmFuture: event.target.checked })} />
              Yes, this date is in the future
            </label>
          )}
        </>
      ) : (
        <span className="entrybar__hint">Columns show this assessment’s standards.</span>
      )}
      <label className="check">
        <input type="checkbox" checked={props.showRollups} onChange={(event) => props.onRollups(event.target.checked)} />
        Roll-ups
      </label>
      <span className="toolbar__spacer" />
      <span className="entrybar__hint entrybar__keys">Type a level · Enter ↓ · Tab → · Ctrl+Z undo</span>
      <Button small disabled={!props.canUndo} onClick={props.onUndo} title="Undo (Ctrl+Z)">
        Undo
      </Button>
      <Button small disabled={!props.canRedo} onClick={props.onRedo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </Button>
    </div>
  );
}
