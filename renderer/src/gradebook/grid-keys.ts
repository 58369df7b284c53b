import type { MoveCommand } from './grid-navigation.js';

/** The parts of a keyboard event the grid decides on (so the decision is testable without a DOM). */
export type KeyPress = { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean };

export type GridCommand =
  | { kind: 'navigate'; move: MoveCommand }
  /** Start editing the active cell with this first character. */
  | { kind: 'type'; text: string }
  /** F2 in entry mode: edit without replacing. */
  | { kind: 'edit' }
  | { kind: 'remove' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'explain' }
  | { kind: 'close' };

/**
 * What a key does on the grid (not inside the cell editor). In view mode Enter explains the cell; in
 * entry mode Enter moves down like a spreadsheet and printable keys start an edit.
 */
export function gridCommand(press: KeyPress, mode: 'view' | 'entry'): GridCommand | null {
  const command = press.ctrlKey || press.metaKey;
  if (command && !press.altKey) {
    const key = press.key.toLowerCase();
    if (key === 'z') return press.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (key === 'y') return { kind: 'redo' };
    if (press.key === 'Home') return { kind: 'navigate', move: { kind: 'gridStart' } };
    if (press.key === 'End') return { kind: 'navigate', move: { kind: 'gridEnd' } };
    return null;
  }
  switch (press.key) {
    case 'ArrowUp':
      return { kind: 'navigate', move: { kind: 'move', rows: -1, cols: 0 } };
    case 'ArrowDown':
      return { kind: 'navigate', move: { kind: 'move', rows: 1, cols: 0 } };
    case 'ArrowLeft':
      return { kind: 'navigate', move: { kind: 'move', rows: 0, cols: -1 } };
    case 'ArrowRight':
      return { kind: 'navigate', move: { kind: 'move', rows: 0, cols: 1 } };
    case 'Home':
      return { kind: 'navigate', move: { kind: 'rowStart' } };
    case 'End':
      return { kind: 'navigate', move: { kind: 'rowEnd' } };
    case 'PageUp':
      return { kind: 'navigate', move: { kind: 'page', direction: -1 } };
    case 'PageDown':
      return { kind: 'navigate', move: { kind: 'page', direction: 1 } };
    case 'Tab':
      // view mode leaves Tab to the page, so keyboard users can get out of the grid
      return mode === 'entry' ? { kind: 'navigate', move: { kind: 'tab', back: press.shiftKey } } : null;
    case 'Enter':
      if (mode === 'view') return { kind: 'explain' };
      return { kind: 'navigate', move: { kind: 'move', rows: press.shiftKey ? -1 : 1, cols: 0 } };
    case 'Escape':
      return { kind: 'close' };
    case 'F2':
      return mode === 'entry' ? { kind: 'edit' } : null;
    case 'Delete':
    case 'Backspace':
      return mode === 'entry' ? { kind: 'remove' } : null;
    default:
      if (mode === 'entry' && !press.altKey && press.key.length === 1 && press.key !== ' ') return { kind: 'type', text: press.key };
      return null;
  }
}

/** Keys inside the cell editor: commit and move, or cancel. Anything else is typing. */
export type EditorCommand = { kind: 'commit'; move: MoveCommand } | { kind: 'cancel' };

export function editorCommand(press: KeyPress): EditorCommand | null {
  switch (press.key) {
    case 'Enter':
      return { kind: 'commit', move: { kind: 'move', rows: press.shiftKey ? -1 : 1, cols: 0 } };
    case 'Tab':
      return { kind: 'commit', move: { kind: 'tab', back: press.shiftKey } };
    case 'ArrowUp':
      return { kind: 'commit', move: { kind: 'move', rows: -1, cols: 0 } };
    case 'ArrowDown':
      return { kind: 'commit', move: { kind: 'move', rows: 1, cols: 0 } };
    case 'Escape':
      return { kind: 'cancel' };
    default:
      return null;
  }
}
