/**
 * One step the teacher can take back: the evidence it recorded or removed. A pasted column is one
 * step. Undoing a recording moves the evidence to the trash (recoverable); redoing restores it.
 */
export type EditStep = { label: string; recorded: readonly string[]; removed: readonly string[] };

export type UndoStack = { done: readonly EditStep[]; undone: readonly EditStep[] };

export const emptyUndoStack: UndoStack = { done: [], undone: [] };

/** Enough to take back a lesson's worth of entry without keeping every keystroke of the term. */
const limit = 200;

export function pushStep(stack: UndoStack, step: EditStep): UndoStack {
  return { done: [...stack.done, step].slice(-limit), undone: [] };
}

export function takeUndo(stack: UndoStack): { step: EditStep; stack: UndoStack } | null {
  const step = stack.done.at(-1);
  if (!step) return null;
  return { step, stack: { done: stack.done.slice(0, -1), undone: [...stack.undone, step] } };
}

export function takeRedo(stack: UndoStack): { step: EditStep; stack: UndoStack } | null {
  const step = stack.undone.at(-1);
  if (!step) return null;
  return { step, stack: { done: [...stack.done, step], undone: stack.undone.slice(0, -1) } };
}

/** What undoing a step asks of the gradebook: trash what it recorded, restore what it removed. */
export function undoRequests(step: EditStep): { remove: readonly string[]; restore: readonly string[] } {
  return { remove: step.recorded, restore: step.removed };
}

export function redoRequests(step: EditStep): { remove: readonly string[]; restore: readonly string[] } {
  return { remove: step.removed, restore: step.recorded };
}
