import { spawn, type ChildProcess } from 'node:child_process';
import { demoToday } from './support/clock.js';
import { findChromium, findCommand } from './support/chromium.js';
import { harnessUrlVariable } from './support/harness-api.js';
import { e2eWorkers, removeSessionState, sessionStatePath, tradeOneTimeLink, writeSessionState } from './support/harness-session.js';
import { networkLogVariable, proxyVariable, removeNetworkLog, startNetworkRecorder, type NetworkRecorder } from './support/network-recorder.js';
import { missingChromiumLine } from '../preflight.js';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Playwright global setup: checks that Chromium is there (support/chromium.ts), then starts one browser
 * test harness (`main/harness/serve.ts`) per worker, each on a brand-new demo gradebook in a temp folder,
 * waits for each `PROFICIO_HARNESS_URL=` line (the one-time link), trades the link for the session
 * cookie that worker's browser contexts start with (support/harness-session.ts), and hands the clean
 * addresses to the tests through `PROFICIO_HARNESS_URL_<slot>` (workers inherit the runner's environment;
 * support/harness-api.ts picks the worker's own). A spec file runs whole in one worker, so the specs that
 * share a harness still run in file order. Last, it starts the recording proxy every browser context goes
 * through (support/network-recorder.ts).
 * Returns the teardown: stop the harnesses and the proxy, delete the gradebooks and the stored sessions,
 * and fail the run if a page asked for anything outside its own origin.
 */
const urlLine = /^PROFICIO_HARNESS_URL=(\S+)$/m;
const startTimeoutMs = 90_000;

export default async function startHarness(): Promise<() => Promise<void>> {
  // `npm test` runs test/preflight.ts first (it installs Chromium as root); a bare `npx playwright test`
  // without Chromium stops here with the same one line, instead of failing every test
  const chromium = findChromium();
  if (!chromium.found) throw new Error(missingChromiumLine(chromium, findCommand('apt-get') !== null));
  const root = resolve(import.meta.dirname, '../..');
  const rendererIndex = join(root, 'out/renderer/index.html');
  if (!existsSync(rendererIndex)) {
    throw new Error(`No renderer bundle at ${rendererIndex}. Build it first: npx electron-vite build (npm run test:e2e does).`);
  }
  // the harness (and any a spec starts) runs the worker bundle the app ships, not the TypeScript source:
  // a bundle that cannot load fails here, not on a teacher's computer (main/worker/client.ts)
  const workerBundle = join(root, 'out/main/gradebook-worker.js');
  if (!existsSync(workerBundle)) throw new Error(`No worker bundle at ${workerBundle}. Build it first: npx electron-vite build (npm run test:e2e does).`);
  process.env['PROFICIO_WORKER_BUNDLE'] = workerBundle;
  const dir = mkdtempSync(join(tmpdir(), 'proficio-e2e-'));
  // one harness per worker, each on a gradebook of its own, started side by side
  const slots = Array.from({ length: e2eWorkers }, (_, slot) => slot);
  const children = slots.map((slot) =>
    spawn(join(root, 'node_modules/.bin/tsx'), ['main/harness/serve.ts', '--gradebook', join(dir, `demo-${slot}.proficio`)], {
      cwd: root,
      // the demo is dated around its own fixed day, so every run sees the same gradebook
      env: { ...process.env, PROFICIO_DEMO_TODAY: demoToday },
      stdio: ['ignore', 'pipe', 'pipe'],
      // its own process group, so teardown can stop tsx and the node process it starts together
      detached: true,
    }),
  );

  const logPath = join(dir, 'network.jsonl');
  let recorder: NetworkRecorder;
  try {
    const sessions = await Promise.all(children.map(async (child) => tradeOneTimeLink(await harnessUrl(child))));
    sessions.forEach((session, slot) => {
      writeSessionState(sessionStatePath(slot), session.cookie);
      process.env[harnessUrlVariable(slot)] = session.url;
    });
    recorder = await startNetworkRecorder({ allowedOrigin: sessions.map((session) => new URL(session.url).origin), logPath });
    process.env[proxyVariable] = recorder.proxyUrl;
    process.env[networkLogVariable] = logPath;
  } catch (error) {
    await Promise.all(children.map(stop));
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return async () => {
    const refused = recorder.refused();
    await recorder.close();
    await Promise.all(children.map(stop));
    removeNetworkLog(logPath);
    rmSync(dir, { recursive: true, force: true });
    for (const slot of slots) removeSessionState(sessionStatePath(slot));
    if (refused.length > 0) {
      throw new Error(
        `The page asked for ${refused.length} address(es) outside its own origin (refused by the e2e proxy):\n` +
          refused.map((entry) => `  ${entry.method} ${entry.url}`).join('\n'),
      );
    }
  };
}

function harnessUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => fail(`the harness printed no URL within ${startTimeoutMs / 1000} s`), startTimeoutMs);
    function fail(why: string) {
      clearTimeout(timer);
      reject(new Error(`Could not start the Proficio harness: ${why}.\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = urlLine.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`it exited early (code ${code}, signal ${signal})`));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (child.exitCode !== null || child.signalCode !== null || pid === undefined) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // the group is already gone
    }
  };
  // SIGTERM lets the harness close the gradebook cleanly; SIGKILL only if it hangs
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
