import { afterEach, describe, expect, it } from 'vitest';
import type { HubPublished } from '../../../preload/contract/index.js';
import { writeDatesAs } from '../format/calendar-date.js';
import { writeNumbersAs } from '../format/numbers.js';
import { failureTitle, fieldToFix, progressText, publishedDetail, publishedHeadline } from './publish-words.js';

const summary = (changedRows: number, tombstonedRows: number): HubPublished => ({
  gradebookId: '01a00b4d-2400-7507-b6ee-92fbcb5cb540',
  title: 'Year 5 Maths',
  hub: 'ms_lee@hub.school.org:5432/proficio',
  changedRows,
  tombstonedRows,
  tables: [],
  publishedAt: '2026-01-15T10:42:05',
});

describe('the publish dialog’s words', () => {
  afterEach(() => {
    writeNumbersAs(undefined);
    writeDatesAs(undefined);
  });

  it('says how far a publish has got, per table, in counts', () => {
    writeNumbersAs('en-US');
    expect(progressText(null)).toBe('Connecting to the school hub and checking what changed…');
    expect(progressText({ table: 'class_standards', tableIndex: 13, tableCount: 17, sent: 1000, total: 2500 })).toBe(
      'Sending class standards (table 13 of 17): 1,000 of 2,500 changed rows',
    );
  });

  it('says what a publish changed, at what time, or that nothing had changed', () => {
    writeNumbersAs('en-US');
    writeDatesAs('en-GB');
    expect(publishedHeadline(summary(1200, 34))).toBe('Published 1,234 changes to the school hub at 10:42');
    expect(publishedHeadline(summary(1, 0))).toBe('Published 1 change to the school hub at 10:42');
    expect(publishedDetail(summary(1200, 34))).toBe(
      '“Year 5 Maths” is on the school hub at ms_lee@hub.school.org:5432/proficio: 1,200 rows added or changed, 34 marked deleted. Coaches see it in their reports now.',
    );
    expect(publishedHeadline(summary(0, 0))).toBe('Nothing had changed since the last publish');
    expect(publishedDetail(summary(0, 0))).toBe('The school hub at ms_lee@hub.school.org:5432/proficio already has everything in “Year 5 Maths”.');
  });

  it('titles a failure by what went wrong and points at the field to fix', () => {
    const error = (reason: string) => ({ code: 'hub' as const, message: 'x', details: { reason } });
    expect(failureTitle(error('hub_unreachable'))).toBe('Cannot reach the school hub');
    expect(fieldToFix(error('hub_unreachable'))).toBe('address');
    expect(failureTitle(error('hub_login_refused'))).toBe('The school hub refused the login');
    expect(fieldToFix(error('hub_login_refused'))).toBe('password');
    expect(failureTitle(error('hub_not_initialised'))).toBe('The school hub is not set up yet');
    expect(fieldToFix(error('hub_not_initialised'))).toBeNull();
    expect(failureTitle({ code: 'busy', message: 'x', details: {} })).toBe('The gradebook was not published');
  });
});
