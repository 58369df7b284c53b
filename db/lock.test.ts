import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../test/helpers/temp-dir.js';
import { lockPathFor } from './lock.js';
import { openGradebook } from './open.js';

const tempDir = useTempDir();
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** Another Proficio: a separate Node process that opens the gradebook with openGradebook and keeps it open until told. */
async function otherProficio(path: string): Promise<ChildProcess> {
  const script = `
    const { openGradebook } = await import(${JSON.stringify(new URL('./open.ts', import.meta.url).href)});
    const gradebook = await openGradebook(process.argv[1]);
    console.log('open');
    process.stdin.on('data', () => { gradebook.close(); console.log('closed'); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, path], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(child);
  await untilLine(child, 'open');
  return child;
}

function untilLine(child: ChildProcess, expected: string): Promise<void> {
  const lines = createInterface({ input: child.stdout! });
  return new Promise((resolve, reject) => {
    lines.on('line', (line) => line === expected && resolve());
    child.on('exit', (code) => reject(new Error(`the other Proficio exited (${code}) before saying "${expected}"`)));
  });
}

type Racer = { child: ChildProcess; lines: AsyncIterator<string> };

/**
 * A Proficio that opens the gradebook when told to (`go <time>`: at that instant, spinning until then so
 * every racer starts together) and answers `writable` or `<code> <message>`; `close` closes it again.
 */
async function racer(path: string): Promise<Racer> {
  const script = `
    const { openGradebook } = await import(${JSON.stringify(new URL('./open.ts', import.meta.url).href)});
    const { createInterface } = await import('node:readline');
    let gradebook = null;
    console.log('ready');
    for await (const line of createInterface({ input: process.stdin })) {
      if (line === 'close') {
        gradebook?.close();
        gradebook = null;
        console.log('closed');
        continue;
      }
      const at = Number(line.split(' ')[1]);
      while (Date.now() < at);
      try {
        gradebook = await openGradebook(process.argv[1]);
        console.log('writable');
      } catch (error) {
        console.log(error.code + ' ' + error.message);
      }
    }
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, path], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(child);
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  expect((await lines.next()).value).toBe('ready');
  return { child, lines };
}

async function ask({ child, lines }: Racer, line: string): Promise<string> {
  child.stdin!.write(`${line}\n`);
  const answer = await lines.next();
  if (answer.done) throw new Error(`a racing Proficio exited before answering "${line}"`);
  return answer.value;
}

