// Sums the test results of every suite (Vitest JSON, Playwright JSON) into the one line CI reads:
// `N passed, N failed`. A suite whose report is missing (it never ran) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const lineOnly = args[0] === '--line';
const files = lineOnly ? args.slice(1) : args;

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  if (!existsSync(file)) {
    failed += 1;
    if (!lineOnly) console.log(`ci: ${file} is missing — that suite did not run`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    // Vitest
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.success === false && report.numFailedTests === 0 ? 1 : 0);
    skipped += report.numPendingTests + report.numTodoTests;
    if (!lineOnly) console.log(`ci: ${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  } else if (report.stats) {
    // Playwright
    const { expected, unexpected, flaky, skipped: notRun } = report.stats;
    passed += expected + flaky;
    failed += unexpected + (report.errors?.length ?? 0);
    skipped += notRun;
    if (!lineOnly) console.log(`ci: ${file}: ${expected + flaky} passed, ${unexpected} failed, ${notRun} skipped`);
  }
}
if (lineOnly) console.log(`${passed} passed, ${failed} failed`);
else console.log(`ci: ${skipped} skipped`);
