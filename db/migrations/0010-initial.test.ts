import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { newId } from '../ids.js';
import { openGradebook } from '../open.js';
import { tableNames } from '../schema.js';
import { initialSchema } from './0010-initial.js';

const tempDir = useTempDir();
const now = '2026-01-10T09:00:00.000Z';

describe('migration 0010-initial', () => {
  it('migrates an empty file to schema 10 with every table of the domain', async () => {
    const gradebook = await openGradebook(join(tempDir(), 'm10.proficio'), { migrations: [initialSchema] });
    try {
      expect(gradebook.schemaVersion).toBe(10);
      const tables = gradebook.reader
        .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
        .pluck()
        .all();
      const declared = [...initialSchema.sql.matchAll(/CREATE TABLE (\w+)/g)].map((m) => m[1]);
      expect(tables).toEqual([...declared].sort());
      // every table of this version is one the app's types know
      for (const table of tables) expect(tableNames).toContain(table);
    } finally {
      gradebook.close();
    }
  });

  it('stores a class, a learner and their evidence, and enforces the constraints that protect them', async () => {
    const gradebook = await openGradebook(join(tempDir(), 'rows.proficio'), { migrations: [initialSchema] });
    const w = gradebook.writer;
    try {
      const [school, klass, learner, framework, standard] = [newId(), newId(), newId(), newId(), newId()];
      w.prepare(`INSERT INTO schools (id, name, created_at, updated_at) VALUES (?, 'Juniper', ?, ?)`).run(school, now, now);
      w.prepare(`INSERT INTO classes (id, school_id, title, created_at, updated_at) VALUES (?, ?, 'Math 5', ?, ?)`).run(klass, school, now, now);
      w.prepare(`INSERT INTO learners (id, given_name, family_name, created_at, updated_at) VALUES (?, 'Ana', 'Lima', ?, ?)`).run(learner, now, now);
      w.prepare(`INSERT INTO frameworks (id, title, created_at, updated_at) VALUES (?, 'F', ?, ?)`).run(framework, now, now);
      w.prepare(
        `INSERT INTO standards (id, framework_id, position, code, statement, created_at, updated_at) VALUES (?, ?, 1, '5.NF.A.1', 'Add fractions', ?, ?)`,
      ).run(standard, framework, now, now);
      const insertEvidence = w.prepare(
        `INSERT INTO evidence (id, class_id, learner_id, standard_id, level, observed_on, kind, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      insertEvidence.run(newId(), klass, learner, standard, 3, '2026-01-09', 'of', now);
      expect(w.prepare('SELECT count(*) FROM evidence').pluck().get()).toBe(1);

      // a dangling learner, an unknown kind, and a text level are all refused by the schema itself
      expect(() => insertEvidence.run(newId(), klass, newId(), standard, 3, '2026-01-09', 'of', now)).toThrow(/FOREIGN KEY/);
      expect(() => insertEvidence.run(newId(), klass, learner, standard, 3, '2026-01-09', 'summative', now)).toThrow(/CHECK/);
      expect(() => insertEvidence.run(newId(), klass, learner, standard, 'three', '2026-01-09', 'of', now)).toThrow(/cannot store TEXT value in REAL column/);
      // evidence keeps its standard: a standard with evidence cannot be deleted (it is retired instead)
      expect(() => w.prepare('DELETE FROM standards WHERE id = ?').run(standard)).toThrow(/FOREIGN KEY/);
      // an enrollment is a learner's or an educator's, never neither
      expect(() =>
        w.prepare(`INSERT INTO enrollments (id, class_id, role, created_at, updated_at) VALUES (?, ?, 'learner', ?, ?)`).run(newId(), klass, now, now),
      ).toThrow(/CHECK/);
    } finally {
      gradebook.close();
    }
  });

  it('serves the hot queries from indexes, not table scans', async () => {
    const gradebook = await openGradebook(join(tempDir(), 'plan.proficio'), { migrations: [initialSchema] });
    try {
      const plan = (query: string) =>
        (gradebook.reader.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
      // the grid: one class, one standard, every learner in date order
      expect(plan(`SELECT * FROM evidence WHERE class_id = 'c' AND standard_id = 's' ORDER BY learner_id, observed_on`)).toMatch(
        /USING INDEX evidence_class_standard_learner_date/,
      );
      // a learner's history on one standard (mastery, explanation)
      expect(plan(`SELECT * FROM evidence WHERE learner_id = 'l' AND standard_id = 's' ORDER BY observed_on`)).toMatch(
        /USING INDEX evidence_learner_standard_date/,
      );
      // the roster: evidence per learner in a class
      expect(plan(`SELECT learner_id, count(*), max(observed_on) FROM evidence WHERE class_id = 'c' GROUP BY learner_id`)).toMatch(
        /USING (COVERING )?INDEX evidence_class_learner_date/,
      );
      expect(plan(`SELECT * FROM standards WHERE parent_id = 'p' ORDER BY position`)).toMatch(/USING INDEX standards_parent/);
      expect(plan(`SELECT * FROM enrollments WHERE learner_id = 'l'`)).toMatch(/USING INDEX enrollments_learner/);
    } finally {
      gradebook.close();
    }
  });
});
