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
    // a test file that failed without a failing test (it threw while loading, e.g. required fixtures
    // missing) counts as one failure; so does a failed run that names no file at all
    const brokenFiles = (report.testResults ?? []).filter(
      (result) => result.status === 'failed' && !(result.assertionResults ?? []).some((test) => test.status === 'failed'),
    ).length;
    const unexplained = report.success === false && report.numFailedTests + brokenFiles === 0 ? 1 : 0;
    const vitestFailed = report.numFailedTests + brokenFiles + unexplained;
    passed += report.numPassedTests;
    failed += vitestFailed;
    skipped += report.numPendingTests + report.numTodoTests;
    if (!lineOnly) {
      const files = brokenFiles > 0 ? ` (${brokenFiles} of them test files that did not load)` : '';
      console.log(`ci: ${file}: ${report.numPassedTests} passed, ${vitestFailed} failed${files}`);
    }
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
