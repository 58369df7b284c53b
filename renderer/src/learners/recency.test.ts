import { describe, expect, it } from 'vitest';
import { dayNumber } from '../format/calendar-date.js';
import { needsAttention, notSeenLatelyDays, recencyOf } from './recency.js';

const today = dayNumber('2026-01-23') ?? 0;
const isoDaysAgo = (days: number) => new Date((today - days) * 86_400_000).toISOString().slice(0, 10);

describe('who has not been seen lately', () => {
  it('flags learners with no evidence at all', () => {
    expect(recencyOf({ lastEvidenceOn: null, evidenceCount: 0 }, today)).toEqual({ kind: 'never' });
  });

  it(`keeps learners seen within ${notSeenLatelyDays} days unflagged, and flags the day after`, () => {
    const within = recencyOf({ lastEvidenceOn: isoDaysAgo(notSeenLatelyDays), evidenceCount: 3 }, today);
    const after = recencyOf({ lastEvidenceOn: isoDaysAgo(notSeenLatelyDays + 1), evidenceCount: 3 }, today);
    expect(within).toMatchObject({ kind: 'recent', daysAgo: notSeenLatelyDays });
    expect(after).toMatchObject({ kind: 'not-seen-lately', daysAgo: notSeenLatelyDays + 1 });
    expect([needsAttention(within), needsAttention(after)]).toEqual([false, true]);
  });
});
