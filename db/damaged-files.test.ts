import Sqlite from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemoGradebook } from '../main/demo/generate-demo.js';
import { garbleLeafPage } from '../test/helpers/garble-page.js';
import { snapshotGradebook } from '../test/helpers/snapshot.js';
import { useTempDir } from '../test/helpers/temp-dir.js';
import { isAwaitingDamageCheck } from './damage-check.js';
import { qb } from './handle.js';
import { listBackups } from './migrate.js';
import { migrations } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';
import { openGradebookReadOnly } from './open-read-only.js';
import { openGradebook } from './open.js';

const tempDir = useTempDir();
const latest = migrations.at(-1)!.version;

async function demoGradebook(path: string): Promise<void> {
  const gradebook = await openGradebook(path);
  generateDemoGradebook(gradebook.writer, { seed: 7, classes: 2, learners: 40, standards: 30, evidence: 6000 });
  gradebook.close();
}

function attempt(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected it to be refused');
}

describe('a damaged gradebook', () => {
  it('is refused for writing with a typed "damaged" error, before anything is written or migrated', async () => {
    const path = join(tempDir(), 'damaged.proficio');
    await demoGradebook(path);
    garbleLeafPage(path, 'evidence', 'middle');
    const error = await openGradebook(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'damaged',
      message: expect.stringMatching(/^This gradebook file is damaged: /),
      details: expect.objectContaining({ path, problems: expect.any(Array) }),
    });
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('opens read-only, and its rescued copy is a whole gradebook holding every row still readable', async () => {
    const dir = tempDir();
    const path = join(dir, 'damaged.proficio');
    await demoGradebook(path);
    const before = snapshotGradebook(path);
    garbleLeafPage(path, 'evidence', 'middle');
    const opened = await openGradebookReadOnly(path);
    const rescued = join(dir, 'rescued.proficio');
    let report;
    try {
      report = await opened.rescueTo(rescued);
    } finally {
      opened.close();
    }
    expect(report.damagedTables).toEqual(['evidence']);
    const copy = await openGradebook(rescued, { create: false });
    copy.close();
    const after = snapshotGradebook(rescued);
    expect(after.userVersion).toBe(latest);
    for (const [table, { rows, sha256 }] of Object.entries(before.tables)) {
      if (table === 'evidence') continue;
      expect(after.tables[table], table).toEqual({ rows, sha256 });
    }
    // one page of evidence is lost, the rest is kept
    expect(after.tables['evidence']!.rows).toBeLessThan(before.tables['evidence']!.rows);
    expect(after.tables['evidence']!.rows).toBeGreaterThan(before.tables['evidence']!.rows * 0.9);
  });
});

describe('a big gradebook, checked for damage after it opens', () => {
  /** Opened the way the worker session opens one, with any file counting as big. */
  const openBig = (path: string) => openGradebook(path, { create: false, damageCheck: 'in_background', checkOnOpenUpToBytes: 0 });

  it('opens a damaged one at once, takes no write meanwhile, then refuses every write as damaged', async () => {
    const path = join(tempDir(), 'damaged-big.proficio');
    await demoGradebook(path);
    garbleLeafPage(path, 'evidence', 'middle');
    const bytes = readFileSync(path);

    const gradebook = await openBig(path);
    try {
      // reads go on while the check runs
      expect(gradebook.reader.first(qb.selectFrom('learners').select((eb) => eb.fn.countAll<number>().as('n')))?.n).toBeGreaterThan(0);
      // before the check has answered: refused, and no statement can write (the connection is query_only)
      const early = attempt(() => gradebook.writer.run(qb.updateTable('settings').set({ value: 'x' }).where('key', '=', 'title')));
      expect(isAwaitingDamageCheck(early)).toBe(true);
      expect(early).toMatchObject({ code: 'busy', message: 'Proficio is still checking this gradebook for damage; try again in a moment.' });
      expect(attempt(() => gradebook.writer.prepare(`UPDATE settings SET value = 'x' WHERE key = 'title'`).run())).toMatchObject({
        code: 'SQLITE_READONLY',
      });

      await expect(gradebook.whenChecked()).rejects.toMatchObject({
        code: 'damaged',
        message: expect.stringMatching(/^This gradebook file is damaged: /),
        details: expect.objectContaining({ path, problems: expect.any(Array) }),
      });
      expect(attempt(() => gradebook.writer.transaction(() => null))).toMatchObject({ code: 'damaged' });
      expect(attempt(() => gradebook.writer.prepare(`DELETE FROM settings`).run())).toMatchObject({ code: 'SQLITE_READONLY' });
    } finally {
      gradebook.close();
    }
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('opens a healthy one at once and takes writes once the check has passed', async () => {
    const path = join(tempDir(), 'healthy-big.proficio');
    await demoGradebook(path);
    const gradebook = await openBig(path);
    try {
      const rename = () => gradebook.writer.run(qb.updateTable('settings').set({ value: 'Renamed' }).where('key', '=', 'title'));
      expect(isAwaitingDamageCheck(attempt(rename))).toBe(true);
      await gradebook.whenChecked();
      expect(rename().changes).toBe(1);
    } finally {
      gradebook.close();
    }
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('is checked before opening when it must first migrate, whatever its size: migrating writes', async () => {
    const path = join(tempDir(), 'old-damaged-big.proficio');
    await demoGradebook(path);
    garbleLeafPage(path, 'evidence', 'middle');
    const next: Migration = { version: latest + 10, name: 'next', sql: `CREATE TABLE later_thing (id TEXT PRIMARY KEY);` };
    await expect(openGradebook(path, { create: false, damageCheck: 'in_background', checkOnOpenUpToBytes: 0, migrations: [...migrations, next] })).rejects.toMatchObject({
      code: 'damaged',
    });
    expect(listBackups(path)).toEqual([]);
  });

  it('leaves nothing beside the file when closed while its check still runs', async () => {
    const path = join(tempDir(), 'closed-early.proficio');
    await demoGradebook(path);
    (await openBig(path)).close();
    expect(readdirSync(join(path, '..'))).toEqual(['closed-early.proficio']);
  });
});

describe('a file nobody asked to turn into a gradebook', () => {
  it('refuses an existing 0-byte file and leaves it 0 bytes', async () => {
    const path = join(tempDir(), 'empty.proficio');
    writeFileSync(path, '');
    await expect(openGradebook(path)).rejects.toMatchObject({ code: 'not_a_gradebook', message: expect.stringMatching(/empty/) });
    expect(readdirSync(join(path, '..'))).toEqual(['empty.proficio']);
    expect(snapshotGradebook(path)).toEqual({ userVersion: 0, tables: {} });
  });

  it("refuses an empty SQLite database carrying another program's application_id, unchanged", async () => {
    const path = join(tempDir(), 'other-app.db');
    const other = new Sqlite(path);
    other.pragma('application_id = 1234');
    other.close();
    await expect(openGradebook(path)).rejects.toMatchObject({ code: 'not_a_gradebook', message: expect.stringMatching(/another program/) });
    const check = new Sqlite(path, { readonly: true });
    expect(check.pragma('application_id', { simple: true })).toBe(1234);
    expect(check.pragma('user_version', { simple: true })).toBe(0);
    check.close();
  });

  it('still creates a gradebook where no file exists', async () => {
    const path = join(tempDir(), 'new.proficio');
    (await openGradebook(path)).close();
    (await openGradebook(path, { create: false })).close();
  });
});

describe('backups before migrating', () => {
  it('keeps one backup per schema version however many attempts fail, and it is the latest one', async () => {
    const path = join(tempDir(), 'fragile.proficio');
    (await openGradebook(path)).close();
    const bad: Migration = { version: latest + 10, name: 'bad', sql: `ALTER TABLE no_such_table ADD COLUMN x TEXT;` };
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(openGradebook(path, { migrations: [...migrations, bad] })).rejects.toMatchObject({ code: 'migration_failed' });
    }
    const backups = listBackups(path);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(new RegExp(`\\.schema-${latest}-backup-.+\\.sqlite$`));
    expect(snapshotGradebook(backups[0]!)).toEqual(snapshotGradebook(path));
  });
});
