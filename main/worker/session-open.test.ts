import Sqlite from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockPathFor } from '../../db/lock.js';
import { openGradebook } from '../../db/open.js';
import { garbleLeafPage } from '../../test/helpers/garble-page.js';
import { useGradebookSessions } from '../../test/helpers/gradebook-sessions.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';

const tempDir = useTempDir();
const session = useGradebookSessions();
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

async function demoGradebook(name: string): Promise<string> {
  const path = join(tempDir(), name);
  const gradebook = await openGradebook(path);
  generateDemoGradebook(gradebook.writer, { seed: 3, classes: 1, learners: 5, standards: 6, evidence: 60 });
  gradebook.close();
  return path;
}

/** Every file in the folder with its bytes. */
function folderBytes(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name)).toString('base64')]));
}

describe('opening the teacher’s gradebook when it cannot be written', () => {
  it('opens a gradebook another Proficio holds for reading only, saying so, and refuses writes', async () => {
    const path = await demoGradebook('held.proficio');
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    children.push(other);
    writeFileSync(
      lockPathFor(path),
      JSON.stringify({ app: 'proficio', pid: other.pid, hostname: hostname(), startedAt: new Date().toISOString(), token: 'theirs' }),
    );
    const before = folderBytes(join(path, '..'));

    const teacher = session();
    const opened = await teacher.run({ op: 'open', path, create: true, demoIfNew: true });
    expect(opened).toMatchObject({
      ok: true,
      value: {
        path,
        createdDemo: false,
        readOnly: {
          reason: 'in_use',
          message: expect.stringMatching(/^Another Proficio has this gradebook open \(on this computer, since .+\)\. It is open here for reading only/),
          backups: [],
        },
      },
    });
    expect(await teacher.run({ op: 'dispatch', channel: 'classes:list', request: {} })).toMatchObject({ ok: true, value: [{ learnerCount: 5 }] });
    // the window learns why from the summary it reads at start, and a refused write says the same
    const info = await teacher.run({ op: 'dispatch', channel: 'gradebook:info', request: {} });
    expect(info).toMatchObject({ ok: true, value: { readOnly: { reason: 'in_use', message: expect.stringMatching(/^Another Proficio/) } } });
    const write = await teacher.run({ op: 'dispatch', channel: 'evidence:delete', request: { evidenceId: '01900000-0000-7000-8000-000000000000' } });
    expect(write).toMatchObject({ ok: false, error: { code: 'read_only', message: expect.stringMatching(/^Another Proficio has this gradebook open/) } });
    await teacher.run({ op: 'close' });
    expect(folderBytes(join(path, '..'))).toEqual(before);
  });

  it('opens a damaged gradebook for reading only, lists its backups, and saves a rescued copy', async () => {
    const path = await demoGradebook('damaged.proficio');
    const backup = `${path}.schema-40-backup-2026-01-05T10-00-00-000Z.sqlite`;
    copyFileSync(path, backup);
    garbleLeafPage(path, 'evidence');

    const teacher = session();
    const opened = await teacher.run({ op: 'open', path, create: true, demoIfNew: true });
    expect(opened).toMatchObject({
      ok: true,
      value: {
        readOnly: {
          reason: 'damaged',
          message: expect.stringMatching(/^This gradebook file is damaged: .* It is open for reading only, so nothing more is lost\. File → Save a copy… saves what can still be read/),
          backups: [backup],
        },
      },
    });
    const rescued = join(path, '..', 'rescued.proficio');
    expect(await teacher.run({ op: 'backup', destination: rescued })).toMatchObject({ ok: true });
    const check = new Sqlite(rescued, { readonly: true });
    expect(check.prepare('PRAGMA quick_check').pluck().all()).toEqual(['ok']);
    expect(check.prepare('SELECT count(*) FROM learners').pluck().get()).toBe(5);
    check.close();
  });

  it('opens a gradebook it can write as before, with no read-only notice', async () => {
    const path = await demoGradebook('mine.proficio');
    const opened = await session().run({ op: 'open', path, create: true, demoIfNew: true });
    expect(opened).toMatchObject({ ok: true, value: { path, readOnly: null } });
  });
});
