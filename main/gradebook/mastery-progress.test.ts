import { describe, expect, it } from 'vitest';
import type { MasteryProgress } from '../../preload/contract/index.js';
import { watchedWork } from './mastery-progress.js';

describe('watched mastery work', () => {
  it('reports each percent once, not every step', () => {
    const reports: MasteryProgress[] = [];
    const work = watchedWork('c', (p) => reports.push(p), () => false);
    for (let done = 0; done <= 200_000; done += 100) work.step('computing', done, 200_000);
    expect(reports).toHaveLength(101);
    expect(reports[40]).toEqual({ classId: 'c', work: 'computing', done: 80_000, total: 200_000 });
    expect(reports.at(-1)).toEqual({ classId: 'c', work: 'computing', done: 200_000, total: 200_000 });
  });

  it('starts again at 0% when the work changes', () => {
    const reports: MasteryProgress[] = [];
    const work = watchedWork('c', (p) => reports.push(p), () => false);
    work.step('reading', 10, 10);
    work.step('previewing', 0, 10);
    expect(reports.map((r) => `${r.work} ${r.done}`)).toEqual(['reading 10', 'previewing 0']);
  });

  it('throws the cancelled refusal once the teacher asks to stop', () => {
    let stop = false;
    const work = watchedWork('c', () => undefined, () => stop);
    work.step('computing', 1, 10);
    stop = true;
    let thrown: unknown;
    try {
      work.step('computing', 2, 10);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'conflict', details: { reason: 'cancelled' } });
  });
});
