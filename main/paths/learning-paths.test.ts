import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LearnerPath, PathTemplate } from '../../preload/contract/paths.js';
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
const pathOf = (learnerId: string) => ok<LearnerPath | null>(dispatch(g.gradebook, 'paths:learnerPath', { classId: g.classId, learnerId, asOf: '2026-01-30' }));
const record = (learnerId: string, standardId: string, level: number, observedOn: string) =>
  ok(dispatch(g.gradebook, 'evidence:record', { classId: g.classId, learnerId, standardId, level, observedOn, kind: 'of' }));

beforeEach(async () => {
  g = await openProgressionGradebook(tempDir());
  const options = [
    { modality: 'small_group', title: 'Fraction strips with Ms Rivera', link: null },
    { modality: 'digital', title: 'Fraction bars game', link: 'https://example.org/bars' },
  ];
  template = ok<PathTemplate>(
    dispatch(g.gradebook, 'paths:saveTemplate', {
      classId: g.classId,
      title: 'Fractions',
      steps: [g.s.a, g.s.b, g.s.c, g.s.d].map((standardId) => ({ standardId, options })),
    }),
  );
});
afterEach(() => g.gradebook.close());

describe('learning paths', () => {
  it('a template applied to the class gives each learner their own copy, once', () => {
    expect(ok(dispatch(g.gradebook, 'paths:applyTemplate', { templateId: template.templateId, learnerIds: [g.ana, g.ben] }))).toEqual({ created: 2, alreadyHad: 0 });
    expect(ok(dispatch(g.gradebook, 'paths:applyTemplate', { templateId: template.templateId, learnerIds: [g.ana] }))).toEqual({ created: 0, alreadyHad: 1 });
    const ana = pathOf(g.ana);
    expect(ana?.steps.map((s) => s.code)).toEqual(['M.A', 'M.B', 'M.C', 'M.D']);
    expect(ana?.steps.map((s) => [s.status, s.readiness, s.suggested])).toEqual([
      ['not_started', 'ready', true],
      ['not_started', 'not_yet_ready', false],
      ['not_started', 'not_yet_ready', false],
      ['not_started', 'ready', false],
    ]);
    expect(ana?.pace.status).toBe('not_started');
    // Ben's copy is his own: moving his step leaves Ana's order alone
    const benStep = pathOf(g.ben)!.steps[3]!;
    ok(dispatch(g.gradebook, 'paths:moveStep', { learnerId: g.ben, stepId: benStep.stepId, position: 0 }));
    expect(pathOf(g.ben)?.steps.map((s) => s.code)).toEqual(['M.D', 'M.A', 'M.B', 'M.C']);
    expect(pathOf(g.ana)?.steps.map((s) => s.code)).toEqual(['M.A', 'M.B', 'M.C', 'M.D']);
  });

  it('a step completes when evidence reaches mastery, and the next ready step is suggested', () => {
    ok(dispatch(g.gradebook, 'paths:applyTemplate', { templateId: template.templateId, learnerIds: [g.ana], startOn: '2026-01-05' }));
    const first = pathOf(g.ana)!.steps[0]!;
    const chosen = ok<{ chosenOption: string; status: string }>(
      dispatch(g.gradebook, 'paths:updateStep', { learnerId: g.ana, stepId: first.stepId, chosenOption: 'Fraction bars game', status: 'working' }),
    );
    expect(chosen).toMatchObject({ chosenOption: 'Fraction bars game', status: 'working' });
    record(g.ana, g.s.a, 2, '2026-01-12');
    expect(pathOf(g.ana)?.steps[0]).toMatchObject({ status: 'working', readiness: 'in_progress', suggested: true });
    record(g.ana, g.s.a, 3, '2026-01-20');
    const after = pathOf(g.ana)!;
    expect(after.steps.map((s) => [s.code, s.status, s.suggested])).toEqual([
      ['M.A', 'mastered', false],
      ['M.B', 'not_started', true],
      ['M.C', 'not_started', false],
      ['M.D', 'not_started', false],
    ]);
    // one step mastered (last evidence 20 Jan) since the path began on 5 Jan, seen on 30 Jan: a pace as a range
    expect(after.startedOn).toBe('2026-01-05');
    const weeks = (Date.parse('2026-01-30') - Date.parse('2026-01-05')) / (7 * 86_400_000);
    expect(after.pace.stepsPerWeek?.high).toBeCloseTo((1 + 1.28) / weeks, 10);
    expect(after.pace.stepsPerWeek?.low).toBe(0);
  });

  it('a skipped step needs a reason and is passed over; another learner’s step and an option the step lacks are refused, changing nothing', () => {
    ok(dispatch(g.gradebook, 'paths:applyTemplate', { templateId: template.templateId, learnerIds: [g.ana, g.ben] }));
    const first = pathOf(g.ana)!.steps[0]!;
    ok(dispatch(g.gradebook, 'paths:updateStep', { learnerId: g.ana, stepId: first.stepId, status: 'skipped', skipReason: 'Showed it last year' }));
    const skipped = pathOf(g.ana)!;
    expect(skipped.steps[0]).toMatchObject({ status: 'skipped', skipReason: 'Showed it last year', suggested: false });
    expect(skipped.steps.find((s) => s.suggested)?.code).toBe('M.D');
    const before = snapshotGradebook(g.gradebook.reader.path);
    expect(dispatch(g.gradebook, 'paths:updateStep', { learnerId: g.ben, stepId: first.stepId, status: 'working' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dispatch(g.gradebook, 'paths:updateStep', { learnerId: g.ana, stepId: first.stepId, chosenOption: 'Something else' })).toMatchObject({ ok: false, error: { code: 'invalid_data' } });
    expect(dispatch(g.gradebook, 'paths:updateStep', { learnerId: g.ana, stepId: first.stepId, status: 'skipped' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(snapshotGradebook(g.gradebook.reader.path)).toEqual(before);
  });
});
