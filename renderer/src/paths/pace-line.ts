import type { PathPace } from '../../../preload/contract/index.js';

/** Marks closer than this share of the line would print their labels over each other: they share one. */
export const closeMarks = 0.1;

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
const plusDays = (iso: string, days: number): string => new Date((day(iso) + days) * 86_400_000).toISOString().slice(0, 10);

/**
 * The pace line of a learner's path: from the day it began to the later of the deadline and the latest
 * likely finish, with today, the deadline and the finish window placed on it. Null when there is
 * nothing to place (no deadline and no finish yet). Pure.
 */
export function paceLine(startedOn: string, today: string, pace: PathPace): PaceLine | null {
  if (pace.deadline === null && pace.finish === null) return null;
  // with no latest finish the window is open-ended: the line runs on past the earliest, so the band shows
  const openEnd = pace.finish && pace.finish.latest === null ? plusDays(pace.finish.earliest, Math.ceil((day(pace.finish.earliest) - day(startedOn)) * 0.18) + 1) : null;
  const ends = [pace.deadline, pace.finish?.latest ?? null, openEnd, today].filter((value): value is string => value !== null);
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
