/**
 * Performance probe of the gradebook grid (not part of the tests): one class of 1,000 learners × 200
 * tracked standards, served by the harness, opened in Chromium. Prints the time to the first rendered
 * grid cell (cold: the class's levels are computed and stored on first read; warm: a reload) and the
 * frame times while the grid scrolls programmatically down, up, right and left.
 *
 *   npx electron-vite build && npx tsx test/bench/grid-probe.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { openGradebook } from '../../db/open.js';
import { defaultToday } from '../../main/demo/demo-options.js';
import { generateDemoGradebook } from '../../main/demo/generate-demo.js';
import { chromiumLaunchOptions } from '../e2e/support/chromium.js';

const learners = 1_000;
const standards = 200;
/** One piece of evidence per cell on average keeps generation quick; the grid's cost does not depend on it. */
const evidencePerCell = 1;


type FrameStats = { frames: number; p50: number; p95: number; max: number; over20ms: number; longFrames: number; script: number; styleLayout: number };

export async function runGridProbe(): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(join(root, 'out/renderer/index.html'))) throw new Error('Build the renderer first: npx electron-vite build');
  const dir = mkdtempSync(join(tmpdir(), 'proficio-grid-probe-'));
  const file = join(dir, 'probe.proficio');
  let harness: ChildProcess | null = null;
  try {
    const started = performance.now();
    const gradebook = await openGradebook(file);
    const summary = generateDemoGradebook(gradebook.writer, {
      classes: 1,
      learners,
      standards,
      evidence: learners * standards * evidencePerCell,
      today: defaultToday,
    });
    gradebook.close();
    const classId = summary.classIds[0];
    if (!classId) throw new Error('the probe gradebook has no class');
    log(`gradebook: ${summary.learners} learners in ${summary.classes} class × ${summary.standards} standards, ${summary.evidence} pieces of evidence (${ms(performance.now() - started)} to generate)`);

    const { child, url } = await startHarness(root, file);
    harness = child;
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      // tsx (esbuild) names inner functions with a __name helper that the page does not have
      await page.addInitScript({ content: 'window.__name = (f) => f;' });
      // records when the first grid cell reaches the DOM, measured from the start of navigation
      await page.addInitScript(() => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('[role="gridcell"]')) {
            Reflect.set(window, '__firstCell', performance.now());
            observer.disconnect();
          }
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      const firstCell = async () => {
        await page.waitForSelector('[role="gridcell"]', { timeout: 120_000 });
        return page.evaluate(() => Number(Reflect.get(window, '__firstCell')));
      };
      await page.goto(`${url}#/gradebook/${classId}`);
      const cold = await firstCell();
      await page.reload();
      const warm = await firstCell();
      const counts = await page.evaluate(() => ({
        rows: document.querySelectorAll('[role="row"]').length,
        cells: document.querySelectorAll('[role="gridcell"]').length,
        rowcount: document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount'),
        colcount: document.querySelector('[role="grid"]')?.getAttribute('aria-colcount'),
      }));
      log(`grid: aria-rowcount ${counts.rowcount}, aria-colcount ${counts.colcount}; in the DOM ${counts.rows} rows, ${counts.cells} cells`);
      log(`time to first rendered cell: cold ${ms(cold)} (levels computed and stored on first read), warm ${ms(warm)}`);
      const fetched = await page.evaluate(async (id) => {
        const token = document.querySelector('meta[name="proficio-harness-token"]')?.getAttribute('content') ?? '';
        const begun = performance.now();
        const response = await fetch('api/mastery:grid', { method: 'POST', headers: { 'x-proficio-token': token, 'content-type': 'application/json' }, body: JSON.stringify({ classId: id }) });
        const text = await response.text();
        const received = performance.now();
        JSON.parse(text);
        return { request: received - begun, parse: performance.now() - received, bytes: text.length };
      }, classId);
      log(`of which mastery:grid alone: ${ms(fetched.request)} to answer ${(fetched.bytes / 1e6).toFixed(1)} MB, ${ms(fetched.parse)} to parse`);

      for (const direction of ['down', 'up', 'right', 'left', 'diagonal'] as const) {
        const stats = await page.evaluate(scrollAndMeasure, direction);
        log(`scroll ${direction.padEnd(8)} ${stats.frames} frames: p50 ${ms(stats.p50)}, p95 ${ms(stats.p95)}, max ${ms(stats.max)}, ${stats.over20ms} frames over 20 ms; ${stats.longFrames} frames over 50 ms of work (mean script ${ms(stats.script)}, style+layout+paint ${ms(stats.styleLayout)})`);
      }
    } finally {
      await browser.close();
    }
  } finally {
    if (harness) await stop(harness);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs in the page: scrolls the grid a step per animation frame and returns the frame-time statistics. */
async function scrollAndMeasure(direction: 'down' | 'up' | 'right' | 'left' | 'diagonal'): Promise<FrameStats> {
  const grid = document.querySelector<HTMLElement>('[role="grid"]');
  if (!grid) throw new Error('no grid on the page');
  const maxTop = grid.scrollHeight - grid.clientHeight;
  const maxLeft = grid.scrollWidth - grid.clientWidth;
  if (direction === 'up') grid.scrollTop = maxTop;
  if (direction === 'left') grid.scrollLeft = maxLeft;
  if (direction === 'down' || direction === 'diagonal') grid.scrollTop = 0;
  if (direction === 'right' || direction === 'diagonal') grid.scrollLeft = 0;
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const deltas: number[] = [];
  // Chromium's long-animation-frame entries split each slow frame into script and style/layout time
  const long: { script: number; styleLayout: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const frame = entry as PerformanceEntry & { styleAndLayoutStart?: number; scripts?: { duration: number }[] };
      long.push({
        script: (frame.scripts ?? []).reduce((sum, script) => sum + script.duration, 0),
        styleLayout: frame.styleAndLayoutStart ? frame.startTime + frame.duration - frame.styleAndLayoutStart : 0,
      });
    }
  });
  try {
    observer.observe({ type: 'long-animation-frame' });
  } catch {
    // not every browser has it; the frame times alone still tell the story
  }
  // about a screenful every 8 frames: brisk scrolling, the kind that shows blank rows if rendering lags
  const stepY = 110;
  const stepX = 150;
  await new Promise<void>((done) => {
    let last = performance.now();
    const frame = (now: number) => {
      deltas.push(now - last);
      last = now;
      let finished = false;
      if (direction === 'down') finished = (grid.scrollTop = Math.min(maxTop, grid.scrollTop + stepY)) >= maxTop;
      if (direction === 'up') finished = (grid.scrollTop = Math.max(0, grid.scrollTop - stepY)) <= 0;
      if (direction === 'right') finished = (grid.scrollLeft = Math.min(maxLeft, grid.scrollLeft + stepX)) >= maxLeft;
      if (direction === 'left') finished = (grid.scrollLeft = Math.max(0, grid.scrollLeft - stepX)) <= 0;
      if (direction === 'diagonal') {
        grid.scrollTop = Math.min(maxTop, grid.scrollTop + stepY);
        grid.scrollLeft = Math.min(maxLeft, grid.scrollLeft + stepX / 4);
        finished = grid.scrollTop >= maxTop;
      }
      if (finished || deltas.length > 2_000) done();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await new Promise((done) => setTimeout(done, 100));
  observer.disconnect();
  const sorted = deltas.slice(1).sort((a, b) => a - b);
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { frames: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, over20ms: sorted.filter((d) => d > 20).length,
    longFrames: long.length,
    script: mean(long.map((l) => l.script)),
    styleLayout: mean(long.map((l) => l.styleLayout)),
  };
}

async function startHarness(root: string, file: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(join(root, 'node_modules/.bin/tsx'), ['main/harness/serve.ts', '--gradebook', file], {
    cwd: root,
    env: { ...process.env, PROFICIO_DEMO_TODAY: defaultToday },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`the harness printed no URL in 90 s\n${out}\n${err}`)), 90_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^PROFICIO_HARNESS_URL=(\S+)$/m.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`the harness exited early (code ${code})\n${err}`)));
  });
  return { child, url };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  try {
    // the harness and the node process tsx starts share a process group (detached above)
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  await exited;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const log = (line: string) => process.stdout.write(`${line}\n`);

if (import.meta.url === `file://${process.argv[1]}`) await runGridProbe();
