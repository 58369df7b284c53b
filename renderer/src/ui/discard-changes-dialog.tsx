import { useEffect, useId, useRef, useState, type JSX } from 'react';
import { Button } from './button.js';
import { Dialog } from './dialog.js';

/**
 * "Discard your changes?", asked before an editor would throw away unsaved work (Escape, Close, or
 * moving elsewhere). A modal of its own above the editor: Escape here means "keep editing", the safe
 * answer, and so does the button that has focus first. `what` says what would be lost, in a sentence.
 */
export function DiscardChangesDialog(props: { what: string; className?: string; onKeepEditing: () => void; onDiscard: () => void }): JSX.Element {
  const id = useId();
  const keepEditing = useRef<HTMLButtonElement>(null);
  // read while rendering, before the modal takes focus: the field the teacher was typing in
  const [returnTo] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    // after Dialog's showModal (a child's effect runs first), which would focus the first button
    keepEditing.current?.focus();
    return () => returnTo?.focus();
  }, [returnTo]);
  return (
    <Dialog labelledBy={`${id}-title`} className={props.className ?? 'dialog--discard-changes'} onClose={props.onKeepEditing}>
      <div className="dialog__form">
        <h2 id={`${id}-title`} className="dialog__title">
          Discard your changes?
        </h2>
        <p>{props.what}</p>
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
