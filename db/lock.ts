import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { GradebookError } from './errors.js';

/**
 * One Proficio writes a gradebook at a time. SQLite alone would let two apps write the same file
 * safely, statement by statement, but each app keeps state beside the file (an import preview, the
 * grid it shows, stored mastery levels it believes current), so a second app opens it read-only.
 *
 * The lock is a small file beside the gradebook, `<file>.lock`, created exclusively (`wx`) on a
 * writable open and removed on close. No server, and it works on a shared drive. It says who holds
 * the file: pid, computer, when that process started, and a token so a holder only removes its own.
 *
 * A lock left by an app that crashed is stale and taken over:
 * - on this computer, when its process is gone, or it was written before the computer last started
 *   (the pid may since belong to another program);
 * - from another computer, whose processes cannot be seen, when its holder stopped refreshing it: a
 *   holder touches the file every minute, and one untouched for five minutes is stale.
 * Two apps that find the same stale lock at the same instant may both take it; that race needs a
 * crash and two opens within milliseconds, and SQLite still keeps each write whole.
 */
export type LockHolder = {
  app: 'proficio';
  pid: number;
  hostname: string;
  /** When the holding process started: a lock from before the computer last started is stale. */
  startedAt: string;
  /** When it opened the gradebook (what the teacher is told). */
  takenAt?: string;
  token: string;
};
export type GradebookLock = { release(): void };

const refreshEveryMs = 60_000;
const staleAfterMs = 5 * 60_000;

export const lockPathFor = (path: string): string => `${path}.lock`;

/** Locks this thread holds, by lock path: reopening a file this thread has open shares its lock. */
const held = new Map<string, { count: number; token: string; timer: NodeJS.Timeout }>();

/** Takes the gradebook's lock, or throws `in_use` naming who holds it. */
export function takeGradebookLock(path: string): GradebookLock {
  const lockPath = lockPathFor(path);
  const mine = held.get(lockPath);
  if (mine) {
    mine.count++;
    return { release: once(() => releaseHeld(lockPath)) };
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    const token = randomUUID();
    const holder: LockHolder = {
      app: 'proficio',
      pid: process.pid,
      hostname: hostname(),
      startedAt: processStartedAt(),
      takenAt: new Date().toISOString(),
      token,
    };
    try {
      writeFileSync(lockPath, JSON.stringify(holder), { flag: 'wx' });
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error;
      const existing = readHolder(lockPath);
      // another thread of this process (a second worker) has it: the process is one Proficio
      if (existing && existing.pid === process.pid && existing.hostname === hostname()) return { release() {} };
      if (existing && !isStale(lockPath, existing)) throw inUse(path, existing);
      rmSync(lockPath, { force: true });
      continue;
    }
    const timer = setInterval(() => touch(lockPath), refreshEveryMs);
    timer.unref();
    held.set(lockPath, { count: 1, token, timer });
    return { release: once(() => releaseHeld(lockPath)) };
  }
  throw new GradebookError('in_use', 'Another Proficio is opening this gradebook at this very moment.', { path, lockPath });
}

function releaseHeld(lockPath: string): void {
  const mine = held.get(lockPath);
  if (!mine || --mine.count > 0) return;
  clearInterval(mine.timer);
  held.delete(lockPath);
  // only our own: a lock someone took over from us (we looked stale) is theirs now
  if (readHolder(lockPath)?.token === mine.token) rmSync(lockPath, { force: true });
}

function inUse(path: string, holder: LockHolder): GradebookError {
  const where = holder.hostname === hostname() ? 'on this computer' : `on the computer “${holder.hostname}”`;
  const since = new Date(holder.takenAt ?? holder.startedAt).toLocaleString();
  return new GradebookError('in_use', `Another Proficio has this gradebook open (${where}, since ${since}).`, {
    path,
    lockPath: lockPathFor(path),
    pid: holder.pid,
    hostname: holder.hostname,
    startedAt: holder.startedAt,
  });
}

/** The holder named in a lock file; null when it cannot be read as one (half-written by a crash: stale). */
function readHolder(lockPath: string): LockHolder | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockPath, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { app, pid, hostname: host, startedAt, takenAt, token } = parsed as Record<string, unknown>;
    if (app !== 'proficio' || typeof pid !== 'number' || typeof host !== 'string' || typeof startedAt !== 'string' || typeof token !== 'string') return null;
    return { app, pid, hostname: host, startedAt, token, ...(typeof takenAt === 'string' ? { takenAt } : {}) };
  } catch {
    return null;
  }
}

function isStale(lockPath: string, holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) {
    try {
      return Date.now() - statSync(lockPath).mtimeMs > staleAfterMs;
    } catch {
      return true;
    }
  }
  const bootedAt = Date.now() - uptime() * 1000;
  if (Date.parse(holder.startedAt) < bootedAt) return true;
  return !processIsAlive(holder.pid);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal
    return isCode(error, 'EPERM');
  }
}

function touch(lockPath: string): void {
  const now = new Date();
  try {
    utimesSync(lockPath, now, now);
  } catch (error) {
    // a drive that went away: the next write will say so; the lock just stops looking fresh
    console.error(`[lock] could not refresh ${lockPath}:`, error);
  }
}

function processStartedAt(): string {
  return new Date(Date.now() - process.uptime() * 1000).toISOString();
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

function once(work: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    work();
  };
}
