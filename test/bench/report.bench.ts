import { join } from 'node:path';
import { readReportClassIds } from '../../db/report-rows.js';
import { openGradebook } from '../../db/open.js';
import { generateDemoGradebook, type DemoGradebookOptions } from '../../main/demo/generate-demo.js';
import { readClassReport } from '../../main/reports/class-report.js';
import { schoolSummary } from '../../main/reports/domain/school-summary.js';
import { bestOf, report, withTempDir } from './measure.js';

/**
 * The class report (levels from the engine, growth by week, coverage, feedback turnaround) for one
 * class, and the school summary over every class of a big gradebook, each against one raw scan of the
 * evidence rows it reads. Ratio = report time / raw scan (lower is better; 1 would be free).
 */
async function measure(label: string, options: DemoGradebookOptions, runs: number, scope: 'class' | 'school'): Promise<void> {
  await withTempDir(async (dir) => {
    const gradebook = await openGradebook(join(dir, 'bench.proficio'));
    const made = performance.now();
    generateDemoGradebook(gradebook.writer, options);
    const generatedMs = performance.now() - made;
    const classIds = readReportClassIds(gradebook.reader);
    const reportedIds = scope === 'class' ? classIds.slice(0, 1) : classIds;
    const asOf = '2026-01-20';
    let cells = 0;
    const reportMs = bestOf(runs, () => {
      const reports = reportedIds.map((classId) => readClassReport(gradebook.reader, { classId, asOf }, asOf));
      if (scope === 'school') schoolSummary([{ gradebook: 'bench', reports }]);
      cells = reports.reduce((sum, r) => sum + r.learners.length * r.standards.length, 0);
    });
    const scan = gradebook.reader.prepare(
      `SELECT learner_id, standard_id, level, observed_on, recorded_at, kind, feedback_on, feedback_status FROM evidence WHERE deleted_at IS NULL AND observed_on <= ?${scope === 'class' ? ' AND class_id = ?' : ''}`,
    );
    let rows = 0;
    const rawMs = bestOf(runs, () => {
      rows = (scope === 'class' ? scan.all(asOf, reportedIds[0]) : scan.all(asOf)).length;
    });
    gradebook.close();
    report(label, { classes: reportedIds.length, cells, evidence_rows: rows, generate_ms: generatedMs, report_ms: reportMs, raw_scan_ms: rawMs, ratio: reportMs / rawMs });
  });
}

export async function runReportBenchmarks(): Promise<void> {
  await measure('report: class 30 x 80', { seed: 9, classes: 1, learners: 30, standards: 80, evidence: 6_000 }, 5, 'class');
  await measure('report: school 1000 x 600 x 500,000', { seed: 9, learners: 1000, standards: 600, evidence: 500_000 }, 1, 'school');
}
