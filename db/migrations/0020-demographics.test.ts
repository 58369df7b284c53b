import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { newId } from '../ids.js';
import { openGradebook } from '../open.js';
import { initialSchema } from './0010-initial.js';
import { demographics } from './0020-demographics.js';

const tempDir = useTempDir();
const now = '2026-01-10T09:00:00.000Z';

describe('migration 0020-demographics', () => {
  it('migrates a schema-10 file with learners to 20: rows intact, demographics keyed by learner, cascade on delete', async () => {
    const path = join(tempDir(), 'm20.proficio');
    const old = await openGradebook(path, { migrations: [initialSchema] });
    const run = (sql: string, ...params: unknown[]) => old.writer.prepare(sql).run(...params);
    const [school, klass, learner, other] = [newId(), newId(), newId(), newId()];
    run(`INSERT INTO schools (id, sourced_id, name, created_at, updated_at) VALUES (?, 'org-1', 'S', ?, ?)`, school, now, now);
    run(`INSERT INTO classes (id, school_id, title, created_at, updated_at) VALUES (?, ?, 'C', ?, ?)`, klass, school, now, now);
    for (const [id, sourced] of [[learner, 'u-1'], [other, 'u-2']] as const) {
      run(`INSERT INTO learners (id, sourced_id, given_name, family_name, created_at, updated_at) VALUES (?, ?, 'A', 'B', ?, ?)`, id, sourced, now, now);
    }
    run(`INSERT INTO enrollments (id, class_id, learner_id, role, created_at, updated_at) VALUES (?, ?, ?, 'learner', ?, ?)`, newId(), klass, learner, now, now);
    const learnersBefore = old.reader.prepare('SELECT * FROM learners ORDER BY rowid').all();
    old.close();

    const gradebook = await openGradebook(path, { migrations: [initialSchema, demographics] });
    try {
      expect(gradebook.migration).toMatchObject({ from: 10, to: 20, applied: ['20-demographics'] });
      expect(gradebook.reader.prepare('SELECT * FROM learners ORDER BY rowid').all()).toEqual(learnersBefore);
      expect(gradebook.reader.prepare('SELECT count(*) FROM enrollments').pluck().get()).toBe(1);
      const insert = gradebook.writer.prepare(
        `INSERT INTO demographics (learner_id, sourced_id, birth_date, sex, asian, created_at, updated_at) VALUES (?, ?, '2014-03-02', ?, ?, ?, ?)`,
      );
      insert.run(learner, 'u-1', 'female', 1, now, now);
      expect(() => insert.run(other, 'u-2', 'f', 0, now, now)).toThrow(/CHECK/);
      expect(() => insert.run(learner, 'u-3', 'male', 0, now, now)).toThrow(/UNIQUE|PRIMARY/);
      gradebook.writer.prepare('DELETE FROM learners WHERE id = ?').run(learner);
      expect(gradebook.reader.prepare('SELECT count(*) FROM demographics').pluck().get()).toBe(0);

      gradebook.writer
        .prepare(`INSERT INTO import_runs (id, at, file_name, kind, counts) VALUES (?, ?, 'roster.zip', 'oneroster', '{}')`)
        .run(newId(), now);
      expect(() =>
        gradebook.writer.prepare(`INSERT INTO import_runs (id, at, file_name, kind, counts) VALUES (?, ?, 'x', 'xlsx', '{}')`).run(newId(), now),
      ).toThrow(/CHECK/);
      const plan = (gradebook.reader.prepare('EXPLAIN QUERY PLAN SELECT * FROM demographics WHERE learner_id = ?').all('x') as { detail: string }[])
        .map((row) => row.detail)
        .join(' ');
      expect(plan).toMatch(/USING INDEX sqlite_autoindex_demographics_1/);
    } finally {
      gradebook.close();
    }
  });
});
