/**
 * `npm run bench`: speed goals live here, never in timed unit tests. Every figure is printed with its
 * ratio to raw SQLite measured in the same run on the same machine, so numbers from different
 * machines stay comparable.
 */
import { runEvidenceInsertBenchmark } from './evidence.bench.js';
import { runGridProbe } from './grid-probe.js';
import { runGroupsBenchmarks } from './groups.bench.js';
import { runHubBenchmarks } from './hub.bench.js';
import { runImportBenchmarks } from './import.bench.js';
import { runLearnerPickerBenchmark } from './learner-picker.bench.js';
import { runReadinessBenchmarks } from './readiness.bench.js';
import { runMasteryBenchmarks } from './mastery.bench.js';
import { runOpenBenchmarks } from './open.bench.js';
import { runReportBenchmarks } from './report.bench.js';

const only = process.argv[2];
const suites: Record<string, () => Promise<void>> = {
  evidence: runEvidenceInsertBenchmark,
  mastery: runMasteryBenchmarks,
  // opening a big file: the damage check on open or in the background, against raw SQLite
  open: runOpenBenchmarks,
  import: runImportBenchmarks,
  picker: runLearnerPickerBenchmark,
  readiness: runReadinessBenchmarks,
  groups: runGroupsBenchmarks,
  report: runReportBenchmarks,
  // a throwaway PostgreSQL cluster (skips with one line where none can be started)
  hub: runHubBenchmarks,
  // needs the renderer bundle: npm run bench builds it first
  grid: runGridProbe,
};

for (const [name, run] of Object.entries(suites)) {
  if (only && only !== name) continue;
  await run();
}
