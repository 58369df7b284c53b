import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LearnerPath, LearnerSteps, PathTemplate } from '../../preload/contract/paths.js';
import { openProgressionGradebook, type ProgressionGradebook } from '../../test/helpers/progression-gradebook.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { dispatch } from '../worker/dispatch.js';

const tempDir = useTempDir();
let g: ProgressionGradebook;
let template: PathTemplate;

function ok<T>(result: Awaited<ReturnType<typeof dispatch>>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}
const stepsOfClass = (asOf = '2026-01-30') => ok<LearnerSteps[]>(dispatch(g.gradebook, 'paths:classSteps', { classId: g.classId, asOf }));
const pathOf = (learnerId: string) => ok<LearnerPath | null>(dispatch(g.gradebook, 'paths:learnerPath', { classId: g.classId, learnerId, asOf: '2026-01-30' }));

beforeEach(async () => {
  g = await openProgressionGradebook(tempDir());
  template = ok<PathTemplate>(
    dispatch(g.gradebook, 'paths:saveTemplate', { classId: g.classId, title: 'Fractions', steps: [g.s.a, g.s.b, g.s.c, g.s.d].map((standardId) => ({ standardId, options: [] })) }),
  );
});
afterEach(() => g.gradebook.close());

describe('paths:classSteps', () => {
  it('names each learner’s current and next step from their own path, and leaves out learners without one', () => {
    expect(stepsOfClass()).toEqual([]);
    ok(dispatch(g.gradebook, 'paths:applyTemplate', { templateId: template.templateId, learnerIds: [g.ana, g.ben], startOn: '2026-01-05' }));
    // Ana masters A (so B, which waits on A alone, becomes ready); Ben says he is working on D
    g.evidence(g.ana, g.s.a, 4, '2026-01-20');
    const benD = pathOf(g.ben)!.steps[3]!;
    ok(dispatch(g.gradebook, 'paths:updateStep', { learnerId: g.ben, stepId: benD.stepId, status: 'working' }));

    const byLearner = new Map(stepsOfClass().map((row) => [row.learnerId, row]));
    expect(byLearner.size).toBe(2);
    const ana = byLearner.get(g.ana)!;
    // next is the step that follows on her path, C, which still waits on B
    expect([ana.current?.code, ana.next?.code, ana.next?.readiness, ana.mastered, ana.total]).toEqual(['M.B', 'M.C', 'not_yet_ready', 1, 4]);
    const ben = byLearner.get(g.ben)!;
    // D is his last step, so next is the first one still open before it
    expect([ben.current?.code, ben.current?.status, ben.next?.code]).toEqual(['M.D', 'working', 'M.A']);
    // the board agrees with the learner's own page on which step is suggested
    expect(ana.current?.stepId).toBe(pathOf(g.ana)!.steps.find((step) => step.suggested)?.stepId);
  });

  it('follows the as-of date: before the evidence, Ana is still on her first step', () => {
    ok(dispatch(g.gradebook, 'paths:applyTemplate', { templateId: template.templateId, learnerIds: [g.ana], startOn: '2026-01-05' }));
    g.evidence(g.ana, g.s.a, 4, '2026-01-20');
    expect(stepsOfClass('2026-01-10')[0]?.current?.code).toBe('M.A');
    expect(stepsOfClass('2026-01-25')[0]?.current?.code).toBe('M.B');
  });
});

describe('paths:setTarget', () => {
  it('sets and clears the learner’s target date, which the pace is then measured against', () => {
    ok(dispatch(g.gradebook, 'paths:applyTemplate', { templateId: template.templateId, learnerIds: [g.ana], startOn: '2026-01-05' }));
    const path = pathOf(g.ana)!;
    expect(ok(dispatch(g.gradebook, 'paths:setTarget', { learnerId: g.ana, pathId: path.pathId, targetOn: '2026-03-20' }))).toEqual({ targetOn: '2026-03-20' });
    expect(pathOf(g.ana)?.targetOn).toBe('2026-03-20');
    expect(pathOf(g.ana)?.pace.deadline).toBe('2026-03-20');
    ok(dispatch(g.gradebook, 'paths:setTarget', { learnerId: g.ana, pathId: path.pathId, targetOn: null }));
    expect(pathOf(g.ana)?.targetOn).toBeNull();
  });

  it('refuses another learner’s path, changing nothing', () => {
    ok(dispatch(g.gradebook, 'paths:applyTemplate', { templateId: template.templateId, learnerIds: [g.ana], startOn: '2026-01-05' }));
    const path = pathOf(g.ana)!;
    const before = snapshotGradebook(g.gradebook.reader.path);
    const refused = dispatch(g.gradebook, 'paths:setTarget', { learnerId: g.ben, pathId: path.pathId, targetOn: '2026-03-20' });
    expect(refused.ok).toBe(false);
    expect(snapshotGradebook(g.gradebook.reader.path)).toEqual(before);
  });
});
