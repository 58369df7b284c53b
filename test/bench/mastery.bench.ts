import Sqlite from 'better-sqlite3';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openGradebook } from '../../db/open.js';
import { generateDemoGradebook, type DemoGradebookOptions } from '../../main/demo/generate-demo.js';
import { computeClassCells, loadClassMastery } from '../../main/gradebook/class-mastery.js';
import { bestOf, report, withTempDir } from './measure.js';

/**
 * Full mastery recompute, against one raw SQL scan of the same evidence rows in the same order
 * (the least any recompute must do). Ratio = raw scan time / recompute time.
 */
async function measure(label: string, options: DemoGradebookOptions, runs: number, quickCheck = false): Promise<void> {
  await withTempDir(async (dir) => {
    const path = join(dir, 'bench.proficio');
    const gradebook = await openGradebook(path);
    const generated = performance.now();
    const summary = generateDemoGradebook(gradebook.writer, options);
    const generateMs = performance.now() - generated;
    const classIds = summary.classIds;
    let cells = 0;
    const recomputeMs = bestOf(runs, () => {
      cells = 0;
      for (const classId of classIds) cells += computeClassCells(gradebook.reader, loadClassMastery(gradebook.reader, classId)).size;
    });
    const scan = gradebook.reader.prepare(
      `SELECT id, learner_id, standard_id, level, observed_on, recorded_at, kind, feedback_status FROM evidence
       WHERE class_id = ? AND deleted_at IS NULL ORDER BY standard_id, learner_id, observed_on, recorded_at, rowid`,
    );
    let scanned = 0;
    const scanMs = bestOf(runs, () => {
      scanned = 0;
      for (const classId of classIds) scanned += scan.all(classId).length;
    });
    gradebook.close();
    report(label, {
      classes: classIds.length,
      cells,
      evidence: scanned,
      generate_ms: generateMs,
      recompute_ms: recomputeMs,
      raw_scan_ms: scanMs,
      ratio_to_raw: scanMs / recomputeMs,
    });
    if (quickCheck) await measureQuickCheck(`open: quick_check, ${label.replace(/^.*: /, '')}`, path);
  });
}

/**
 * What checking a gradebook for damage adds to every open (`PRAGMA quick_check`, db/open.ts), against
 * the least any check must do: read every row of every table once. Ratio = full scan / quick_check.
 */
async function measureQuickCheck(label: string, path: string): Promise<void> {
  const sqlite = new Sqlite(path, { readonly: true });
  const tables = sqlite.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[];
  let result: unknown[] = [];
  const quickCheckMs = bestOf(3, () => {
    result = sqlite.prepare('PRAGMA quick_check').pluck().all();
  });
  const scanMs = bestOf(3, () => {
    for (const table of tables) for (const row of sqlite.prepare(`SELECT * FROM "${table}"`).raw().iterate()) void row;
  });
  sqlite.close();
  const openMs = await timeOpen(path);
  report(label, {
    file_mb: statSync(path).size / 1024 / 1024,
    result: String(result[0]),
    quick_check_ms: quickCheckMs,
    open_ms: openMs,
    full_scan_ms: scanMs,
    ratio_to_raw: scanMs / quickCheckMs,
  });
}

async function timeOpen(path: string): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const gradebook = await openGradebook(path, { create: false });
    best = Math.min(best, performance.now() - started);
    gradebook.close();
  }
  return best;
}

export async function runMasteryBenchmarks(): Promise<void> {
  await measure('mastery recompute: class 30 x 80, 20 each', { seed: 5, classes: 1, learners: 30, standards: 80, evidence: 48_000 }, 3);
  await measure('mastery recompute: school 1000 x 600, 500k', { seed: 5, learners: 1000, standards: 600, evidence: 500_000 }, 1, true);
}
