import { GradebookError } from '../../db/errors.js';
import type { MasteryProgress } from '../../preload/contract/index.js';
import { cancelChannels, cancelRequested } from '../worker/cancel-slots.js';
import type { HandlerContext } from '../worker/handler-context.js';

/**
 * How a long mastery read (a class of 1,000 learners × 200 standards) talks to the outside while it
 * holds the worker: it says how far it has got and stops when the teacher cancels. Synchronous, like
 * the read: posting progress needs no turn of the event loop, and the cancel is shared memory.
 */
export type MasteryWork = {
  /** Reports `done` of `total` steps of `work`; throws `cancelled` when the teacher asked to stop. */
  step(work: MasteryProgress['work'], done: number, total: number): void;
};

/** For reads nobody watches (the command line, tests, a write's own recompute). */
export const unwatchedWork: MasteryWork = { step: () => undefined };

/** The stop the teacher asked for; the contract has no code of its own, `details.reason` tells it apart. */
export function masteryCancelledError(): GradebookError {
  return new GradebookError('conflict', 'Stopped, as you asked. Nothing in the gradebook changed.', { reason: 'cancelled' });
}

/**
 * Progress at most once per percent of each kind of work (a hundred events, not 200,000), and a check
 * for cancel at every step (one atomic load: cheap enough to ask often).
 */
export function watchedWork(classId: string, report: (progress: MasteryProgress) => void, cancelled: () => boolean): MasteryWork {
  let lastWork: MasteryProgress['work'] | null = null;
  let lastPercent = -1;
  return {
    step(work, done, total) {
      if (cancelled()) throw masteryCancelledError();
      const percent = total <= 0 ? 100 : Math.floor((100 * Math.min(done, total)) / total);
      if (work === lastWork && percent === lastPercent) return;
      lastWork = work;
      lastPercent = percent;
      report({ classId, work, done: Math.min(done, total), total });
    },
  };
}

/** The work of one mastery read a handler runs: progress to the window, cancel from the shared flag. */
export function masteryWorkFor(context: HandlerContext, classId: string): MasteryWork {
  return watchedWork(classId, (progress) => context.emit('mastery:progress', progress), () => cancelRequested(context.cancelFlag, cancelChannels['mastery:grid'].slot));
}
