import { describe, expect, it } from 'vitest';
import { editorCommand, gridCommand, type KeyPress } from './grid-keys.js';
import { moveCell } from './grid-navigation.js';

const bounds = { rows: 3, cols: 4, pageRows: 2 };
const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('moving the active cell', () => {
  it('moves with the arrows and stops at the edges', () => {
    expect(moveCell({ row: 0, col: 0 }, { kind: 'move', rows: 1, cols: 0 }, bounds)).toEqual({ row: 1, col: 0 });
    expect(moveCell({ row: 0, col: 0 }, { kind: 'move', rows: -1, cols: -1 }, bounds)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 2, col: 3 }, { kind: 'move', rows: 1, cols: 1 }, bounds)).toEqual({ row: 2, col: 3 });
  });

  it('tabs right and wraps to the next row, Shift+Tab back', () => {
    expect(moveCell({ row: 0, col: 3 }, { kind: 'tab', back: false }, bounds)).toEqual({ row: 1, col: 0 });
    expect(moveCell({ row: 1, col: 0 }, { kind: 'tab', back: true }, bounds)).toEqual({ row: 0, col: 3 });
    expect(moveCell({ row: 2, col: 3 }, { kind: 'tab', back: false }, bounds)).toEqual({ row: 2, col: 3 });
    expect(moveCell({ row: 0, col: 0 }, { kind: 'tab', back: true }, bounds)).toEqual({ row: 0, col: 0 });
  });

  it('jumps to the ends and by pages', () => {
    expect(moveCell({ row: 1, col: 2 }, { kind: 'rowStart' }, bounds)).toEqual({ row: 1, col: 0 });
    expect(moveCell({ row: 1, col: 2 }, { kind: 'rowEnd' }, bounds)).toEqual({ row: 1, col: 3 });
    expect(moveCell({ row: 1, col: 2 }, { kind: 'gridEnd' }, bounds)).toEqual({ row: 2, col: 3 });
    expect(moveCell({ row: 0, col: 2 }, { kind: 'page', direction: 1 }, bounds)).toEqual({ row: 2, col: 2 });
  });

  it('pulls a position left outside a shrunken grid back in', () => {
    expect(moveCell({ row: 9, col: 9 }, { kind: 'move', rows: 0, cols: 0 }, bounds)).toEqual({ row: 2, col: 3 });
    expect(moveCell({ row: 1, col: 1 }, { kind: 'move', rows: 1, cols: 0 }, { rows: 0, cols: 0, pageRows: 1 })).toEqual({ row: 0, col: 0 });
  });
});

describe('keys on the grid', () => {
  it('types, removes and moves like a spreadsheet in entry mode', () => {
    expect(gridCommand(press('3'), 'entry')).toEqual({ kind: 'type', text: '3' });
    expect(gridCommand(press('P', { shiftKey: true }), 'entry')).toEqual({ kind: 'type', text: 'P' });
    expect(gridCommand(press('Enter'), 'entry')).toEqual({ kind: 'navigate', move: { kind: 'move', rows: 1, cols: 0 } });
    expect(gridCommand(press('Enter', { shiftKey: true }), 'entry')).toEqual({ kind: 'navigate', move: { kind: 'move', rows: -1, cols: 0 } });
    expect(gridCommand(press('Tab', { shiftKey: true }), 'entry')).toEqual({ kind: 'navigate', move: { kind: 'tab', back: true } });
    expect(gridCommand(press('Delete'), 'entry')).toEqual({ kind: 'remove' });
  });

  it('explains on Enter and never edits in view mode; Tab leaves the grid', () => {
    expect(gridCommand(press('Enter'), 'view')).toEqual({ kind: 'explain' });
    expect(gridCommand(press('3'), 'view')).toBeNull();
    expect(gridCommand(press('Tab'), 'view')).toBeNull();
    expect(gridCommand(press('Backspace'), 'view')).toBeNull();
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z or Ctrl+Y', () => {
    expect(gridCommand(press('z', { ctrlKey: true }), 'entry')).toEqual({ kind: 'undo' });
    expect(gridCommand(press('Z', { ctrlKey: true, shiftKey: true }), 'entry')).toEqual({ kind: 'redo' });
    expect(gridCommand(press('y', { metaKey: true }), 'view')).toEqual({ kind: 'redo' });
    expect(gridCommand(press('c', { ctrlKey: true }), 'entry')).toBeNull();
  });

  it('commits from the editor with Enter, Tab and the vertical arrows; Escape cancels', () => {
    expect(editorCommand(press('Enter'))).toEqual({ kind: 'commit', move: { kind: 'move', rows: 1, cols: 0 } });
    expect(editorCommand(press('Tab'))).toEqual({ kind: 'commit', move: { kind: 'tab', back: false } });
    expect(editorCommand(press('Escape'))).toEqual({ kind: 'cancel' });
    expect(editorCommand(press('4'))).toBeNull();
  });
});
