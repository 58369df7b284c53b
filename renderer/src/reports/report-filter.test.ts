import { describe, expect, it } from 'vitest';
import { coachFilterSchema, reportFilterSchema } from '../../../preload/contract/reports.js';
import { coachFilterOf, mergeTerms, reportFilterOf, withDates, withTerm } from './report-filter.js';
import { noChoices } from './report-filters.js';

const classId = '0198b39b-f800-7507-b6ee-92fbcb5cb540';

describe('the report request from the filters on screen', () => {
  it('sends only what was chosen, and the contract accepts it', () => {
    const { filter, dateProblem } = reportFilterOf(classId, { ...noChoices, asOf: '2026-01-10', from: '2025-12-01', to: '2026-01-10', kinds: ['of'], quietDays: '7' });
    expect(dateProblem).toBeNull();
    expect(filter).toEqual({ classId, asOf: '2026-01-10', from: '2025-12-01', to: '2026-01-10', evidenceKinds: ['of'], quietDays: 7 });
    expect(reportFilterSchema.safeParse(filter).success).toBe(true);
    expect(reportFilterOf(classId, noChoices).filter).toEqual({ classId, quietDays: 14 });
  });

  it('says so when the window ends before it starts, and leaves the dates out of the request', () => {
    const { filter, dateProblem } = reportFilterOf(classId, { ...noChoices, from: '2026-01-10', to: '2025-12-01' });
    expect(dateProblem).toMatch(/starts after it ends/);
    expect(filter).toEqual({ classId, quietDays: 14 });
  });

  it('falls back to the default quiet days for an empty or impossible box', () => {
    expect(reportFilterOf(classId, { ...noChoices, quietDays: '' }).filter).toEqual({ classId });
    expect(reportFilterOf(classId, { ...noChoices, quietDays: '400' }).filter).toEqual({ classId });
  });
});

const fall = { termId: '0198b39b-f800-7507-b6ee-000000000001', sourcedId: 'term-fall-2025', title: 'Fall 2025', type: 'semester', startsOn: '2025-08-25', endsOn: '2025-12-19', schoolYear: 2026 };
const spring = { termId: '0198b39b-f800-7507-b6ee-000000000002', sourcedId: 'term-spring-2026', title: 'Spring 2026', type: 'semester', startsOn: '2026-01-05', endsOn: '2026-05-29', schoolYear: 2026 };

describe('the term filter', () => {
  it('choosing a term sets the evidence window to it; the class’s own term again clears both dates', () => {
    const chosen = withTerm({ ...noChoices, from: '2025-01-01' }, fall);
    expect(chosen).toMatchObject({ term: fall.termId, from: '2025-08-25', to: '2025-12-19' });
    expect(reportFilterOf(classId, chosen).filter).toMatchObject({ from: '2025-08-25', to: '2025-12-19' });
    expect(withTerm(chosen, null)).toMatchObject({ term: '', from: '', to: '' });
  });

  it('a date typed by hand is no longer the term’s', () => {
    expect(withDates(withTerm(noChoices, fall), { to: '2025-11-01' })).toMatchObject({ term: '', from: '2025-08-25', to: '2025-11-01' });
  });

  it('teachers’ files list a shared term once (by its roster id, else title and dates), newest first', () => {
    const copyOfFall = { ...fall, termId: '0198b39b-f800-7507-b6ee-000000000003' };
    const unsourced = { ...spring, termId: '0198b39b-f800-7507-b6ee-000000000004', sourcedId: null };
    expect(mergeTerms([[fall], [copyOfFall, spring], [unsourced, { ...unsourced, termId: '0198b39b-f800-7507-b6ee-000000000005' }]]).map((t) => t.termId)).toEqual([
      spring.termId,
      unsourced.termId,
      fall.termId,
    ]);
  });

  it('coach mode sends the same filter without a class, and the contract accepts it', () => {
    const { filter } = coachFilterOf({ ...withTerm(noChoices, spring), kinds: ['of'] });
    expect(filter).toEqual({ from: '2026-01-05', to: '2026-05-29', evidenceKinds: ['of'], quietDays: 14 });
    expect(coachFilterSchema.safeParse(filter).success).toBe(true);
  });
});
