import { GradebookError } from '../../db/errors.js';
import type { ReportProgress } from '../../preload/contract/reports.js';
import { cancelChannels, cancelRequested } from '../worker/cancel-slots.js';
import type { HandlerContext } from '../worker/handler-context.js';

/**
 * How a long export (a big class's PDF, a class's family reports) talks to the window while it holds
 * the worker: how far it has got, and a stop when the teacher asks. An export only reads, so stopping
 * it leaves nothing behind: the window simply gets no file.
 */
export type ReportWork = {
  /** Reports `done` of `total` steps of `stage`; throws `cancelled` when the teacher asked to stop. */
  step(stage: ReportProgress['stage'], done: number, total: number): void;
};

/** For exports nobody watches (the command line, tests). */
export const unwatchedReportWork: ReportWork = { step: () => undefined };

/** The stop the teacher asked for: `conflict` with `details.reason` 'cancelled', as mastery's. */
export function reportCancelledError(): GradebookError {
  return new GradebookError('conflict', 'Stopped, as you asked. No file was made.', { reason: 'cancelled' });
}

/** Progress at most once per percent of a stage; a check for cancel at every step (one atomic load). */
export function reportWorkFor(context: HandlerContext): ReportWork {
  let lastStage: ReportProgress['stage'] | null = null;
  let lastPercent = -1;
  return {
    step(stage, done, total) {
      if (cancelRequested(context.cancelFlag, cancelChannels['reports:export'].slot)) throw reportCancelledError();
      const percent = total <= 0 ? 100 : Math.floor((100 * Math.min(done, total)) / total);
      if (stage === lastStage && percent === lastPercent) return;
      lastStage = stage;
      lastPercent = percent;
      context.emit('reports:progress', { stage, done: Math.min(done, total), total });
    },
  };
}
