import Sqlite from 'better-sqlite3';
import { join } from 'node:path';
import { insertEvidenceMany, type NewEvidence } from '../../db/evidence.js';
import { newId } from '../../db/ids.js';
import { openGradebook } from '../../db/open.js';
import { generateDemoGradebook } from '../../main/demo/generate-demo.js';
import { bestOf, report, withTempDir } from './measure.js';

const rows = 200_000;

/**
 * Evidence insert rate through the app's own code (db/evidence.ts in one transaction) against raw
 * better-sqlite3 prepared inserts of the same rows in one transaction, same file layout and pragmas.
 * Target: at least 0.7 of raw.
 */
export async function runEvidenceInsertBenchmark(): Promise<void> {
  await withTempDir(async (dir) => {
    const appPath = join(dir, 'app.proficio');
    const gradebook = await openGradebook(appPath);
    generateDemoGradebook(gradebook.writer, { seed: 11, learnersPerClass: 25, evidence: 100 });
    const cells = gradebook.reader
      .prepare(
        `SELECT cs.class_id AS classId, e.learner_id AS learnerId, cs.standard_id AS standardId
         FROM class_standards cs JOIN enrollments e ON e.class_id = cs.class_id AND e.learner_id IS NOT NULL`,
      )
      .all() as { classId: string; learnerId: string; standardId: string }[];
    const evidence: NewEvidence[] = Array.from({ length: rows }, (_, i) => {
      const cell = cells[i % cells.length]!;
      return { ...cell, id: newId(), level: 1 + (i % 4), observedOn: '2026-01-10', kind: 'of', recordedAt: '2026-01-10T10:00:00.000Z' };
    });
    const clear = () => gradebook.writer.prepare('DELETE FROM evidence WHERE observed_on = ?').run('2026-01-10');

    const appMs = bestOf(3, () => {
      clear();
      insertEvidenceMany(gradebook.writer, evidence);
    });
    clear();
    gradebook.close();

    // raw: the same rows, the same table and indexes (a copy of the app's file), the same pragmas
    const raw = new Sqlite(appPath);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    const insert = raw.prepare(
      `INSERT INTO evidence (id, class_id, learner_id, standard_id, level, observed_on, kind, source, recorded_at, feedback_status)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'class', ?, 'awaiting')`,
    );
    const insertAll = raw.transaction(() => {
      for (const e of evidence) insert.run(e.id, e.classId, e.learnerId, e.standardId, e.level, e.observedOn, e.kind, e.recordedAt);
    });
    const rawMs = bestOf(3, () => {
      raw.prepare('DELETE FROM evidence WHERE observed_on = ?').run('2026-01-10');
      insertAll();
    });
    raw.close();
    report('evidence insert (200k rows, one transaction)', {
      app_rows_per_s: (rows / appMs) * 1000,
      raw_rows_per_s: (rows / rawMs) * 1000,
      ratio_to_raw: rawMs / appMs,
      target: '>= 0.7',
    });
  });
}
