import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { newId } from '../ids.js';
import { openGradebook } from '../open.js';
import { migrations } from './index.js';

const tempDir = useTempDir();
const now = '2026-01-10T09:00:00.000Z';
/** The plan on the writing connection: the one that just ran ANALYZE, so it plans with the statistics the file now has. */
const planOf = (gradebook: { writer: { prepare(sql: string): { all(...p: unknown[]): unknown[] } } }, query: string, ...params: unknown[]) =>
  (gradebook.writer.prepare(`EXPLAIN QUERY PLAN ${query}`).all(...params) as { detail: string }[]).map((p) => p.detail).join(' | ');

describe('migration 0080-group-sets', () => {
  it('keeps every group set, group and member of a schema-70 file, and adds notes, seed, adult, space, task and saved standing', async () => {
    const path = join(tempDir(), 'm80.proficio');
    const old = await openGradebook(path, { migrations: migrations.filter((m) => m.version <= 70) });
    const [school, klass, learner, set, group] = [newId(), newId(), newId(), newId(), newId()];
    const w = old.writer;
    w.prepare(`INSERT INTO schools (id, name, created_at, updated_at) VALUES (?, 'S', ?, ?)`).run(school, now, now);
    w.prepare(`INSERT INTO classes (id, school_id, title, created_at, updated_at) VALUES (?, ?, 'Math 5', ?, ?)`).run(klass, school, now, now);
    w.prepare(`INSERT INTO learners (id, given_name, family_name, created_at, updated_at) VALUES (?, 'Ana', 'Lima', ?, ?)`).run(learner, now, now);
    w.prepare(`INSERT INTO group_sets (id, class_id, title, formed_on, purpose, strategy, created_at, updated_at) VALUES (?, ?, 'Tuesday', '2026-01-06', 'Fractions', 'proficiency_band', ?, ?)`).run(set, klass, now, now);
    w.prepare(`INSERT INTO groups (id, group_set_id, name, position) VALUES (?, ?, 'Table 1', 0)`).run(group, set);
    w.prepare(`INSERT INTO group_members (group_id, learner_id) VALUES (?, ?)`).run(group, learner);
    old.close();

    const gradebook = await openGradebook(path);
    try {
      expect(gradebook.migration?.applied).toContain('80-group-sets');
      const r = gradebook.reader;
      expect(r.prepare(`SELECT id, purpose, strategy, notes, seed FROM group_sets`).all()).toEqual([{ id: set, purpose: 'Fractions', strategy: 'proficiency_band', notes: null, seed: null }]);
      expect(r.prepare(`SELECT id, name, adult, space, task FROM groups`).all()).toEqual([{ id: group, name: 'Table 1', adult: null, space: null, task: null }]);
      expect(r.prepare(`SELECT learner_id, position, saved_readiness, saved_level, saved_band FROM group_members`).all()).toEqual([
        { learner_id: learner, position: 0, saved_readiness: null, saved_level: null, saved_band: null },
      ]);
      // a stored readiness is one of the four states
      expect(() => gradebook.writer.prepare(`UPDATE group_members SET saved_readiness = 'almost'`).run()).toThrow(/CHECK/);
      // the hot reads: a set's groups in order, a learner's groups across sets, a class's sets by date
      expect(planOf(gradebook, 'SELECT id FROM groups WHERE group_set_id = ? ORDER BY position', set)).toMatch(/USING (COVERING )?INDEX groups_set/);
      // a class's worth of members, and statistics as the file keeps them (PRAGMA optimize), so the planner sees real sizes
      for (let i = 0; i < 60; i++) {
        const other = newId();
        gradebook.writer.prepare(`INSERT INTO learners (id, given_name, family_name, created_at, updated_at) VALUES (?, 'L', ?, ?, ?)`).run(other, String(i), now, now);
        gradebook.writer.prepare(`INSERT INTO group_members (group_id, learner_id, position) VALUES (?, ?, ?)`).run(group, other, i + 1);
      }
      gradebook.writer.prepare('ANALYZE').run();
      expect(planOf(gradebook, 'SELECT group_id FROM group_members WHERE learner_id = ?', learner)).toMatch(/USING (COVERING )?INDEX group_members_learner/);
      expect(planOf(gradebook, 'SELECT id FROM group_sets WHERE class_id = ? ORDER BY formed_on DESC', klass)).toMatch(/INDEX group_sets_class_date/);
      // deleting a set takes its groups and members with it
      gradebook.writer.prepare(`DELETE FROM group_sets WHERE id = ?`).run(set);
      expect(r.prepare(`SELECT (SELECT count(*) FROM groups) + (SELECT count(*) FROM group_members) AS n`).get()).toEqual({ n: 0 });
    } finally {
      gradebook.close();
    }
  });
});
