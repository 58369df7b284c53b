/**
 * Calendar dates (`YYYY-MM-DD`, as the gradebook stores when evidence was observed) are days, not
 * instants: all arithmetic here is on whole days in UTC so no time zone can shift a date by one.
 */
const msPerDay = 86_400_000;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01, or null for text that is not a real calendar date. */
export function dayNumber(iso: string): number | null {
  const match = isoDate.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms / msPerDay;
}

/** Today as a day number, from the computer's local calendar (the teacher's "today"). */
export function todayDayNumber(now: Date = new Date()): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / msPerDay;
}

// Day, month as a word, year, in the order the computer's locale writes them ("12 Jan 2026" in the UK,
// "Jan 12, 2026" in the US): a month in words is unambiguous on both sides of the Atlantic, and every
// date in the window is written this one way.
const dateOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
let dateFormat = new Intl.DateTimeFormat(undefined, dateOptions);
// a moment's time of day, on the computer's clock and in its time zone ("10:42", "10:42 AM")
const clockOptions: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
let clockFormat = new Intl.DateTimeFormat(undefined, clockOptions);

/** For tests: write dates and times as `locale` would, instead of the computer's own. */
export function writeDatesAs(locale: string | undefined): void {
  dateFormat = new Intl.DateTimeFormat(locale, dateOptions);
  clockFormat = new Intl.DateTimeFormat(locale, clockOptions);
}

/** The time of day of an instant (ISO), as the computer's clock shows it: "10:42". */
export function formatClockTime(iso: string): string {
  return clockFormat.format(new Date(iso));
}

export function formatCalendarDate(day: number): string {
  return dateFormat.format(new Date(day * msPerDay));
}

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/**
 * How long ago `day` was, the way people say it: "today", "yesterday", "11 days ago", "6 weeks ago",
 * "4 months ago". Exact days for the first month: the "not seen lately" flag turns on after 14 days,
 * and "2 weeks ago" would blur 13 days (fine) and 15 (flagged) together.
 */
export function formatDaysAgo(day: number, today: number): string {
  const ago = today - day;
  const abs = Math.abs(ago);
  if (abs < 31) return relativeFormat.format(-ago, 'day');
  if (abs < 63) return relativeFormat.format(-Math.round(ago / 7), 'week');
  if (abs < 365 * 2) return relativeFormat.format(-Math.round(ago / 30.44), 'month');
  return relativeFormat.format(-Math.round(ago / 365.25), 'year');
}

/** "12 Nov 2025" for an ISO date (or the date part of an instant); the text itself if it is not one. */
export function formatIsoDate(iso: string): string {
  const day = dayNumber(iso.slice(0, 10));
  return day === null ? iso : formatCalendarDate(day);
}
