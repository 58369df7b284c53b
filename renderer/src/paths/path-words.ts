import type { ActivityModality, PathPace, PathStep } from '../../../preload/contract/index.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { formatCount } from '../format/numbers.js';

/** How a modality is named to a teacher and a learner. */
export const modalityWords = {
  small_group: 'Small group',
  digital: 'Digital',
  project: 'Project',
  community: 'Community',
  one_to_one: 'One to one',
} as const satisfies Record<ActivityModality, string>;

/** How a step's status reads; `mastered` comes from evidence, never from a button. */
export const stepStatusWords = {
  not_started: 'Not started',
  working: 'Working',
  evidence_submitted: 'Evidence submitted',
  skipped: 'Skipped',
  mastered: 'Mastered',
} as const satisfies Record<PathStep['status'], string>;

/** "about 1–2 steps a week", rounded to whole steps, since a fraction of a step reads as arithmetic. */
export function stepsPerWeekWords(range: { low: number; high: number }): string {
  const low = Math.round(range.low);
  const high = Math.round(range.high);
  if (high < 1) return 'less than one step a week';
  if (low < 1) return `up to ${formatCount(high)} ${high === 1 ? 'step' : 'steps'} a week`;
  if (low === high) return `about ${formatCount(low)} ${low === 1 ? 'step' : 'steps'} a week`;
  return `about ${formatCount(low)}–${formatCount(high)} steps a week`;
}

/**
 * The pace in plain words that do not judge: what the learner's own pace so far gives, against their
 * target date (when they set one) or the end of term.
 */
export function paceWords(pace: PathPace, hasTarget: boolean, masteredSteps = 0): string {
  const deadlineName = hasTarget ? 'the target date' : 'the end of term';
  const leftName = hasTarget ? 'there is before the target date' : 'the term has left';
  switch (pace.status) {
    case 'finished':
      return 'The path is complete.';
    case 'not_started':
      // steps mastered before the path began are not a pace along it
      return masteredSteps > 0 ? 'No step mastered since the path began — pace shows after the first.' : 'No step mastered yet — pace shows after the first.';
    case 'ahead':
    case 'on_track':
    case 'behind': {
      const rate = pace.stepsPerWeek ? `At this pace, ${stepsPerWeekWords(pace.stepsPerWeek)}` : 'At this pace';
      const finish = pace.finish;
      if (!finish) return `${rate}.`;
      const deadline = pace.deadline === null ? '' : ` (${formatIsoDate(pace.deadline)})`;
      if (pace.status === 'behind') return `${rate}: it needs more time than ${leftName}${deadline}.`;
      const window =
        finish.latest === null || finish.latest === finish.earliest
          ? `done from ${formatIsoDate(finish.earliest)} on`
          : `done between ${formatIsoDate(finish.earliest)} and ${formatIsoDate(finish.latest)}`;
      if (pace.deadline === null) return `${rate}: ${window}.`;
      if (pace.status === 'ahead') return `${rate}: ${window}, before ${deadlineName}${deadline}.`;
      return `${rate}: ${window} — around ${deadlineName}${deadline}, so a little more time may help.`;
    }
    default:
      return pace.status satisfies never;
  }
}
