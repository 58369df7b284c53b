import { describe, expect, it } from 'vitest';
import { markFor, type ReportCardMarkRule } from './report-card.js';

const meets: ReportCardMarkRule = { mark: 'Meets', conditions: [{ kind: 'share_at_least', level: 3, share: 0.75 }, { kind: 'none_at_or_below', level: 1 }] };
// the PowerSchool department's rule a grade scale could not express: "A = more than half 4s and no 1s or 2s"
const a: ReportCardMarkRule = { mark: 'A', conditions: [{ kind: 'share_at_least', level: 4, share: 0.5, strictly: true }, { kind: 'none_at_or_below', level: 2 }] };

describe('report-card marks', () => {
  it('Meets = at least 75% at 3 or above and none at 1, with the reason in words', () => {
    expect(markFor([3, 4, 3, 2], [meets], 'Not yet')).toEqual({ mark: 'Meets', explanation: '3 of 4 at 3+, none at 1 → Meets' });
    expect(markFor([3, 4, 3, 1], [meets], 'Not yet')).toEqual({ mark: 'Not yet', explanation: '1 at 1 or below (Meets needs none at 1 or below) → Not yet' });
    expect(markFor([3, 2, 2, null], [meets], 'Not yet')).toEqual({ mark: 'Not yet', explanation: '1 of 4 at 3+ (Meets needs 3 at 3+) → Not yet' });
  });

  it('"more than half" is strict: 2 of 4 at 4 is half, not more; marks are tried best first', () => {
    expect(markFor([4, 4, 3, 3], [a, meets], 'Not yet').mark).toBe('Meets');
    expect(markFor([4, 4, 4, 3], [a, meets], 'Not yet')).toEqual({ mark: 'A', explanation: '3 of 4 at 4+, none at 2 or below → A' });
    expect(markFor([4, 4, 4, 2], [a, meets], 'Not yet').mark).toBe('Meets');
  });

  it('a standard with no level yet is not at any level: it neither helps a share nor counts as a 1', () => {
    expect(markFor([3, 3, 3, null], [meets], 'Not yet').mark).toBe('Meets');
    expect(markFor([3, 3, null, null], [meets], 'Not yet').mark).toBe('Not yet');
    expect(markFor([], [meets], 'Not yet')).toEqual({ mark: 'Not yet', explanation: 'no standards to mark → Not yet' });
  });

  it('at least N standards', () => {
    const rule: ReportCardMarkRule = { mark: 'Secure', conditions: [{ kind: 'count_at_least', level: 3, count: 2 }] };
    expect(markFor([3, 1, 3], [rule], 'Emerging').mark).toBe('Secure');
    expect(markFor([3, 1, 2], [rule], 'Emerging').explanation).toBe('1 of 3 at 3+ (Secure needs 2 at 3+) → Emerging');
  });
});
