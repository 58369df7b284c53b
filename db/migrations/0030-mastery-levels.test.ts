import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { newId } from '../ids.js';
import { openGradebook } from '../open.js';
import { initialSchema } from './0010-initial.js';
import { masteryLevels } from './0030-mastery-levels.js';

const tempDir = useTempDir();
const now = '2026-01-10T09:00:00.000Z';

describe('migration 0030-mastery-levels', () => {
  it('migrates a schema-10 file with evidence: rows intact, feedback status derived from feedback', async () => {
    const path = join(tempDir(), 'm30.proficio');
    const old = await openGradebook(path, { migrations: [initialSchema] });
    const run = (sql: string, ...params: unknown[]) => old.writer.prepare(sql).run(...params);
    const [school, klass, learner, framework, standard] = [newId(), newId(), newId(), newId(), newId()];
    run(`INSERT INTO schools (id, name, created_at, updated_at) VALUES (?, 'S', ?, ?)`, school, now, now);
    run(`INSERT INTO classes (id, school_id, title, created_at, updated_at) VALUES (?, ?, 'C', ?, ?)`, klass, school, now, now);
    run(`INSERT INTO learners (id, given_name, family_name, created_at, updated_at) VALUES (?, 'A', 'B', ?, ?)`, learner, now, now);
    run(`INSERT INTO frameworks (id, title, created_at, updated_at) VALUES (?, 'F', ?, ?)`, framework, now, now);
    run(`INSERT INTO standards (id, framework_id, position, statement, created_at, updated_at) VALUES (?, ?, 0, 'S', ?, ?)`, standard, framework, now, now);
    const withFeedback = newId();
    const without = newId();
    const evidence = `INSERT INTO evidence (id, class_id, learner_id, standard_id, level, observed_on, kind, recorded_at, feedback)
                      VALUES (?, ?, ?, ?, 3, '2026-01-09', 'for', ?, ?)`;
    run(evidence, withFeedback, klass, learner, standard, now, 'Try a number line');
    run(evidence, without, klass, learner, standard, now, null);
    old.close();

    const gradebook = await openGradebook(path, { migrations: [initialSchema, masteryLevels] });
    try {
      expect(gradebook.migration).toMatchObject({ from: 10, to: 30, applied: ['30-mastery-levels'] });
      expect(gradebook.migration.backupPath).not.toBeNull();
      const statuses = gradebook.reader.prepare('SELECT id, feedback, feedback_status FROM evidence ORDER BY rowid').all();
      expect(statuses).toEqual([
        { id: withFeedback, feedback: 'Try a number line', feedback_status: 'given' },
        { id: without, feedback: null, feedback_status: 'awaiting' },
      ]);
      expect(gradebook.reader.prepare('SELECT scale_id FROM frameworks').pluck().get()).toBeNull();
      const plan = (gradebook.reader.prepare(`EXPLAIN QUERY PLAN SELECT * FROM mastery_levels WHERE class_id = ?`).all('c') as { detail: string }[])
        .map((r) => r.detail)
        .join(' ');
      expect(plan).toMatch(/USING INDEX sqlite_autoindex_mastery_levels_1/);
      expect(() =>
        gradebook.writer.prepare(`UPDATE evidence SET feedback_status = 'later' WHERE id = ?`).run(without),
      ).toThrow(/CHECK/);
    } finally {
      gradebook.close();
    }
  });
});
