import type BetterSqlite3 from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { GradebookError } from './errors.js';

/**
 * Files up to this size are checked for damage as they open; bigger ones in a thread of their own
 * while the teacher already reads (see openGradebook). `PRAGMA quick_check` reads every page, here
 * 200–400 MB a second on a read-only connection (`npm run bench open`): a class's gradebook with a
 * year of evidence (30 learners, 80 standards, 48,000 evidence: 38 MB) in under 0.1 s, a school's
 * (1,000 × 600, 500,000 evidence: 515 MB) in 1.5–3 s. Up to 64 MiB the check costs at most ~0.2 s,
 * under what a teacher notices when a file opens, and such a file keeps the simplest path: refused at
 * once if damaged, and opened read-only saying so.
 */
export const checkOnOpenUpToBytes = 64 * 1024 * 1024;

/** `PRAGMA quick_check`: every page and record well formed (not the slower index-vs-table cross-check). Empty: no damage found. */
export function findDamage(sqlite: BetterSqlite3.Database): string[] {
  try {
    return (sqlite.prepare('PRAGMA quick_check(20)').pluck().all() as string[]).filter((line) => line !== 'ok');
  } catch (error) {
    return [String(error instanceof Error ? error.message : error)];
  }
}

export function damagedError(path: string, problems: string[]): GradebookError {
  return new GradebookError('damaged', 'This gradebook file is damaged: parts of it can no longer be read.', { path, problems });
}

export type BackgroundDamageCheck = {
  /**
   * The problems found (empty: none); null when the thread could not run the check at all (then the
   * caller checks on its own thread: a file is never taken as sound unchecked). Never rejects.
   */
  readonly problems: Promise<string[] | null>;
  /**
   * Stops waiting for the check and blocks until its thread has closed its connection to the file (at
   * most the rest of one check): the gradebook is closing, and a connection left open would keep the
   * `-wal` file beside it.
   */
  stop(): void;
};

/**
 * The same check over a read-only connection of its own, in a worker thread: the gradebook's own
 * thread goes on answering reads meanwhile. The thread's code is a few lines of plain JavaScript
 * evaluated as they are (`eval`), so it runs the same from source under tsx and from the Electron
 * bundle, with no build entry of its own; it loads the very better-sqlite3 this module resolved.
 */
export function findDamageInBackground(path: string, options: { nativeBinding?: string } = {}): BackgroundDamageCheck {
  const finished = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const worker = new Worker(checkThreadSource, {
    eval: true,
    workerData: { path, module: createRequire(import.meta.url).resolve('better-sqlite3'), nativeBinding: options.nativeBinding, finished },
  });
  let exited = false;
  const problems = new Promise<string[] | null>((resolve) => {
    worker.once('message', (found: string[] | null) => resolve(found));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => {
      exited = true;
      resolve(null);
    });
  });
  return {
    problems,
    stop() {
      if (!exited && Atomics.load(finished, 0) === 0) Atomics.wait(finished, 0, 0, 10_000);
      void worker.terminate();
    },
  };
}

/** Runs in the worker thread: open read-only, check, close, then raise `finished` (what `stop` waits for). */
const checkThreadSource = `
// never the word require straight before a parenthesis in this text: electron-vite adds a CommonJS
// shim declaring require to any bundle whose text holds one, which clashes with a module's own
const load = require;
const { parentPort, workerData } = load('node:worker_threads');
const { path, module, nativeBinding, finished } = workerData;
let problems = null;
let Sqlite = null;
try {
  Sqlite = load(module);
} catch {
  // problems stays null: the check could not run here
}
if (Sqlite) try {
  const sqlite = new Sqlite(path, { readonly: true, fileMustExist: true, timeout: 5000, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    problems = sqlite.prepare('PRAGMA quick_check(20)').pluck().all().filter((line) => line !== 'ok');
  } catch (error) {
    problems = [String(error && error.message ? error.message : error)];
  } finally {
    sqlite.close();
  }
} catch (error) {
  problems = [String(error && error.message ? error.message : error)];
}
Atomics.store(finished, 0, 1);
Atomics.notify(finished, 0);
parentPort.postMessage(problems);
`;

/** A big file's check running in the background while the gradebook is open, and the writes it holds back. */
export type DamageCheckWhileOpen = {
  /** Settles when the check passed (writes allowed from then on); rejects with `damaged`. */
  readonly passed: Promise<void>;
  /** Throws unless the check has passed: `busy` while it runs (see `isAwaitingDamageCheck`), `damaged` after it found damage. */
  refuseWritesUntilPassed(): void;
  /** Whether it has passed (closing writes only then: `PRAGMA optimize` may write statistics). */
  hasPassed(): boolean;
  /** The gradebook is closing (see `BackgroundDamageCheck.stop`). */
  stop(): void;
};

const awaitingCheck = 'damage_check';

/**
 * Checks the open gradebook's file in the background. Until the check passes, the writing connection
 * is `query_only`: no statement writes to a file that may be damaged, not even a raw prepared one
 * that bypasses `refuseWritesUntilPassed`; the check lifts it. Damage leaves it on for good.
 */
export function checkWhileOpen(writable: BetterSqlite3.Database, path: string, options: { nativeBinding?: string } = {}): DamageCheckWhileOpen {
  writable.pragma('query_only = ON');
  const check = findDamageInBackground(path, options);
  let state: 'checking' | 'passed' | 'stopped' | GradebookError = 'checking';
  const passed = check.problems.then((found) => {
    if (state === 'stopped') return;
    // the thread could not run the check: check here, once, rather than take the file as sound
    const problems = found ?? findDamage(writable);
    if (problems.length > 0) {
      state = damagedError(path, problems);
      throw state;
    }
    writable.pragma('query_only = OFF');
    state = 'passed';
  });
  // whoever awaits `passed` hears the damage; nobody awaiting it is no unhandled rejection
  passed.catch(() => undefined);
  return {
    passed,
    refuseWritesUntilPassed() {
      if (state === 'passed') return;
      if (state instanceof GradebookError) throw state;
      throw new GradebookError('busy', 'Proficio is still checking this gradebook for damage; try again in a moment.', { path, reason: awaitingCheck });
    },
    hasPassed: () => state === 'passed',
    stop() {
      state = 'stopped';
      check.stop();
    },
  };
}

/** The refusal of a write that came before a big file's damage check finished: wait for `passed`, then write. */
export function isAwaitingDamageCheck(error: unknown): boolean {
  return error instanceof GradebookError && error.code === 'busy' && error.details['reason'] === awaitingCheck;
}
