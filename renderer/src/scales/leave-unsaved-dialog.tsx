import { useEffect, useId, useRef, useState, type JSX } from 'react';
import { Button } from '../ui/button.js';
import { Dialog } from '../ui/dialog.js';

/**
 * Asked before unsaved edits to a scale are thrown away (Escape, Close, or another scale chosen). A
 * modal of its own above the scales editor: Escape here means "keep editing", the safe answer, and so
 * does the button that has focus first.
 */
export function LeaveUnsavedDialog(props: {
  /** The scale being edited, or null for a new one not yet created. */
  scaleTitle: string | null;
  leavingTo: 'close' | 'switch';
  onKeepEditing: () => void;
  onDiscard: () => void;
}): JSX.Element {
  const id = useId();
  const keepEditing = useRef<HTMLButtonElement>(null);
  // read while rendering, before the modal takes focus: the field the teacher was typing in
  const [returnTo] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    // after Dialog's showModal (a child's effect runs first), which would focus the first button
    keepEditing.current?.focus();
    return () => returnTo?.focus();
  }, [returnTo]);
  const what = props.scaleTitle === null ? 'this new scale' : `“${props.scaleTitle}”`;
  return (
    <Dialog labelledBy={`${id}-title`} className="dialog--leave-unsaved" onClose={props.onKeepEditing}>
      <div className="dialog__form">
        <h2 id={`${id}-title`} className="dialog__title">
          Discard your changes?
        </h2>
        <p>
          Your changes to {what} are not saved yet. {props.leavingTo === 'close' ? 'Closing' : 'Opening another scale'} now throws them away.
        </p>
        <div className="dialog__actions">
          <Button onClick={props.onDiscard}>Discard changes</Button>
          {/* focused first: a stray Enter keeps the teacher's work */}
          <Button ref={keepEditing} variant="primary" onClick={props.onKeepEditing}>
            Keep editing
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
