import { join } from 'node:path';
import { openGradebook } from '../../db/open.js';
import { generateDemoGradebook, type DemoGradebookOptions } from '../../main/demo/generate-demo.js';
import { classReadiness } from '../../main/paths/class-readiness.js';
import { bestOf, report, withTempDir } from './measure.js';

/**
 * Readiness of a whole class (the path board, `proficio readiness`), against one raw scan of the stored
 * mastery rows it reads. Ratio = readiness time / raw scan (lower is better; 1 would be free).
 */
async function measure(label: string, options: DemoGradebookOptions, runs: number): Promise<void> {
  await withTempDir(async (dir) => {
    const gradebook = await openGradebook(join(dir, 'bench.proficio'));
    const [classId = ''] = generateDemoGradebook(gradebook.writer, options).classIds;
    let cells = 0;
    const readinessMs = bestOf(runs, () => {
      const readiness = classReadiness(gradebook.reader, { classId });
      cells = readiness.learners.length * readiness.standards.length;
    });
    const scan = gradebook.reader.prepare('SELECT learner_id, standard_id, level, evidence_count, last_observed_on FROM mastery_levels WHERE class_id = ?');
    let rows = 0;
    const rawMs = bestOf(runs, () => {
      rows = scan.all(classId).length;
    });
    gradebook.close();
    report(label, { cells, mastery_rows: rows, readiness_ms: readinessMs, raw_scan_ms: rawMs, ratio: readinessMs / rawMs });
  });
}

export async function runReadinessBenchmarks(): Promise<void> {
  await measure('readiness: class 30 x 100', { seed: 9, classes: 1, learners: 30, standards: 100, evidence: 7_500 }, 5);
  await measure('readiness: class 1000 x 600', { seed: 9, classes: 1, learners: 1000, standards: 600, evidence: 300_000 }, 2);
}
