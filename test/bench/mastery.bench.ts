import { join } from 'node:path';
import { openGradebook } from '../../db/open.js';
import { generateDemoGradebook, type DemoGradebookOptions } from '../../main/demo/generate-demo.js';
import { computeClassCells, loadClassMastery } from '../../main/gradebook/class-mastery.js';
import { bestOf, report, withTempDir } from './measure.js';

/**
 * Full mastery recompute, against one raw SQL scan of the same evidence rows in the same order
 * (the least any recompute must do). Ratio = raw scan time / recompute time.
 */
async function measure(label: string, options: DemoGradebookOptions, runs: number): Promise<void> {
  await withTempDir(async (dir) => {
    const gradebook = await openGradebook(join(dir, 'bench.proficio'));
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
  });
}

export async function runMasteryBenchmarks(): Promise<void> {
  await measure('mastery recompute: class 30 x 80, 20 each', { seed: 5, classes: 1, learners: 30, standards: 80, evidence: 48_000 }, 3);
  await measure('mastery recompute: school 1000 x 600, 500k', { seed: 5, learners: 1000, standards: 600, evidence: 500_000 }, 1);
}
