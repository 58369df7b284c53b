import type * as NodeFs from 'node:fs';
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openGradebook } from '../../db/open.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { createGradebookSession } from './session.js';

/**
 * Root may write anything, so under root (CI containers) `access(W_OK)` never fails. The one mock is
 * at the operating system's edge: access answers from the permission bits, as it does for a teacher.
 * The files are made read-only for real with chmod.
 */
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>();
  const accessSync = (path: NodeFs.PathLike, mode?: number): void => {
    fs.accessSync(path, mode);
    if (mode !== undefined && (mode & fs.constants.W_OK) !== 0 && (fs.statSync(path).mode & 0o222) === 0) {
      throw Object.assign(new Error(`EACCES: permission denied, access '${String(path)}'`), { code: 'EACCES' });
    }
  };
  return { ...fs, accessSync, default: { ...fs, accessSync } };
});

const tempDir = useTempDir();
const restore: (() => void)[] = [];
afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

function readOnly(path: string): void {
  chmodSync(path, path.endsWith('.proficio') ? 0o444 : 0o555);
  restore.push(() => chmodSync(path, path.endsWith('.proficio') ? 0o644 : 0o755));
}

function folderBytes(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name)).toString('base64')]));
}

async function gradebookIn(folder: string): Promise<string> {
  const path = join(folder, 'shared.proficio');
  (await openGradebook(path)).close();
  return path;
}

describe('a read-only gradebook file or folder', () => {
  it('is refused for writing as read-only (not "[internal]", not "not a gradebook"), leaving no -wal or -shm', async () => {
    const folder = tempDir();
    const path = await gradebookIn(folder);
    readOnly(path);
    const before = folderBytes(folder);
    await expect(openGradebook(path)).rejects.toMatchObject({ code: 'read_only', message: 'This gradebook file is read-only, so Proficio cannot save changes to it.' });
    expect(folderBytes(folder)).toEqual(before);
  });

  it('opens read-only in the session, saying so, with nothing created beside it', async () => {
    const folder = tempDir();
    const path = await gradebookIn(folder);
    readOnly(folder);
    const before = folderBytes(folder);
    const session = createGradebookSession();
    const opened = await session.run({ op: 'open', path, create: false, demoIfNew: false });
    expect(opened).toMatchObject({
      ok: true,
      value: { readOnly: { reason: 'read_only', message: expect.stringMatching(/^This gradebook is in a read-only folder .* It is open for reading only\.$/) } },
    });
    expect(await session.run({ op: 'dispatch', channel: 'classes:list', request: {} })).toMatchObject({ ok: true });
    await session.run({ op: 'close' });
    expect(folderBytes(folder)).toEqual(before);
  });

  it('refuses to create a new gradebook in a read-only folder, saying so', async () => {
    const folder = tempDir();
    readOnly(folder);
    await expect(openGradebook(join(folder, 'new.proficio'))).rejects.toMatchObject({
      code: 'read_only',
      message: `Proficio cannot create a gradebook in ${folder}: that folder is read-only.`,
    });
    expect(readdirSync(folder)).toEqual([]);
  });
});
