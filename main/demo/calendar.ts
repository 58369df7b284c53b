/**
 * Dates for the demo, as whole days since 1970-01-01 (UTC), so the generator does arithmetic on integers
 * and never asks the clock what day it is.
 */

const msPerDay = 86_400_000;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayFromIso(text: string): number {
  const match = isoDatePattern.exec(text);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!Number.isFinite(ms) || isoFromDay(ms / msPerDay) !== text) {
    throw new RangeError(`"${text}" is not a date in the form YYYY-MM-DD.`);
  }
  return ms / msPerDay;
}

export function isoFromDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** The instant `minutes` after midnight UTC of `day`, as ISO 8601 text and as milliseconds. */
export function instantOf(day: number, minutes: number): { iso: string; ms: number } {
  const ms = day * msPerDay + Math.round(minutes) * 60_000;
  return { iso: new Date(ms).toISOString(), ms };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const d = weekday(day);
  return d === 0 || d === 6;
}

function nthWeekdayOfMonth(year: number, month: number, wantedWeekday: number, n: number): number {
  const first = Date.UTC(year, month - 1, 1) / msPerDay;
  return first + ((wantedWeekday - weekday(first) + 7) % 7) + (n - 1) * 7;
}

function lastWeekdayOfMonth(year: number, month: number, wantedWeekday: number): number {
  const last = Date.UTC(year, month, 0) / msPerDay;
  return last - ((weekday(last) - wantedWeekday + 7) % 7);
}

export type SchoolCalendar = {
  /** The calendar year the school year starts in (2025 for 2025–2026). */
  startYear: number;
  schoolYear: { title: string; startsOn: number; endsOn: number };
  semester: { title: string; startsOn: number; endsOn: number };
  /** Days without school on weekdays: holidays and breaks. */
  isBreak(day: number): boolean;
};

/**
 * A plausible US school year around `today`: late August to mid June, a fall semester to the end of
 * January and a spring semester after it. The semester is the one `today` falls in (the spring one
 * through the summer), so evidence can run up to `today`.
 */
export function schoolCalendarAround(today: number): SchoolCalendar {
  const todayYear = Number(isoFromDay(today).slice(0, 4));
  const startYear = today >= Date.UTC(todayYear, 7, 20) / msPerDay ? todayYear : todayYear - 1;
  const endYear = startYear + 1;
  const day = (year: number, month: number, date: number): number => Date.UTC(year, month - 1, date) / msPerDay;
  const fall = { title: `Fall ${startYear}`, startsOn: day(startYear, 8, 20), endsOn: day(endYear, 1, 30) };
  const spring = { title: `Spring ${endYear}`, startsOn: day(endYear, 2, 2), endsOn: day(endYear, 6, 12) };
  const thanksgiving = nthWeekdayOfMonth(startYear, 11, 4, 4);
  const breaks: (readonly [number, number])[] = [
    [nthWeekdayOfMonth(startYear, 9, 1, 1), nthWeekdayOfMonth(startYear, 9, 1, 1)], // Labor Day
    [thanksgiving - 1, thanksgiving + 1],
    [day(startYear, 12, 22), day(endYear, 1, 2)],
    [nthWeekdayOfMonth(endYear, 1, 1, 3), nthWeekdayOfMonth(endYear, 1, 1, 3)], // Martin Luther King Jr. Day
    [nthWeekdayOfMonth(endYear, 3, 1, 4), nthWeekdayOfMonth(endYear, 3, 1, 4) + 4], // spring break
    [lastWeekdayOfMonth(endYear, 5, 1), lastWeekdayOfMonth(endYear, 5, 1)], // Memorial Day
  ];
  return {
    startYear,
    schoolYear: { title: `${startYear}–${endYear}`, startsOn: fall.startsOn, endsOn: spring.endsOn },
    semester: today <= fall.endsOn ? fall : spring,
    isBreak: (d) => breaks.some(([from, to]) => d >= from && d <= to),
  };
}
