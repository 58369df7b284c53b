import type { RosterEntry } from '../../../preload/contract/index.js';
import { formatCalendarDate, formatDaysAgo } from '../format/calendar-date.js';
import { learnerName, type LearnerName } from '../format/learner-name.js';
import { recencyOf, type Recency } from './recency.js';

/** A roster entry with what the table shows already worked out once, not on every render. */
export type RosterRow = RosterEntry & {
  name: LearnerName;
  recency: Recency;
  /** "12 Jan 2026", or null without evidence. */
  lastEvidenceText: string | null;
  /** "11 days ago", or null without evidence. */
  lastEvidenceAgo: string | null;
};

export function toRosterRows(entries: RosterEntry[], today: number): RosterRow[] {
  return entries.map((entry) => {
    const recency = recencyOf(entry, today);
    const seen = recency.kind === 'never' ? null : recency.day;
    return {
      ...entry,
      name: learnerName(entry),
      recency,
      lastEvidenceText: seen === null ? null : formatCalendarDate(seen),
      lastEvidenceAgo: seen === null ? null : formatDaysAgo(seen, today),
    };
  });
}

/** The day of the last evidence, with "never" sorting before every real day. */
export function lastSeenSortKey(row: RosterRow): number {
  return row.recency.kind === 'never' ? Number.NEGATIVE_INFINITY : row.recency.day;
}
