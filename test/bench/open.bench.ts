import Sqlite from 'better-sqlite3';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { checkOnOpenUpToBytes } from '../../db/damage-check.js';
import { createWriter } from '../../db/handle.js';
import { openGradebook } from '../../db/open.js';
import { generateDemoGradebook, type DemoGradebookOptions } from '../../main/demo/generate-demo.js';
import { bestOf, report, withTempDir } from './measure.js';

/**
 * Opening a gradebook, against raw SQLite opening the same file and reading its schema (the least any
 * open must do). Ratio = raw open / Proficio's open, so 1 is as fast as raw and 0.01 a hundred times
 * slower. Printed for the damage check on open (`on_open`: what the CLI does, and the app for files up
 * to 64 MiB) and in the background (`in_background`: the app's worker for bigger files — the file opens
 * at once; `checked_ms` is when its first write may go, from the start of the open), and the check alone.
 */
async function measure(label: string, options: DemoGradebookOptions): Promise<void> {
  await withTempDir(async (dir) => {
    const path = join(dir, 'bench.proficio');
    await generate(path, options);
    const rawMs = bestOf(3, () => {
      const sqlite = new Sqlite(path, { readonly: true, fileMustExist: true });
      sqlite.prepare(`SELECT count(*) FROM sqlite_schema`).pluck().get();
      sqlite.pragma('user_version', { simple: true });
      sqlite.close();
    });
    const quickCheckMs = bestOf(2, () => {
      const sqlite = new Sqlite(path, { readonly: true, fileMustExist: true });
      sqlite.prepare('PRAGMA quick_check(20)').pluck().all();
      sqlite.close();
    });
    const onOpenMs = await bestOpen(path, 'on_open');
    const backgroundMs = await bestOpen(path, 'in_background');
    const checkedMs = await untilChecked(path);
    report(label, {
      file_mb: statSync(path).size / 1024 / 1024,
      checked_on_open: statSync(path).size <= checkOnOpenUpToBytes ? 'yes' : 'no (app)',
      raw_open_ms: rawMs,
      quick_check_ms: quickCheckMs,
      open_check_on_open_ms: onOpenMs,
      open_check_in_background_ms: backgroundMs,
      checked_ms: checkedMs,
      ratio_on_open: rawMs / onOpenMs,
      ratio_in_background: rawMs / backgroundMs,
    });
  });
}

/** The demo gradebook, written without an fsync per commit: the bench measures opening, not generating. */
async function generate(path: string, options: DemoGradebookOptions): Promise<void> {
  (await openGradebook(path)).close();
  const sqlite = new Sqlite(path);
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('foreign_keys = ON');
  generateDemoGradebook(createWriter(sqlite, path), options);
  sqlite.close();
}

async function bestOpen(path: string, damageCheck: 'on_open' | 'in_background'): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    const gradebook = await openGradebook(path, { create: false, damageCheck });
    best = Math.min(best, performance.now() - started);
    await gradebook.whenChecked();
    gradebook.close();
  }
  return best;
}

async function untilChecked(path: string): Promise<number> {
  const started = performance.now();
  const gradebook = await openGradebook(path, { create: false, damageCheck: 'in_background' });
  await gradebook.whenChecked();
  const checkedMs = performance.now() - started;
  gradebook.close();
  return checkedMs;
}

export async function runOpenBenchmarks(): Promise<void> {
  await measure('open: class 30 x 80, 48k', { seed: 5, classes: 1, learners: 30, standards: 80, evidence: 48_000 });
  await measure('open: school 1000 x 600, 500k', { seed: 5, learners: 1000, standards: 600, evidence: 500_000 });
}
