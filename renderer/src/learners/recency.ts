import type { RosterEntry } from '../../../preload/contract/index.js';
import { dayNumber } from '../format/calendar-date.js';

/**
 * Two weeks: long enough that a learner absent for a few days is not flagged, short enough that a
 * teacher notices before a unit ends without evidence from someone.
 */
export const notSeenLatelyDays = 14;

export type Recency =
  | { kind: 'never' }
  | { kind: 'recent'; day: number; daysAgo: number }
  | { kind: 'not-seen-lately'; day: number; daysAgo: number };

export function recencyOf(entry: Pick<RosterEntry, 'lastEvidenceOn' | 'evidenceCount'>, today: number): Recency {
  const day = entry.lastEvidenceOn === null ? null : dayNumber(entry.lastEvidenceOn);
  if (day === null || entry.evidenceCount === 0) return { kind: 'never' };
  const daysAgo = today - day;
  return daysAgo > notSeenLatelyDays ? { kind: 'not-seen-lately', day, daysAgo } : { kind: 'recent', day, daysAgo };
}

export function needsAttention(recency: Recency): boolean {
  return recency.kind !== 'recent';
}
