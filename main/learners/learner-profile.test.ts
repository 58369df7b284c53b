import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { openProgressionGradebook, type ProgressionGradebook } from '../../test/helpers/progression-gradebook.js';
import { dispatch } from '../worker/dispatch.js';
import type { LearnerGoal, ProfileEntry } from '../../preload/contract/learners.js';
import { learnerProfile } from './learner-profile.js';

const tempDir = useTempDir();
let g: ProgressionGradebook;
let classId: string;
let ana: string;
let ben: string;
let s: ProgressionGradebook['s'];
const evidence = (...args: Parameters<ProgressionGradebook['evidence']>) => g.evidence(...args);

beforeEach(async () => {
  g = await openProgressionGradebook(tempDir());
  ({ classId, ana, ben, s } = g);
});
afterEach(() => g.gradebook.close());

const profile = (asOf?: string) => learnerProfile(g.gradebook.reader, { learnerId: ana, classId, ...(asOf ? { asOf } : {}) });
const gapsOf = (asOf?: string) => profile(asOf).gaps.map((g) => [g.code, g.reason]);

describe('a learner’s profile: academic status and gaps', () => {
  it('puts the standard whose prerequisite is mastered first among the gaps, then those never seen; the chain waits', () => {
    evidence(ana, s.a, 3, '2026-01-06'); // mastered (threshold 3)
    evidence(ana, s.b, 2, '2026-01-07'); // ready, not mastered
    evidence(ana, s.c, 1, '2026-01-08'); // waits for B
    expect(gapsOf()).toEqual([
      ['M.B', 'ready_not_mastered'],
      ['M.D', 'no_evidence'],
      ['M.E', 'no_evidence'],
    ]);
    const a = profile().academic.find((x) => x.standardId === s.a);
    expect(a).toMatchObject({ level: 3, mastered: true, evidenceCount: 1, points: [{ observedOn: '2026-01-06', level: 3 }], methodLabel: expect.stringMatching(/recent/i) });
  });

  it('keeps learning-related skills apart from academic standards and out of the gaps', () => {
    const p = profile();
    expect(p.skills.map((x) => x.code)).toEqual(['M.SKILL']);
    expect(p.academic.map((x) => x.code)).toEqual(['M.A', 'M.B', 'M.C', 'M.D', 'M.E']);
    expect(p.gaps.map((g) => g.code)).not.toContain('M.SKILL');
  });

  it('follows a teacher’s override: an overridden prerequisite counts as mastered', () => {
    evidence(ana, s.a, 2, '2026-01-06');
    evidence(ana, s.b, 2, '2026-01-07');
    expect(gapsOf()[0]).toEqual(['M.A', 'ready_not_mastered']);
    g.override(ana, s.a, 3, '2026-01-09');
    const a = profile().academic.find((x) => x.standardId === s.a);
    expect(a).toMatchObject({ level: 3, mastered: true, override: { level: 3, reason: 'Showed it in conference' } });
    expect(gapsOf()[0]).toEqual(['M.B', 'ready_not_mastered']);
  });

  it('shows the profile as it stood on an earlier date: later evidence and entries are not there yet', () => {
    evidence(ana, s.a, 1, '2026-01-06');
    evidence(ana, s.a, 4, '2026-01-20');
    dispatch(g.gradebook, 'learners:add-entry', { learnerId: ana, category: 'interest', body: 'Maps', author: 'learner', notedOn: '2026-01-15' });
    const then = profile('2026-01-10');
    expect(then.asOf).toBe('2026-01-10');
    expect(then.academic.find((x) => x.standardId === s.a)).toMatchObject({ level: 1, mastered: false, evidenceCount: 1 });
    expect(then.drivers).toEqual([]);
    expect(profile().academic.find((x) => x.standardId === s.a)).toMatchObject({ level: 4, mastered: true, evidenceCount: 2 });
    expect(profile().drivers.map((d) => d.body)).toEqual(['Maps']);
  });
});

