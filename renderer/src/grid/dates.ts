import { dayNumber, formatCalendarDate } from '../format/calendar-date.js';

/** Today on the computer's calendar as YYYY-MM-DD: the default date of new evidence. */
export function isoToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** "12 Nov 2025" for an ISO date (or the date part of an instant); the text itself if it is not one. */
export function formatIsoDate(iso: string): string {
  const day = dayNumber(iso.slice(0, 10));
  return day === null ? iso : formatCalendarDate(day);
}
