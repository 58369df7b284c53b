import Sqlite from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotGradebook } from '../test/helpers/snapshot.js';
import { useTempDir } from '../test/helpers/temp-dir.js';
import { GradebookError } from './errors.js';
import { migrations } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';
import { openGradebook, proficioApplicationId } from './open.js';
import { qb } from './handle.js';

const tempDir = useTempDir();
const latest = migrations.at(-1)!.version;

async function expectGradebookError(promise: Promise<unknown>, code: string): Promise<GradebookError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GradebookError);
  expect((error as GradebookError).code).toBe(code);
  return error as GradebookError;
}

describe('openGradebook', () => {
  it('creates a new file with the latest schema and the expected pragmas', async () => {
    const path = join(tempDir(), 'new.proficio');
    const gradebook = await openGradebook(path);
    try {
      expect(gradebook.schemaVersion).toBe(latest);
      expect(gradebook.migration).toMatchObject({ from: 0, to: latest, backupPath: null });
      const raw = gradebook.writer.prepare('PRAGMA journal_mode').get() as { journal_mode: string };
      expect(raw.journal_mode).toBe('wal');
      expect(gradebook.writer.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
      expect(gradebook.writer.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 });
      expect(gradebook.writer.prepare('PRAGMA application_id').get()).toEqual({ application_id: proficioApplicationId });
    } finally {
      gradebook.close();
    }
  });

  it('opens an existing file again without migrating or copying it', async () => {
    const path = join(tempDir(), 'again.proficio');
    (await openGradebook(path)).close();
    const before = snapshotGradebook(path);
    const gradebook = await openGradebook(path);
    gradebook.close();
    expect(gradebook.migration).toEqual({ from: latest, to: latest, applied: [], backupPath: null });
    expect(snapshotGradebook(path)).toEqual(before);
  });

  it('refuses to create a file when asked only to open one', async () => {
    const path = join(tempDir(), 'missing.proficio');
    await expectGradebookError(openGradebook(path, { create: false }), 'not_found');
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a file that is not SQLite', async () => {
    const path = join(tempDir(), 'notes.txt');
    writeFileSync(path, 'These are my lesson notes, not a database. '.repeat(200));
    const error = await expectGradebookError(openGradebook(path), 'not_a_gradebook');
    expect(error.message).toContain(path);
  });

  it("refuses another application's SQLite database and leaves it untouched", async () => {
    const path = join(tempDir(), 'other.sqlite');
    const other = new Sqlite(path);
    other.exec('CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES (\'soup\');');
    other.close();
    const before = snapshotGradebook(path);
    await expectGradebookError(openGradebook(path), 'not_a_gradebook');
    expect(snapshotGradebook(path)).toEqual(before);
  });

  it('refuses a file written by a newer Proficio, with a clear message, and leaves it unchanged', async () => {
    const path = join(tempDir(), 'future.proficio');
    (await openGradebook(path)).close();
    const future = new Sqlite(path);
    future.pragma(`user_version = ${latest + 10}`);
    future.close();
    const before = snapshotGradebook(path);
    const error = await expectGradebookError(openGradebook(path), 'newer_version');
    expect(error.message).toMatch(/newer version of Proficio/);
    expect(error.details).toMatchObject({ fileSchema: latest + 10, appSchema: latest });
    expect(snapshotGradebook(path)).toEqual(before);
  });

  it('backs up, then migrates an existing file forward inside one transaction', async () => {
    const dir = tempDir();
    const path = join(dir, 'old.proficio');
    const first = await openGradebook(path);
    first.writer.run(qb.insertInto('settings').values({ key: 'title', value: 'Room 12' }));
    first.close();

    const addColumn: Migration = { version: latest + 10, name: 'test-add-motto', sql: `ALTER TABLE schools ADD COLUMN motto TEXT;` };
    const gradebook = await openGradebook(path, { migrations: [...migrations, addColumn] });
    gradebook.close();
    expect(gradebook.migration.applied).toEqual([`${latest + 10}-test-add-motto`]);
    const backupPath = gradebook.migration.backupPath;
    expect(backupPath).not.toBeNull();
    const backup = snapshotGradebook(backupPath!);
    expect(backup.userVersion).toBe(latest);
    expect(backup.tables['settings']?.rows).toBe(1);
    expect(snapshotGradebook(path).userVersion).toBe(latest + 10);
  });

  it('a failed migration leaves the file exactly as it was (and the backup beside it)', async () => {
    const path = join(tempDir(), 'fragile.proficio');
    const first = await openGradebook(path);
    first.writer.run(qb.insertInto('settings').values({ key: 'title', value: 'Room 12' }));
    first.close();
    const before = snapshotGradebook(path);

    // the first step succeeds, the second fails: the first must be rolled back too
    const good: Migration = { version: latest + 10, name: 'good', sql: `CREATE TABLE extra (id TEXT PRIMARY KEY) STRICT;` };
    const bad: Migration = { version: latest + 20, name: 'bad', sql: `ALTER TABLE no_such_table ADD COLUMN x TEXT;` };
    const error = await expectGradebookError(openGradebook(path, { migrations: [...migrations, good, bad] }), 'migration_failed');
    expect(error.message).toMatch(/left the file unchanged/);
    expect(error.details).toMatchObject({ failedMigration: `${latest + 20}-bad` });
    expect(snapshotGradebook(path)).toEqual(before);
    expect(existsSync(String(error.details['backupPath']))).toBe(true);
  });

  it('gives reports a connection that cannot write', async () => {
    const path = join(tempDir(), 'readonly.proficio');
    const gradebook = await openGradebook(path);
    try {
      expect(() => gradebook.reader.prepare(`INSERT INTO settings (key, value) VALUES ('a', 'b')`).run()).toThrow(/readonly/i);
    } finally {
      gradebook.close();
    }
  });

  it('takes a consistent copy with the backup API while open', async () => {
    const dir = tempDir();
    const gradebook = await openGradebook(join(dir, 'live.proficio'));
    gradebook.writer.run(qb.insertInto('settings').values({ key: 'title', value: 'Room 12' }));
    await gradebook.backupTo(join(dir, 'copy.proficio'));
    gradebook.close();
    const copy = await openGradebook(join(dir, 'copy.proficio'), { create: false });
    try {
      expect(copy.reader.all(qb.selectFrom('settings').selectAll())).toEqual([{ key: 'title', value: 'Room 12' }]);
    } finally {
      copy.close();
    }
  });
});
