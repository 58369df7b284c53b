/**
 * `npm run dev:web`: the real renderer in any browser, with the real handlers behind it.
 *
 *   tsx main/harness/serve.ts [--gradebook FILE] [--coach-files A,B] [--port N] [--renderer DIR]
 *
 * Without --gradebook it opens (creating on first use) a demo gradebook in the system temp folder.
 * --coach-files (or PROFICIO_HARNESS_COACH_FILES, comma-separated) stands in for Electron's file dialog
 * in the Reports section's coach mode: "Choose teachers' files…" gets these files, opened read-only.
 * Prints a one-time link: the first browser to open it gets the session (see server.ts), and the
 * address bar then shows the plain address. Also prints `PROFICIO_HARNESS_URL=<the one-time link>` on
 * its own line once ready, which the e2e tests and the bench wait for.
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withCoachFiles } from '../reports/coach-files.js';
import { startGradebookWorker } from '../worker/client.js';
import { startHarnessServer } from './server.js';

const { values } = parseArgs({
  options: {
    gradebook: { type: 'string' },
    'coach-files': { type: 'string' },
    port: { type: 'string', default: '0' },
    renderer: { type: 'string', default: 'out/renderer' },
  },
});

const gradebookPath = resolve(values.gradebook ?? join(tmpdir(), 'proficio-demo.proficio'));
const worker = startGradebookWorker();
const opened = await worker.open(gradebookPath, { create: true, demoIfNew: true });
if (!opened.ok) {
  process.stderr.write(`Could not open ${gradebookPath}: ${opened.error.message}\n`);
  await worker.stop();
  process.exit(1);
}
// the page cannot name files: the harness "chooses" the ones it was started with, as Electron's dialog would
const coachFiles = (values['coach-files'] ?? process.env['PROFICIO_HARNESS_COACH_FILES'] ?? '')
  .split(',')
  .filter((file) => file.trim() !== '')
  .map((file) => resolve(file.trim()));
const server = await startHarnessServer({ worker: withCoachFiles(worker, () => Promise.resolve(coachFiles)), rendererDir: resolve(values.renderer), port: Number(values.port) });
process.stdout.write(`Gradebook: ${gradebookPath}${opened.value.createdDemo ? ' (new demo)' : ''}\n`);
process.stdout.write(`Open this one-time link in a browser (it works once; Ctrl+C stops the harness):\n\n  ${server.oneTimeUrl}\n\n`);
process.stdout.write(`PROFICIO_HARNESS_URL=${server.oneTimeUrl}\n`);

async function shutdown(): Promise<void> {
  await server.close();
  await worker.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
