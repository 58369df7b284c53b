import { describe, expect, it } from 'vitest';
import { projectPace } from './pacing.js';

const base = { startedOn: '2026-01-05', today: '2026-02-02', termEndsOn: '2026-06-12' };
const weeksBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / (7 * 86_400_000);

describe('projectPace', () => {
  it('has no projection before the first step is mastered', () => {
    expect(projectPace({ ...base, masteredOn: [], remainingSteps: 8 })).toEqual({ status: 'not_started', stepsPerWeek: null, finish: null, deadline: '2026-06-12' });
  });

  it('turns irregular weeks into a range around steps per week and a finish window', () => {
    // 4 steps over 4 weeks, bunched: none, three in week two, one in week four
    const masteredOn = ['2026-01-13', '2026-01-14', '2026-01-16', '2026-01-30'];
    const pace = projectPace({ ...base, masteredOn, remainingSteps: 6 });
    const weeks = weeksBetween(base.startedOn, base.today);
    const spread = 1.28 * Math.sqrt(4);
    expect(pace.stepsPerWeek?.low).toBeCloseTo((4 - spread) / weeks, 10);
    expect(pace.stepsPerWeek?.high).toBeCloseTo((4 + spread) / weeks, 10);
    const earliestDays = Math.ceil((6 / ((4 + spread) / weeks)) * 7);
    expect(pace.finish?.earliest).toBe(new Date(Date.parse(`${base.today}T00:00:00Z`) + earliestDays * 86_400_000).toISOString().slice(0, 10));
    expect(pace.status).toBe('ahead');
  });

  it('measures against the learner’s own target when set: the same pace is on track for the term but needs more time for an early target', () => {
    const masteredOn = ['2026-01-20', '2026-01-28'];
    const forTerm = projectPace({ ...base, masteredOn, remainingSteps: 12 });
    const early = projectPace({ ...base, masteredOn, remainingSteps: 12, targetOn: '2026-02-20' });
    expect(early.deadline).toBe('2026-02-20');
    expect(['on_track', 'ahead']).toContain(forTerm.status);
    expect(early.status).toBe('behind');
  });

  it('one step in the first days is not read as a pace of seven a week', () => {
    const pace = projectPace({ startedOn: '2026-01-05', today: '2026-01-06', masteredOn: ['2026-01-06'], remainingSteps: 3, termEndsOn: '2026-06-12' });
    expect(pace.stepsPerWeek?.high).toBeCloseTo(1 + 1.28, 10);
    expect(pace.finish?.latest).toBeNull();
  });

  it('is finished when no step remains', () => {
    expect(projectPace({ ...base, masteredOn: ['2026-01-10'], remainingSteps: 0 }).status).toBe('finished');
  });
});
