import { describe, expect, it } from 'vitest';
import { emptyUndoStack, pushStep, redoRequests, takeRedo, takeUndo, undoRequests } from './undo-stack.js';

const step = (label: string, recorded: string[] = [label], removed: string[] = []) => ({ label, recorded, removed });

describe('the undo stack', () => {
  it('undoes the newest step first and redoes in order', () => {
    let stack = pushStep(pushStep(emptyUndoStack, step('a')), step('b'));
    const undone = takeUndo(stack);
    expect(undone?.step.label).toBe('b');
    stack = undone!.stack;
    expect(takeUndo(stack)?.step.label).toBe('a');
    const redone = takeRedo(stack);
    expect(redone?.step.label).toBe('b');
    expect(redone?.stack.done.map((s) => s.label)).toEqual(['a', 'b']);
  });

  it('forgets what was undone once a new step is taken', () => {
    const stack = takeUndo(pushStep(emptyUndoStack, step('a')))!.stack;
    expect(pushStep(stack, step('c'))).toEqual({ done: [step('c')], undone: [] });
    expect(takeUndo(emptyUndoStack)).toBeNull();
    expect(takeRedo(emptyUndoStack)).toBeNull();
  });

  it('keeps a paste as one step, undone by trashing and redone by restoring', () => {
    const paste = step('paste', ['e1', 'e2', 'e3']);
    expect(undoRequests(paste)).toEqual({ remove: ['e1', 'e2', 'e3'], restore: [] });
    expect(redoRequests(paste)).toEqual({ remove: [], restore: ['e1', 'e2', 'e3'] });
    const removal = step('remove', [], ['e4']);
    expect(undoRequests(removal)).toEqual({ remove: [], restore: ['e4'] });
  });

  it('keeps a bounded history', () => {
    let stack = emptyUndoStack;
    for (let i = 0; i < 250; i++) stack = pushStep(stack, step(String(i)));
    expect(stack.done).toHaveLength(200);
    expect(stack.done[0]?.label).toBe('50');
  });
});
