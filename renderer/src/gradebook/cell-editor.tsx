import { useEffect, useRef, type JSX } from 'react';
import type { MoveCommand } from './grid-navigation.js';
import { editorCommand } from './grid-keys.js';

/**
 * The one input of the grid, in the cell being edited: it starts with the key that began the edit,
 * Enter/Tab/arrows commit and move, Escape cancels, and leaving it by mouse commits without moving.
 */
export function CellEditor(props: {
  initial: string;
  label: string;
  onCommit: (text: string, move: MoveCommand | null) => void;
  onCancel: () => void;
}): JSX.Element {
  // Enter commits and moves focus back to the grid, which blurs the input: the blur must not commit twice
  const finished = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  // focus once, when the edit starts: a ref callback runs again on every render and would pull focus
  // back from wherever the teacher moved it
  useEffect(() => {
    const element = input.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);
  const finish = (action: () => void) => {
    if (finished.current) return;
    finished.current = true;
    action();
  };
  return (
    <input
      className="mcell__editor"
      aria-label={props.label}
      defaultValue={props.initial}
      autoComplete="off"
      spellCheck={false}
      ref={input}
      onKeyDown={(event) => {
        const command = editorCommand(event);
        if (!command) return;
        event.preventDefault();
        event.stopPropagation();
        const text = event.currentTarget.value;
        if (command.kind === 'cancel') finish(props.onCancel);
        else finish(() => props.onCommit(text, command.move));
      }}
      onBlur={(event) => {
        const text = event.currentTarget.value;
        finish(() => props.onCommit(text, null));
      }}
    />
  );
}
