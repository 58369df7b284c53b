import type { JSX, ReactNode } from 'react';
import { OverflowMenu, type OverflowItem } from '../ui/overflow-menu.js';
import type { GridMode } from './mastery-grid.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { Segmented } from '../ui/segmented.js';
import './toolbar.css';

/**
 * The gradebook's main controls: view or enter evidence, the class's method (and the button that
 * changes it), the as-of date, a new assessment, and the less frequent settings (scales) behind ⋯.
 */
export function GridToolbar(props: {
  mode: GridMode;
  onMode: (mode: GridMode) => void;
  entryDisabled: string | null;
  methodLabel: string;
  methodOpen: boolean;
  onMethod: () => void;
  /** The Method… button, where focus returns when the popover closes. */
  methodButtonId: string;
  asOf: string | null;
  today: string;
  onAsOf: (date: string | null) => void;
  onNewAssessment: () => void;
  methodPopover: ReactNode;
  /** The less frequent actions, behind "⋯" (the scales editor). */
  moreActions: readonly OverflowItem[];
}): JSX.Element {
  return (
    <div className="toolbar" role="toolbar" aria-label="Gradebook">
      <Segmented
        label="Mode"
        value={props.mode}
        onChange={props.onMode}
        options={[
          { value: 'view', label: 'View', title: 'Read levels and their history' },
          { value: 'entry', label: 'Entry', disabled: props.entryDisabled !== null, title: props.entryDisabled ?? 'Type levels into the grid' },
        ]}
      />
      <Button onClick={props.onNewAssessment}>
        New assessment…
      </Button>
      <span className="toolbar__spacer" />
      <div className="toolbar__method">
        <span className="toolbar__label">Method</span>
        <span className="toolbar__method-label" data-testid="method-label">
          {props.methodLabel}
        </span>
        <Button id={props.methodButtonId} small aria-expanded={props.methodOpen} aria-haspopup="dialog" onClick={props.onMethod}>
          Method…
        </Button>
        {props.methodPopover}
        <OverflowMenu label="More gradebook settings" items={props.moreActions} />
      </div>
      <div className="toolbar__asof">
        <Field label="As of">
          {(control) => (
            <input
              {...control}
              type="date"
              className="field field--date"
              max={props.today}
              value={props.asOf ?? props.today}
              onChange={(event) => {
                const value = event.target.value;
                props.onAsOf(value === '' || value >= props.today ? null : value);
              }}
            />
          )}
        </Field>
      </div>
    </div>
  );
}
