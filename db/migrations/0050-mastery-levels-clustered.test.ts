import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { openTinyGradebook } from '../../test/helpers/tiny-gradebook.js';
import { openGradebook } from '../open.js';
import { migrations } from './index.js';

const tempDir = useTempDir();

describe('migration 0050-mastery-levels-clustered', () => {
  it('keeps every stored level, clusters the table on its key, and reads a class by that key', async () => {
    const dir = tempDir();
    const tiny = await openTinyGradebook(dir);
    const path = tiny.gradebook.path;
    const classId = tiny.addClass('Math 5');
    const learners = [tiny.addLearner('Ana', 'Lima'), tiny.addLearner('Bo', 'Chen')];
    const insert = tiny.gradebook.writer.prepare(`INSERT INTO mastery_levels VALUES (?, ?, ?, ?, ?, 1, '2026-01-10', 0)`);
    learners.forEach((learnerId, i) => insert.run(classId, learnerId, tiny.standardId, i === 0 ? 3.48 : null, i === 0 ? 1 : 0));
    const before = tiny.gradebook.reader.prepare('SELECT * FROM mastery_levels ORDER BY learner_id').all();
    // the helper opened the file at the latest schema; step it back to 40 with the old table shape
    tiny.gradebook.writer.prepare('PRAGMA user_version = 40').run();
    tiny.gradebook.close();
    // the old table was a rowid table: rebuild it that way so the migration has real work to do
    const atForty = await openGradebook(path, { migrations: migrations.filter((m) => m.version <= 40) });
    atForty.writer.transaction(() => {
      atForty.writer.prepare('ALTER TABLE mastery_levels RENAME TO old_levels').run();
      atForty.writer
        .prepare(
          `CREATE TABLE mastery_levels (class_id TEXT NOT NULL, learner_id TEXT NOT NULL, standard_id TEXT NOT NULL, level REAL,
           mastered INTEGER NOT NULL, evidence_count INTEGER NOT NULL, last_observed_on TEXT, awaiting_feedback INTEGER NOT NULL,
           PRIMARY KEY (class_id, learner_id, standard_id)) STRICT`,
        )
        .run();
      atForty.writer.prepare('INSERT INTO mastery_levels SELECT * FROM old_levels').run();
      atForty.writer.prepare('DROP TABLE old_levels').run();
    });
    atForty.close();

    const gradebook = await openGradebook(path, { migrations: migrations.filter((m) => m.version <= 50) });
    try {
      expect(gradebook.migration.applied).toEqual(['50-mastery-levels-clustered']);
      expect(gradebook.reader.prepare('SELECT * FROM mastery_levels ORDER BY learner_id').all()).toEqual(before);
      const sql = String(gradebook.reader.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'mastery_levels'`).pluck().get());
      expect(sql).toMatch(/WITHOUT ROWID/);
      const plan = (gradebook.reader.prepare('EXPLAIN QUERY PLAN SELECT * FROM mastery_levels WHERE class_id = ?').all('c') as { detail: string }[])
        .map((r) => r.detail)
        .join(' ');
      expect(plan).toMatch(/USING PRIMARY KEY/);
    } finally {
      gradebook.close();
    }
  });
});
