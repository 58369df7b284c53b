import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../test/helpers/temp-dir.js';
import { GradebookError } from './errors.js';
import { qb } from './handle.js';
import { openGradebook } from './open.js';

const tempDir = useTempDir();
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

/**
 * Another program writing the same file: a separate process that takes SQLite's write lock, says
 * "locked", holds it for `holdMs` and commits. Plain better-sqlite3, as any other writer would be.
 */
async function otherProgramWriting(path: string, holdMs: number): Promise<{ done: Promise<void> }> {
  const script = `
    const Sqlite = require('better-sqlite3');
    const db = new Sqlite(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO settings (key, value) VALUES ('other', 'program')").run();
    console.log('locked');
    setTimeout(() => { db.exec('COMMIT'); db.close(); console.log('committed'); }, Number(process.argv[2]));
  `;
  const child = spawn(process.execPath, ['-e', script, path, String(holdMs)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve, reject) => {
    lines.on('line', (line) => line === 'locked' && resolve());
    child.on('exit', (code) => reject(new Error(`the other writer exited early (${code})`)));
  });
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { done };
}

/** A write that reads first, as most edits do (check, then write): the shape that used to fail at once. */
function readThenWrite(gradebook: Awaited<ReturnType<typeof openGradebook>>, value: string): void {
  gradebook.writer.transaction(() => {
    gradebook.writer.all(qb.selectFrom('settings').selectAll());
    gradebook.writer.run(qb.insertInto('settings').values({ key: 'mine', value }));
  });
}

describe('two programs writing one gradebook', () => {
  it('a write waits for the other program’s write to finish, then succeeds', async () => {
    const path = join(tempDir(), 'shared.proficio');
    (await openGradebook(path)).close();
    const gradebook = await openGradebook(path, { busyTimeoutMs: 5000 });
    try {
      const other = await otherProgramWriting(path, 300);
      const started = performance.now();
      readThenWrite(gradebook, 'waited');
      expect(performance.now() - started).toBeGreaterThan(100);
      await other.done;
      const rows = gradebook.reader.all(qb.selectFrom('settings').select(['key', 'value']).where('key', 'in', ['mine', 'other']).orderBy('key'));
      expect(rows).toEqual([
        { key: 'mine', value: 'waited' },
        { key: 'other', value: 'program' },
      ]);
    } finally {
      gradebook.close();
    }
  });

  it('a write still refused after the busy timeout is a typed "busy" error a teacher understands, and changes nothing', async () => {
    const path = join(tempDir(), 'held.proficio');
    (await openGradebook(path)).close();
    const gradebook = await openGradebook(path, { busyTimeoutMs: 200 });
    try {
      const other = await otherProgramWriting(path, 3000);
      let error: unknown = null;
      try {
        readThenWrite(gradebook, 'refused');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(GradebookError);
      expect(error).toMatchObject({
        code: 'busy',
        message: 'Another program is saving to this gradebook right now; try again in a moment.',
      });
      expect((error as GradebookError).details).toMatchObject({ path });
      // a single statement outside a transaction is refused the same way
      expect(() => gradebook.writer.run(qb.insertInto('settings').values({ key: 'alone', value: 'x' }))).toThrow(
        expect.objectContaining({ code: 'busy' }),
      );
      await other.done;
      expect(gradebook.reader.first(qb.selectFrom('settings').select('key').where('key', 'in', ['mine', 'alone']))).toBeUndefined();
    } finally {
      gradebook.close();
    }
  });
});
