import { describe, expect, it } from 'vitest';
import { reportFilterSchema } from '../../../preload/contract/reports.js';
import { reportFilterOf } from './report-filter.js';
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
