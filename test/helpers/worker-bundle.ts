import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Vitest global setup: bundles the gradebook worker once per run, as the app's build does, and points
 * every worker the tests start at that one file (PROFICIO_WORKER_BUNDLE, read by main/worker/client.ts).
 *
 * Why: from source, each worker thread registers tsx and resolves some four hundred modules through its
 * hooks — about 3.5 s of CPU per start, and the suite starts a worker for nearly every command-line call.
 * Bundled, a start costs about half. The code is the same source, bundled fresh at the start of every run
 * (never a stale build); the folder sits inside node_modules so the bundle finds the packages it leaves
 * external (better-sqlite3 is native), and it is unique per run because several runs may share the tree.
 */
export default async function bundleWorker(): Promise<() => void> {
  const root = resolve(import.meta.dirname, '../..');
  const cache = join(root, 'node_modules', '.cache', 'proficio-tests');
  mkdirSync(cache, { recursive: true });
  const folder = mkdtempSync(join(cache, 'worker-'));
  const bundle = join(folder, 'gradebook-worker.mjs');
  await build({
    entryPoints: [join(root, 'main/worker/gradebook-worker.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  process.env['PROFICIO_WORKER_BUNDLE'] = bundle;
  return () => rmSync(folder, { recursive: true, force: true });
}