describe('writing into a profile', () => {
  it('records entries with their author, marks supports and private notes sensitive, and audits the real author', () => {
    const own = dispatch(g.gradebook, 'learners:add-entry', { learnerId: ana, category: 'interest', body: 'Football', author: 'learner' });
    expect(own).toMatchObject({ ok: true, value: { author: 'learner', authorName: 'Ana Lima', sensitive: false } });
    dispatch(g.gradebook, 'learners:add-entry', { learnerId: ana, category: 'support', body: 'Extra time', author: 'educator', authorName: 'Ms Rivera' });
    dispatch(g.gradebook, 'learners:add-entry', { learnerId: ana, category: 'note', body: 'Family moving', author: 'educator', authorName: 'Ms Rivera', private: true });
    const p = profile();
    expect(p.timeline.filter((item) => item.sensitive).map((item) => item.summary)).toEqual(['Note: Family moving']);
    expect(p.supports).toMatchObject([{ body: 'Extra time', sensitive: true, authorName: 'Ms Rivera' }]);
    expect(p.notes).toMatchObject([{ body: 'Family moving', sensitive: true }]);
    expect(p.drivers).toMatchObject([{ body: 'Football', category: 'interest' }]);
    const actors = g.gradebook.reader.prepare(`SELECT actor FROM audit_log WHERE entity = 'profile_entry' ORDER BY at, rowid`).pluck().all();
    expect(actors).toEqual(['learner: Ana Lima', 'educator: Ms Rivera', 'educator: Ms Rivera']);
  });

  it('computes goal progress from the linked standards and suggests "met" once all are mastered', () => {
    evidence(ana, s.a, 3, '2026-01-06');
    const added = dispatch(g.gradebook, 'learners:add-goal', { learnerId: ana, body: 'A and B', standardIds: [s.a, s.b], author: 'learner', classId, setOn: '2026-01-07' });
    expect(added).toMatchObject({ ok: true, value: { progress: 0.5, suggestMet: false, status: 'active', authorName: 'Ana Lima', createdOn: '2026-01-07' } });
    expect(profile('2026-01-06').goals).toEqual([]);
    evidence(ana, s.b, 4, '2026-01-08');
    const [goal] = profile().goals;
    expect(goal).toMatchObject({ progress: 1, suggestMet: true });
    if (!goal) return;
    const reflection = dispatch(g.gradebook, 'learners:add-reflection', { learnerId: ana, goalId: goal.goalId, body: 'Did it', author: 'family', authorName: 'Rosa Lima', reflectedOn: '2026-01-09' });
    expect(reflection).toMatchObject({ ok: true, value: { author: 'family', authorName: 'Rosa Lima' } });
    const met = dispatch(g.gradebook, 'learners:update-goal', { learnerId: ana, goalId: goal.goalId, status: 'met', classId });
    expect(met).toMatchObject({ ok: true, value: { status: 'met', suggestMet: false, reflections: [{ body: 'Did it' }] } });
    const kinds = profile().timeline.map((item) => item.kind);
    expect(kinds).toEqual(expect.arrayContaining(['evidence', 'goal', 'reflection']));
    expect(profile().timeline.some((item) => item.kind === 'goal' && /Goal met/.test(item.summary))).toBe(true);
  });

  it('refuses another learner’s goal or entry, and a learner who is not there, changing nothing', () => {
    const goal = dispatch(g.gradebook, 'learners:add-goal', { learnerId: ana, body: 'Mine', standardIds: [s.a], author: 'learner' });
    const entry = dispatch(g.gradebook, 'learners:add-entry', { learnerId: ana, category: 'need', body: 'Quiet', author: 'educator' });
    if (!goal.ok || !entry.ok) throw new Error('setup failed');
    const { goalId } = goal.value as LearnerGoal;
    const { entryId } = entry.value as ProfileEntry;
    const before = snapshotGradebook(g.gradebook.reader.path);
    const attempts = [
      dispatch(g.gradebook, 'learners:update-goal', { learnerId: ben, goalId, status: 'dropped' }),
      dispatch(g.gradebook, 'learners:add-reflection', { learnerId: ben, goalId, body: 'Not mine', author: 'learner' }),
      dispatch(g.gradebook, 'learners:update-entry', { learnerId: ben, entryId, body: 'Changed' }),
      dispatch(g.gradebook, 'learners:remove-entry', { learnerId: ben, entryId }),
      dispatch(g.gradebook, 'learners:add-entry', { learnerId: newId(), category: 'need', body: 'Ghost', author: 'educator' }),
      dispatch(g.gradebook, 'learners:add-goal', { learnerId: ana, body: 'Unknown standard', standardIds: [newId()], author: 'learner' }),
    ];
    for (const result of attempts) expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(snapshotGradebook(g.gradebook.reader.path)).toEqual(before);
  });
});
