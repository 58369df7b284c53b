import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProgressionGradebook, type ProgressionGradebook } from '../../test/helpers/progression-gradebook.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { dispatch } from '../worker/dispatch.js';
import { classReadiness } from './class-readiness.js';

const tempDir = useTempDir();
let g: ProgressionGradebook;
beforeEach(async () => {
  g = await openProgressionGradebook(tempDir());
});
afterEach(() => g.gradebook.close());

const dState = () => {
  const r = classReadiness(g.gradebook.reader, { classId: g.classId });
  const d = r.standards.findIndex((s) => s.standardId === g.s.d);
  return r.learners.find((l) => l.learnerId === g.ana)?.states[d];
};

describe('edges a teacher draws on the progression graph', () => {
  it('an edge drawn changes readiness at once and is audited; removing it undoes both', () => {
    expect(dState()).toBe('ready');
    expect(dispatch(g.gradebook, 'paths:addPrerequisite', { standardId: g.s.d, prerequisiteId: g.s.a })).toMatchObject({ ok: true, value: { added: true } });
    expect(dState()).toBe('not_yet_ready');
    expect(dispatch(g.gradebook, 'paths:addPrerequisite', { standardId: g.s.d, prerequisiteId: g.s.a })).toMatchObject({ ok: true, value: { added: false } });
    expect(dispatch(g.gradebook, 'paths:removePrerequisite', { standardId: g.s.d, prerequisiteId: g.s.a })).toMatchObject({ ok: true, value: { removed: true } });
    expect(dState()).toBe('ready');
    const audit = g.gradebook.reader.prepare(`SELECT action FROM audit_log WHERE entity = 'prerequisite' ORDER BY at, rowid`).pluck().all();
    expect(audit).toEqual(['create', 'delete']);
  });

  it('refuses an edge that closes a circle, naming every standard on it, and changes nothing', () => {
    const before = snapshotGradebook(g.gradebook.reader.path);
    const result = dispatch(g.gradebook, 'paths:addPrerequisite', { standardId: g.s.a, prerequisiteId: g.s.c });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_data' } });
    if (result.ok) return;
    const circle = /circle of prerequisites: (.+)\. Remove/.exec(result.error.message)?.[1]?.split(' → ');
    expect(circle).toHaveLength(4);
    expect(new Set(circle)).toEqual(new Set(['M.A', 'M.B', 'M.C']));
    expect(circle?.[0]).toBe(circle?.[3]);
    expect(snapshotGradebook(g.gradebook.reader.path)).toEqual(before);
  });
});
