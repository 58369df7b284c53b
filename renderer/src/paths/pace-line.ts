import type { PathPace } from '../../../preload/contract/index.js';

/** Where things sit on the pace line, as shares (0–1) of its length from the day the path began. */
export type PaceLine = {
  /** The line's last day: the deadline or the latest likely finish, whichever is later. */
  endsOn: string;
  today: number;
  deadline: number | null;
  /** The likely finish as a band; `to` null when the pace cannot say how late it could be (the band runs to the end). */
  finish: { from: number; to: number | null } | null;
};

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * The pace line of a learner's path: from the day it began to the later of the deadline and the latest
 * likely finish, with today, the deadline and the finish window placed on it. Null when there is
 * nothing to place (no deadline and no finish yet). Pure.
 */
export function paceLine(startedOn: string, today: string, pace: PathPace): PaceLine | null {
  const ends = [pace.deadline, pace.finish?.latest ?? pace.finish?.earliest ?? null, today].filter((value): value is string => value !== null);
  if (pace.deadline === null && pace.finish === null) return null;
  const endsOn = ends.reduce((a, b) => (a > b ? a : b));
  const span = Math.max(1, day(endsOn) - day(startedOn));
  const at = (iso: string): number => Math.min(1, Math.max(0, (day(iso) - day(startedOn)) / span));
  return {
    endsOn,
    today: at(today),
    deadline: pace.deadline === null ? null : at(pace.deadline),
    finish: pace.finish === null ? null : { from: at(pace.finish.earliest), to: pace.finish.latest === null ? null : at(pace.finish.latest) },
  };
}
