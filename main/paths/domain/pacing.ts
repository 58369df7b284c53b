/**
 * A learner's pace along their path and when, at that pace, they would finish — as a range, not a
 * single line that moves every week. Pure.
 *
 * Pace is mastered steps per week since the path began. With k steps mastered over t weeks the rate
 * is uncertain, more so when k is small; the range uses k ± 1.28√k (about an 80% interval for a count),
 * so three steps in two irregular weeks give a wide range and thirty steps a narrow one.
 */
export type PaceInput = {
  /** The day the path began (YYYY-MM-DD). */
  startedOn: string;
  today: string;
  /** Days the path's steps were mastered, in any order. */
  masteredOn: readonly string[];
  remainingSteps: number;
  termEndsOn: string;
  /** The learner's own target date, when they set one. */
  targetOn?: string | null;
};

export type PaceStatus = 'finished' | 'not_started' | 'ahead' | 'on_track' | 'behind';

export type Pace = {
  status: PaceStatus;
  /** Mastered steps per week: the likely low and high ends, null before the first step is mastered. */
  stepsPerWeek: { low: number; high: number } | null;
  /** Earliest and latest likely finish (YYYY-MM-DD); latest null when the pace cannot reach it. */
  finish: { earliest: string; latest: string | null } | null;
  /** The date measured against: the learner's target, else the end of term. */
  deadline: string;
};

const dayMs = 86_400_000;
const z80 = 1.28;

export function projectPace(input: PaceInput): Pace {
  const deadline = input.targetOn ?? input.termEndsOn;
  if (input.remainingSteps <= 0) return { status: 'finished', stepsPerWeek: null, finish: null, deadline };
  const mastered = input.masteredOn.filter((day) => day >= input.startedOn && day <= input.today).length;
  if (mastered === 0) return { status: 'not_started', stepsPerWeek: null, finish: null, deadline };
  // at least one week: a first step mastered on day one is not a pace of seven a week
  const weeks = Math.max(1, (toMs(input.today) - toMs(input.startedOn)) / (7 * dayMs));
  const spread = z80 * Math.sqrt(mastered);
  const low = Math.max(0, mastered - spread) / weeks;
  const high = (mastered + spread) / weeks;
  const earliest = addDays(input.today, Math.ceil((input.remainingSteps / high) * 7));
  const latest = low > 0 ? addDays(input.today, Math.ceil((input.remainingSteps / low) * 7)) : null;
  const status: PaceStatus = latest !== null && latest <= deadline ? 'ahead' : earliest > deadline ? 'behind' : 'on_track';
  return { status, stepsPerWeek: { low, high }, finish: { earliest, latest }, deadline };
}

function toMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function addDays(day: string, days: number): string {
  return new Date(toMs(day) + days * dayMs).toISOString().slice(0, 10);
}
