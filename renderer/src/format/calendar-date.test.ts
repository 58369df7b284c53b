import { describe, expect, it } from 'vitest';
import { dayNumber, formatCalendarDate, formatDaysAgo, formatIsoDate, todayDayNumber, writeDatesAs } from './calendar-date.js';

describe('calendar dates', () => {
  it('reads ISO dates as whole days and refuses impossible ones', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-01-12')).toBe(20_465);
    expect(dayNumber('2026-02-30')).toBeNull();
    expect(dayNumber('12/01/2026')).toBeNull();
  });

  it('writes a day with the month in words, in the order of the computer\'s locale', () => {
    try {
      writeDatesAs('en-GB');
      expect(formatCalendarDate(dayNumber('2026-01-12') ?? 0)).toBe('12 Jan 2026');
      expect(formatIsoDate('2026-01-12T09:30:00Z')).toBe('12 Jan 2026');
      writeDatesAs('en-US');
      expect(formatCalendarDate(dayNumber('2026-01-12') ?? 0)).toBe('Jan 12, 2026');
    } finally {
      writeDatesAs(undefined);
    }
  });

  it('follows the system locale when none is forced', () => {
    const system = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 12));
    expect(formatIsoDate('2026-01-12')).toBe(system);
  });

  it('takes today from the local calendar, not UTC', () => {
    expect(todayDayNumber(new Date(2026, 0, 23, 23, 59))).toBe(dayNumber('2026-01-23'));
    expect(todayDayNumber(new Date(2026, 0, 23, 0, 1))).toBe(dayNumber('2026-01-23'));
  });

  it('says how long ago in words people use', () => {
    const today = dayNumber('2026-01-23') ?? 0;
    expect(formatDaysAgo(today, today)).toBe('today');
    expect(formatDaysAgo(today - 1, today)).toBe('yesterday');
    expect(formatDaysAgo(today - 11, today)).toBe('11 days ago');
    expect(formatDaysAgo(today - 15, today)).toBe('15 days ago');
    expect(formatDaysAgo(today - 42, today)).toBe('6 weeks ago');
    expect(formatDaysAgo(today - 120, today)).toBe('4 months ago');
    expect(formatDaysAgo(today + 2, today)).toBe('in 2 days');
  });
});
