import { addDays } from './levels.js';

/**
 * The Sundays that end each week from `from` to `to`, the last one clipped to `to`: the points of the
 * growth line. A week is Monday to Sunday, as school timetables run.
 */
export function weekEndings(from: string, to: string): string[] {
  if (from > to) return [];
  const weekday = new Date(`${from}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const ends: string[] = [];
  for (let end = addDays(from, (7 - weekday) % 7); ; end = addDays(end, 7)) {
    if (end >= to) {
      ends.push(to);
      break;
    }
    ends.push(end);
  }
  return ends;
}

/** When a cell's mastery changed: after the evidence of `on` (oldest first), it was or was not mastered. */
export type MasteryChange = { on: string; mastered: boolean };

/**
 * How many cells were mastered at the end of each week. `timelines` holds one array of changes per
 * cell that has evidence (cells without any are never mastered but still count in `cells`).
 */
export function masteredByWeek(weeks: readonly string[], timelines: readonly (readonly MasteryChange[])[]): number[] {
  const counts = weeks.map(() => 0);
  for (const changes of timelines) {
    let index = 0;
    let mastered = false;
    for (const [week, ending] of weeks.entries()) {
      while (index < changes.length && (changes[index]?.on ?? '') <= ending) mastered = changes[index++]?.mastered ?? mastered;
      if (mastered) counts[week] = (counts[week] ?? 0) + 1;
    }
  }
  return counts;
}
