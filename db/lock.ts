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
 *   holder touches the file every minute, and one untouched for five minutes is stale;
 * - unreadable (a crash while writing it), once it is ten seconds old — younger, it is most likely
 *   being written this instant.
 *
 * Taking over is the one step the `wx` create cannot make atomic: removing a stale lock and creating
 * ours are two steps, and two Proficios starting at once after a crash would both find the stale lock,
 * and the second would remove the first's fresh one. So every take-over runs inside
 * `serialiseTakeOver`, which the opener makes SQLite's write lock on the gradebook itself (BEGIN
 * IMMEDIATE), and judges the lock again inside it: the second Proficio waits, then finds the first's
 * fresh lock and is told who holds the file. Why SQLite's lock rather than a second lock file: the
 * operating system drops it when its process dies (fcntl locks on Linux and macOS, LockFileEx on
 * Windows — SQLite's own safety rests on exactly that), so a Proficio that crashes mid take-over
 * cannot leave a stale guard behind it, the problem a guard file would have all over again. Creating
 * a lock where none is needs no guard (`wx` fails if the file appeared meanwhile), and nobody removes a
 * lock outside the guard but its own holder. Across computers the guard is only as good as the
 * shared drive's byte-range locks; the five-minute rule makes that race need a crash and two
 * computers opening within the same instant.
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

/**
 * Runs a take-over so no other Proficio's take-over of the same lock interleaves with it (see above);
 * throws when it cannot get its turn in time.
 */
export type SerialiseTakeOver = <T>(takeOver: () => T) => T;

/** How young an unreadable lock is taken to be one being written right now, not a crash's leftover. */
const beingWrittenForMs = 10_000;

/** Takes the gradebook's lock, or throws `in_use` naming who holds it. */
export function takeGradebookLock(path: string, serialiseTakeOver: SerialiseTakeOver): GradebookLock {
  const lockPath = lockPathFor(path);
  const mine = held.get(lockPath);
  if (mine) {
    mine.count++;
    return { release: once(() => releaseHeld(lockPath)) };
  }
  const created = createLock(lockPath);
  if (created) return created;
  const found = readHolder(lockPath);
  // 'gone': its holder closed between our create and our read; the turn below creates ours
  const decided = found === 'gone' ? null : decide(path, lockPath, found);
  if (decided) return decided;
  return serialiseTakeOver(() => {
    // judged again inside: another Proficio may have taken the lock over while this one waited its turn
    const now = readHolder(lockPath);
    if (now !== 'gone') {
      const decidedNow = decide(path, lockPath, now);
      if (decidedNow) return decidedNow;
      rmSync(lockPath, { force: true });
    }
    return createLock(lockPath) ?? refuseRacing(path, lockPath);
  });
}

/**
 * What a lock someone else wrote means for us: shared (another thread of this process — one Proficio),
 * refused (a live holder, or one being written), or null: stale, to be taken over.
 */
function decide(path: string, lockPath: string, found: LockHolder | null): GradebookLock | null {
  // another thread of this process (a second worker) has it: the process is one Proficio
  if (found && found.pid === process.pid && found.hostname === hostname()) return { release() {} };
  if (found && !isStale(lockPath, found)) throw inUse(path, found);
  if (!found && modifiedWithin(lockPath, beingWrittenForMs)) throw racing(path, lockPath);
  return null;
}

/** Creates the lock exclusively (`wx`); null when one is already there. */
function createLock(lockPath: string): GradebookLock | null {
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
    if (isCode(error, 'EEXIST')) return null;
    throw error;
  }
  const timer = setInterval(() => touch(lockPath), refreshEveryMs);
  timer.unref();
  held.set(lockPath, { count: 1, token, timer });
  return { release: once(() => releaseHeld(lockPath)) };
}

/** Someone else created the lock a moment ago: they hold it now. */
function refuseRacing(path: string, lockPath: string): never {
  const holder = readHolder(lockPath);
  if (holder !== 'gone' && holder !== null) throw inUse(path, holder);
  throw racing(path, lockPath);
}

function racing(path: string, lockPath: string): GradebookError {
  return new GradebookError('in_use', 'Another Proficio is opening this gradebook at this very moment.', { path, lockPath });
}

function releaseHeld(lockPath: string): void {
  const mine = held.get(lockPath);
  if (!mine || --mine.count > 0) return;
  clearInterval(mine.timer);
  held.delete(lockPath);
  // only our own: a lock someone took over from us (we looked stale) is theirs now
  const holder = readHolder(lockPath);
  if (holder !== 'gone' && holder?.token === mine.token) rmSync(lockPath, { force: true });
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

/** The holder named in a lock file; null when it cannot be read as one (being written, or half-written by a crash); 'gone' when there is none. */
function readHolder(lockPath: string): LockHolder | null | 'gone' {
  let text: string;
  try {
    text = readFileSync(lockPath, 'utf8');
  } catch (error) {
    return isCode(error, 'ENOENT') ? 'gone' : null;
  }
  try {
    const parsed: unknown = JSON.parse(text);
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

function modifiedWithin(lockPath: string, ms: number): boolean {
  try {
    return Date.now() - statSync(lockPath).mtimeMs < ms;
  } catch {
    return false;
  }
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
