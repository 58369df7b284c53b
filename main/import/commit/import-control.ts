import { GradebookError } from '../../../db/errors.js';

export type ImportPhase = 'reading' | 'planning' | 'writing';
export type ImportProgress = { phase: ImportPhase; done: number; total: number };

/**
 * How a running commit talks to the outside while it holds the one synchronous transaction: it reports
 * progress (the worker posts it while busy) and polls a cancel flag that another thread sets through
 * shared memory. Nothing here awaits, so nothing can slip into the transaction.
 */
export type ImportControl = {
  progress(progress: ImportProgress): void;
  /** Throws `cancelled` when the user asked to stop; the transaction then rolls back. */
  checkCancel(): void;
};

export const noImportControl: ImportControl = { progress: () => undefined, checkCancel: () => undefined };

/** Rows between two progress reports / cancel checks: often enough to feel live, rare enough to cost nothing. */
export const progressEvery = 250;

/** The contract has no code of its own for a stop the user asked for; `details.reason` tells it apart. */
export function cancelledError(): GradebookError {
  return new GradebookError('conflict', 'The import was cancelled. Nothing was written to the gradebook.', { reason: 'cancelled' });
}

/** A control reading a shared Int32Array flag (index 0, non-zero = cancel) and forwarding progress. */
export function sharedFlagControl(flag: Int32Array | null, report: (progress: ImportProgress) => void): ImportControl {
  return {
    progress: report,
    checkCancel() {
      if (flag !== null && Atomics.load(flag, 0) !== 0) throw cancelledError();
    },
  };
}

/** Reports every `progressEvery` rows (and the last), checking for cancel at the same beat. */
export function createTicker(control: ImportControl, phase: ImportPhase, total: number): () => void {
  let done = 0;
  control.progress({ phase, done: 0, total });
  return () => {
    done++;
    if (done % progressEvery === 0 || done === total) {
      control.checkCancel();
      control.progress({ phase, done, total });
    }
  };
}
