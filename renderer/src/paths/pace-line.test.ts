import { describe, expect, it } from 'vitest';
import type { PathPace } from '../../../preload/contract/index.js';
import { paceLine } from './pace-line.js';

const pace = (over: Partial<PathPace>): PathPace => ({ status: 'on_track', stepsPerWeek: { low: 1, high: 2 }, finish: null, deadline: null, ...over });

describe('paceLine', () => {
  it('places today, the deadline and the finish window between the start and the later of deadline and latest finish', () => {
    // started 1 Jan; today 11 Jan (10 days); target 31 Jan (30 days); finish 21 Jan – 10 Feb (20 and 40 days): the line runs 40 days
    const line = paceLine('2026-01-01', '2026-01-11', pace({ deadline: '2026-01-31', finish: { earliest: '2026-01-21', latest: '2026-02-10' } }));
    expect(line).toEqual({ endsOn: '2026-02-10', today: 10 / 40, deadline: 30 / 40, finish: { from: 20 / 40, to: 1 } });
  });

  it('runs to the deadline when the finish comes before it, and leaves the band open when the pace cannot say how late', () => {
    const line = paceLine('2026-01-01', '2026-01-11', pace({ deadline: '2026-03-02', finish: { earliest: '2026-01-31', latest: null } }));
    expect(line).toEqual({ endsOn: '2026-03-02', today: 10 / 60, deadline: 1, finish: { from: 30 / 60, to: null } });
  });

  it('runs on past an open-ended finish window that starts after the deadline, so its band shows', () => {
    // started 1 Jan; today 11 Jan (10 days); target 21 Jan (20); earliest finish 20 Feb (50), no latest: the line runs 50 + ceil(50 × 0.18) + 1 = 60 days
    const line = paceLine('2026-01-01', '2026-01-11', pace({ status: 'behind', stepsPerWeek: { low: 0, high: 0.5 }, deadline: '2026-01-21', finish: { earliest: '2026-02-20', latest: null } }));
    expect(line).toEqual({ endsOn: '2026-03-02', today: 10 / 60, deadline: 20 / 60, finish: { from: 50 / 60, to: null } });
  });

  it('shows only today against the deadline before the first step is mastered, and nothing without a deadline or a finish', () => {
    expect(paceLine('2026-01-01', '2026-01-06', pace({ status: 'not_started', stepsPerWeek: null, deadline: '2026-01-21' }))).toEqual({ endsOn: '2026-01-21', today: 0.25, deadline: 1, finish: null });
    expect(paceLine('2026-01-01', '2026-01-06', pace({ status: 'not_started', stepsPerWeek: null }))).toBeNull();
  });
});
