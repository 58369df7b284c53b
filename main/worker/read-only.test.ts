import Sqlite from 'better-sqlite3';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openGradebookReadOnly, type ReadOnlyGradebook } from '../../db/open-read-only.js';
import { openGradebook } from '../../db/open.js';
import { migrations } from '../../db/migrations/index.js';
import { channelNames, contract } from '../../preload/contract/index.js';
import { validRequestsFor } from '../../test/channels/index.js';
import { sampleContext } from '../../test/channels/samples.js';
import { answerWithoutHub } from '../../test/channels/hub.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { dispatch } from './dispatch.js';

const tempDir = useTempDir();
let path: string;
let opened: ReadOnlyGradebook | null = null;

const readChannels = channelNames.filter((channel) => contract[channel].access === 'read');
const writeChannels = channelNames.filter((channel) => contract[channel].access === 'write');

/** Every file in the gradebook's folder with its bytes: a read must not add, remove or change one. */
function folderBytes(): Record<string, string> {
  const folder = join(path, '..');
  return Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name)).toString('base64')]));
}

beforeEach(async () => {
  path = join(tempDir(), 'teacher.proficio');
  const gradebook = await openGradebook(path);
  generateDemoGradebook(gradebook.writer, { seed: 11 });
  gradebook.close();
});
afterEach(() => {
  opened?.close();
  opened = null;
});

describe('a gradebook opened read-only', () => {
  it('answers every read channel, and the file and its folder keep every byte', async () => {
    const before = folderBytes();
    opened = await openGradebookReadOnly(path);
    expect(opened.readsCopy).toBe(true);
    const requests = validRequestsFor(opened);
    for (const channel of readChannels) {
      // awaited: a read may answer with a promise (an XLSX export)
      const result = await dispatch(opened, channel, requests[channel](), sampleContext(opened));
      // the school hub's channels are answered for real in test/integration/hub-app.test.ts
      expect(result, channel).toMatchObject(answerWithoutHub(channel, 'read-only') ?? { ok: true });
    }
    // the grid, as of a date and under another method, are reads too
    const classId = String(opened.reader.prepare('SELECT id FROM classes LIMIT 1').pluck().get());
    expect(dispatch(opened, 'mastery:grid', { classId, asOf: '2025-11-01', method: { kind: 'mean' } })).toMatchObject({ ok: true });
    opened.close();
    opened = null;
    expect(folderBytes()).toEqual(before);
  });

  it('refuses every write channel, saying it is read-only, and changes nothing', async () => {
    const before = folderBytes();
    opened = await openGradebookReadOnly(path);
    const requests = validRequestsFor(opened);
    for (const channel of writeChannels) {
      const result = dispatch(opened, channel, requests[channel]());
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'read_only' } });
    }
    opened.close();
    opened = null;
    expect(folderBytes()).toEqual(before);
  });

  it('reads a file its owner has open in place, including the owner’s latest change', async () => {
    const owner = await openGradebook(path);
    try {
      owner.writer.prepare(`UPDATE settings SET value = 'Renamed by its owner' WHERE key = 'title'`).run();
      opened = await openGradebookReadOnly(path);
      expect(opened.readsCopy).toBe(false);
      expect(dispatch(opened, 'gradebook:info', {})).toMatchObject({ ok: true, value: { title: 'Renamed by its owner' } });
    } finally {
      opened?.close();
      opened = null;
      owner.close();
    }
  });

  it('reads a file from an older Proficio through a migrated temporary copy, leaving the file as it was', async () => {
    const older = join(tempDir(), 'older.proficio');
    const previous = migrations.slice(0, -1);
    const gradebook = await openGradebook(older, { migrations: previous });
    gradebook.close();
    const bytes = readFileSync(older);
    // the temporary copies go to a folder of this test's own, so what is left there can be checked
    const temporary = tempDir();
    const tmpBefore = process.env['TMPDIR'];
    process.env['TMPDIR'] = temporary;
    try {
      opened = await openGradebookReadOnly(older);
    } finally {
      if (tmpBefore === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = tmpBefore;
    }
    expect(opened.readsCopy).toBe(true);
    expect(opened.schemaVersion).toBe(migrations.at(-1)?.version);
    expect(readdirSync(temporary)).toHaveLength(1);
    expect(dispatch(opened, 'classes:list', {})).toMatchObject({ ok: true, value: [] });
    opened.close();
    opened = null;
    expect(readFileSync(older).equals(bytes)).toBe(true);
    expect(readdirSync(join(older, '..')).filter((name) => name.startsWith('older'))).toEqual(['older.proficio']);
    expect(readdirSync(temporary)).toEqual([]);
  });

  it('refuses a newer file, someone else’s database and an empty file by name, changing none of them', async () => {
    const newer = join(tempDir(), 'newer.proficio');
    copyFileSync(path, newer);
    const sqlite = new Sqlite(newer);
    sqlite.pragma('user_version = 9990');
    sqlite.close();
    await expect(openGradebookReadOnly(newer)).rejects.toMatchObject({ code: 'newer_version' });
    const foreign = join(tempDir(), 'foreign.sqlite');
    const other = new Sqlite(foreign);
    other.exec('CREATE TABLE t (x)');
    other.close();
    await expect(openGradebookReadOnly(foreign)).rejects.toMatchObject({ code: 'not_a_gradebook' });
    const empty = join(tempDir(), 'empty.proficio');
    new Sqlite(empty).close();
    await expect(openGradebookReadOnly(empty)).rejects.toMatchObject({ code: 'not_a_gradebook', message: expect.stringMatching(/empty/) });
    await expect(openGradebookReadOnly(join(tempDir(), 'missing.proficio'))).rejects.toMatchObject({ code: 'not_found' });
  });
});
