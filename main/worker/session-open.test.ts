import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockPathFor } from '../../db/lock.js';
import { openGradebook } from '../../db/open.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { createGradebookSession, type GradebookSession } from './session.js';

const tempDir = useTempDir();
const children: ChildProcess[] = [];
const sessions: GradebookSession[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.run({ op: 'close' });
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

function session(): GradebookSession {
  const created = createGradebookSession();
  sessions.push(created);
  return created;
}

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
    const write = await teacher.run({ op: 'dispatch', channel: 'evidence:delete', request: { evidenceId: '01900000-0000-7000-8000-000000000000' } });
    expect(write).toMatchObject({ ok: false, error: { code: 'read_only' } });
    await teacher.run({ op: 'close' });
    expect(folderBytes(join(path, '..'))).toEqual(before);
  });

  it('opens a gradebook it can write as before, with no read-only notice', async () => {
    const path = await demoGradebook('mine.proficio');
    const opened = await session().run({ op: 'open', path, create: true, demoIfNew: true });
    expect(opened).toMatchObject({ ok: true, value: { path, readOnly: null } });
  });
});
