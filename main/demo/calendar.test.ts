import { describe, expect, it } from 'vitest';
import { dayFromIso, instantOf, isoFromDay, isWeekend, schoolCalendarAround, weekday } from './calendar.js';

describe('calendar', () => {
  it('turns dates into day numbers and back, refusing impossible dates', () => {
    expect(isoFromDay(dayFromIso('2026-01-23'))).toBe('2026-01-23');
    expect(dayFromIso('1970-01-02')).toBe(1);
    expect(() => dayFromIso('2026-02-30')).toThrow(/not a date/);
    expect(() => dayFromIso('23/01/2026')).toThrow(/not a date/);
  });

  it('knows weekdays and instants', () => {
    expect(weekday(dayFromIso('2026-01-23'))).toBe(5); // a Friday
    expect(isWeekend(dayFromIso('2026-01-24'))).toBe(true);
    expect(instantOf(dayFromIso('2026-01-23'), 20 * 60 + 5).iso).toBe('2026-01-23T20:05:00.000Z');
  });

  it('puts January in the fall semester of the school year that began the August before', () => {
    const calendar = schoolCalendarAround(dayFromIso('2026-01-23'));
    expect(calendar.startYear).toBe(2025);
    expect(calendar.schoolYear.title).toBe('2025–2026');
    expect(calendar.semester.title).toBe('Fall 2025');
    expect(isoFromDay(calendar.semester.startsOn)).toBe('2025-08-20');
    expect(isoFromDay(calendar.semester.endsOn)).toBe('2026-01-30');
  });

  it('uses the spring semester from February and through the summer, and a new year from late August', () => {
    expect(schoolCalendarAround(dayFromIso('2026-04-10')).semester.title).toBe('Spring 2026');
    expect(schoolCalendarAround(dayFromIso('2026-07-15')).semester.title).toBe('Spring 2026');
    expect(schoolCalendarAround(dayFromIso('2026-08-25')).semester.title).toBe('Fall 2026');
  });

  it('has no school over Thanksgiving, the winter break and the federal holidays', () => {
    const calendar = schoolCalendarAround(dayFromIso('2026-01-23'));
    for (const holiday of ['2025-09-01', '2025-11-26', '2025-11-27', '2025-11-28', '2025-12-24', '2026-01-01', '2026-01-19']) {
      expect(calendar.isBreak(dayFromIso(holiday)), holiday).toBe(true);
    }
    for (const schoolDay of ['2025-09-02', '2025-11-24', '2026-01-05', '2026-01-20']) {
      expect(calendar.isBreak(dayFromIso(schoolDay)), schoolDay).toBe(false);
    }
  });
});
