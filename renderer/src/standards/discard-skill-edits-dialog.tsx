import { useEffect, useId, useRef, useState, type JSX } from 'react';
import { Button } from '../ui/button.js';
import { Dialog } from '../ui/dialog.js';

/**
 * Asked before closing the skills dialog would throw away a skill typed but not added, or a rename not
 * saved (the scales editor asks the same way). Escape here means "keep editing", the safe answer, and so
 * does the button that has focus first.
 */
export function DiscardSkillEditsDialog(props: { onKeepEditing: () => void; onDiscard: () => void }): JSX.Element {
  const id = useId();
  const keepEditing = useRef<HTMLButtonElement>(null);
  // read while rendering, before the modal takes focus: the field the teacher was typing in
  const [returnTo] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    keepEditing.current?.focus();
    return () => returnTo?.focus();
  }, [returnTo]);
  return (
    <Dialog labelledBy={`${id}-title`} className="dialog--discard-skill-edits" onClose={props.onKeepEditing}>
      <div className="dialog__form">
        <h2 id={`${id}-title`} className="dialog__title">
          Discard your changes?
        </h2>
        <p>What you typed in the skill list is not saved yet. Closing now throws it away.</p>
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
