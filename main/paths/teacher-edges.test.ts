import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProgressionGradebook, type ProgressionGradebook } from '../../test/helpers/progression-gradebook.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { newId } from '../../db/ids.js';
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

describe('a cluster taught in its own order', () => {
  it('asked from a class, chains only the standards that class tracks, stepping over one it does not', () => {
    const w = g.gradebook.writer;
    const cluster = newId();
    const at = '2026-01-05T08:00:00.000Z';
    const framework = String(w.prepare('SELECT framework_id FROM standards WHERE id = ?').pluck().get(g.s.a));
    w.prepare(`INSERT INTO standards (id, framework_id, position, code, statement, type, created_at, updated_at) VALUES (?, ?, 50, 'M.Y', 'A cluster', 'cluster', ?, ?)`).run(cluster, framework, at, at);
    [g.s.d, g.s.e, g.s.a].forEach((id, position) => w.prepare('UPDATE standards SET parent_id = ?, position = ? WHERE id = ?').run(cluster, position, id));
    w.prepare('DELETE FROM class_standards WHERE class_id = ? AND standard_id = ?').run(g.classId, g.s.e);
    const edges = () => new Set(g.gradebook.reader.prepare("SELECT prerequisite_id || '>' || standard_id FROM prerequisites").pluck().all());
    const before = edges();
    expect(dispatch(g.gradebook, 'paths:orderCluster', { clusterId: cluster, classId: g.classId })).toMatchObject({ ok: true, value: { added: 1 } });
    expect(edges()).toEqual(new Set([...before, `${g.s.d}>${g.s.a}`]));

    // a class tracking only one of them has no order to follow, and nothing is written
    w.prepare('DELETE FROM class_standards WHERE class_id = ? AND standard_id = ?').run(g.classId, g.s.d);
    const refused = dispatch(g.gradebook, 'paths:orderCluster', { clusterId: cluster, classId: g.classId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_data', message: expect.stringContaining('This class tracks fewer than two standards') } });
    expect(edges()).toEqual(new Set([...before, `${g.s.d}>${g.s.a}`]));
  });

  it('chains the cluster’s standards, keeps edges already there, and refuses as a whole when a circle would form', () => {
    const w = g.gradebook.writer;
    const cluster = newId();
    const at = '2026-01-05T08:00:00.000Z';
    const framework = String(w.prepare('SELECT framework_id FROM standards WHERE id = ?').pluck().get(g.s.a));
    w.prepare(`INSERT INTO standards (id, framework_id, position, code, statement, type, created_at, updated_at) VALUES (?, ?, 50, 'M.X', 'A cluster', 'cluster', ?, ?)`).run(cluster, framework, at, at);
    // D, E and A in that order under the cluster
    [g.s.d, g.s.e, g.s.a].forEach((id, position) => w.prepare('UPDATE standards SET parent_id = ?, position = ? WHERE id = ?').run(cluster, position, id));
    const edges = () => new Set(g.gradebook.reader.prepare("SELECT prerequisite_id || '>' || standard_id FROM prerequisites").pluck().all());
    const before = edges();
    expect(dispatch(g.gradebook, 'paths:orderCluster', { clusterId: cluster })).toMatchObject({ ok: true, value: { added: 2 } });
    expect(edges()).toEqual(new Set([...before, `${g.s.d}>${g.s.e}`, `${g.s.e}>${g.s.a}`]));
    expect(dispatch(g.gradebook, 'paths:orderCluster', { clusterId: cluster })).toMatchObject({ ok: true, value: { added: 0 } });

    // C put first under the cluster: C → D → E → A closes a circle with A → B → C
    w.prepare('UPDATE standards SET parent_id = ?, position = -1 WHERE id = ?').run(cluster, g.s.c);
    const snapshot = snapshotGradebook(g.gradebook.reader.path);
    const refused = dispatch(g.gradebook, 'paths:orderCluster', { clusterId: cluster });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_data', message: expect.stringContaining('circle of prerequisites') } });
    expect(snapshotGradebook(g.gradebook.reader.path)).toEqual(snapshot);
  });
});