/** The pid of a process that has just exited: a crashed Proficio's. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

/** A process that is alive for the test and is not this one. */
function aliveOtherPid(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

function writeLock(path: string, holder: { pid: number; hostname: string; startedAt: string }): void {
  writeFileSync(lockPathFor(path), JSON.stringify({ app: 'proficio', ...holder, token: 'someone-else' }));
}

describe('one Proficio writing a gradebook at a time', () => {
  it('refuses a second Proficio (another process) with a clear message, and lets it in once the first closes', async () => {
    const path = join(tempDir(), 'shared.proficio');
    (await openGradebook(path)).close();
    const first = await otherProficio(path);
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8'))).toMatchObject({ app: 'proficio', pid: first.pid, hostname: hostname() });

    await expect(openGradebook(path)).rejects.toMatchObject({
      code: 'in_use',
      message: expect.stringMatching(/^Another Proficio has this gradebook open \(on this computer, since .+\)\.$/),
      details: expect.objectContaining({ path, pid: first.pid, hostname: hostname() }),
    });

    first.stdin!.write('close\n');
    await untilLine(first, 'closed');
    expect(existsSync(lockPathFor(path))).toBe(false);
    const gradebook = await openGradebook(path);
    expect(existsSync(lockPathFor(path))).toBe(true);
    gradebook.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('takes over the lock of a Proficio that was killed (its process is gone)', async () => {
    const path = join(tempDir(), 'crashed.proficio');
    (await openGradebook(path)).close();
    const crashed = await otherProficio(path);
    crashed.kill('SIGKILL');
    await new Promise((resolve) => crashed.on('exit', resolve));
    expect(existsSync(lockPathFor(path))).toBe(true);
    const gradebook = await openGradebook(path);
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8'))).toMatchObject({ pid: process.pid });
    gradebook.close();
  });

  it('honours a lock from another computer while it is kept fresh, and takes it over once it is not', async () => {
    const path = join(tempDir(), 'network-drive.proficio');
    (await openGradebook(path)).close();
    writeLock(path, { pid: 4242, hostname: 'staffroom-pc', startedAt: new Date().toISOString() });
    await expect(openGradebook(path)).rejects.toMatchObject({
      code: 'in_use',
      message: expect.stringMatching(/^Another Proficio has this gradebook open \(on the computer “staffroom-pc”, since .+\)\.$/),
    });
    const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(lockPathFor(path), anHourAgo, anHourAgo);
    const gradebook = await openGradebook(path);
    gradebook.close();
  });

  it('holds a lock of a live process on this computer, and ignores one written before the computer started', async () => {
    const path = join(tempDir(), 'pid.proficio');
    (await openGradebook(path)).close();
    const pid = aliveOtherPid();
    writeLock(path, { pid, hostname: hostname(), startedAt: new Date().toISOString() });
    await expect(openGradebook(path)).rejects.toMatchObject({ code: 'in_use' });
    // the same pid, but from before this boot: a different process that happens to reuse the number
    writeLock(path, { pid, hostname: hostname(), startedAt: '2000-01-01T00:00:00.000Z' });
    (await openGradebook(path)).close();
  });

  it('lets one process open its gradebook twice (reopening it) and removes the lock after the last close', async () => {
    const path = join(tempDir(), 'twice.proficio');
    const first = await openGradebook(path);
    const second = await openGradebook(path);
    first.close();
    expect(existsSync(lockPathFor(path))).toBe(true);
    second.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('lets exactly one of several Proficios starting at once take over a stale lock; the others are told who holds it', async () => {
    const path = join(tempDir(), 'race.proficio');
    (await openGradebook(path)).close();
    const racers = await Promise.all(Array.from({ length: 4 }, () => racer(path)));
    // the race is a matter of microseconds: before the fix it showed within the first few rounds
    const rounds = 20;
    for (let round = 0; round < rounds; round++) {
      // a Proficio that crashed: its process is gone, its lock is still there
      writeLock(path, { pid: await deadPid(), hostname: hostname(), startedAt: new Date().toISOString() });
      const start = Date.now() + 150;
      const outcomes = await Promise.all(racers.map((child) => ask(child, `go ${start}`)));
      const writable = outcomes.filter((outcome) => outcome === 'writable');
      expect(writable, `round ${round}: ${outcomes.join(', ')}`).toHaveLength(1);
      for (const outcome of outcomes.filter((o) => o !== 'writable')) {
        expect(outcome).toMatch(/^in_use Another Proficio (has this gradebook open \(on this computer, since .+\)|is opening this gradebook at this very moment)\.$/);
      }
      await Promise.all(racers.map((child) => ask(child, 'close')));
      expect(existsSync(lockPathFor(path))).toBe(false);
    }
    // four processes starting Node with tsx, on a machine busy with other test files
  }, 90_000);

  it('honours an unreadable lock while it may be being written, and takes it over once it is old (a crash mid-write)', async () => {
    const path = join(tempDir(), 'half-written.proficio');
    (await openGradebook(path)).close();
    writeFileSync(lockPathFor(path), '');
    await expect(openGradebook(path)).rejects.toMatchObject({ code: 'in_use', message: 'Another Proficio is opening this gradebook at this very moment.' });
    const aMinuteAgo = new Date(Date.now() - 60 * 1000);
    utimesSync(lockPathFor(path), aMinuteAgo, aMinuteAgo);
    const gradebook = await openGradebook(path);
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8'))).toMatchObject({ pid: process.pid });
    gradebook.close();
  });

  it('takes no lock for a gradebook it refuses', async () => {
    const path = join(tempDir(), 'notes.proficio');
    writeFileSync(path, 'These are my lesson notes, not a database. '.repeat(200));
    await expect(openGradebook(path)).rejects.toMatchObject({ code: 'not_a_gradebook' });
    expect(existsSync(lockPathFor(path))).toBe(false);
  });
});
