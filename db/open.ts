import Sqlite from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { GradebookError } from './errors.js';
import { createReader, createWriter, type GradebookReader, type GradebookWriter } from './handle.js';
import { takeGradebookLock } from './lock.js';
import { migrate, refuseNewerSchema, type MigrationReport } from './migrate.js';
import { migrations as allMigrations } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';

/** Written into every gradebook's header (`PRAGMA application_id`) so Proficio knows its own files: "PRFC". */
export const proficioApplicationId = 0x50524643;

export type OpenGradebookOptions = {
  /** Create the file when it does not exist (default true). */
  create?: boolean;
  /** Path of a better-sqlite3 binary built for another runtime (Electron); see README "Native module". */
  nativeBinding?: string;
  /** How long a write waits for another program's write to finish before it is refused as busy (default 5 s). */
  busyTimeoutMs?: number;
  /** Only for tests of the migration machinery. */
  migrations?: readonly Migration[];
};

/** What reading needs: a read-only handle (a gradebook opened read-only is no more than this). */
export type ReadableGradebook = { readonly path: string; readonly schemaVersion: number; readonly reader: GradebookReader };
/** What writing needs: the writer too. */
export type WritableGradebook = ReadableGradebook & { readonly writer: GradebookWriter };

export type Gradebook = WritableGradebook & {
  readonly migration: MigrationReport;
  /** A consistent copy of the whole file (SQLite online backup), safe while the gradebook is open. */
  backupTo(destination: string): Promise<void>;
  close(): void;
};

/**
 * Opens (or creates) a gradebook file, ready for use.
 *
 * Pragmas: WAL so reports read while an edit commits; `synchronous=FULL` because a mark a teacher
 * typed must survive a power cut — one fsync per commit is invisible at typing speed, and imports
 * are single transactions; foreign keys on; a busy timeout for a second process (the CLI) on the file.
 */
export async function openGradebook(path: string, options: OpenGradebookOptions = {}): Promise<Gradebook> {
  const create = options.create ?? true;
  if (!create && !existsSync(path)) {
    throw new GradebookError('not_found', `There is no gradebook file at ${path}.`, { path });
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new GradebookError('not_a_gradebook', `${path} is a folder, not a gradebook file.`, { path });
  }
  const binding = options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding };
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const lock = takeGradebookLock(path);
  let sqlite: BetterSqlite3.Database | null = null;
  try {
    sqlite = new Sqlite(path, { ...binding, timeout: busyTimeoutMs });
    recogniseFile(sqlite, path);
    const migrations = options.migrations ?? allMigrations;
    refuseNewerSchema(sqlite, path, migrations);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    const migration = await migrate(sqlite, path, migrations);
    sqlite.pragma(`application_id = ${proficioApplicationId}`);
    const readOnly = new Sqlite(path, { ...binding, readonly: true, timeout: busyTimeoutMs });
    const writable = sqlite;
    return {
      path,
      schemaVersion: migration.to,
      migration,
      reader: createReader(readOnly, path),
      writer: createWriter(writable, path),
      async backupTo(destination) {
        await writable.backup(destination);
      },
      close() {
        readOnly.close();
        writable.pragma('optimize');
        writable.close();
        lock.release();
      },
    };
  } catch (error) {
    sqlite?.close();
    lock.release();
    throw error;
  }
}

/** Refuses a file that is not SQLite, or is someone else's SQLite database, before anything is written. */
export function recogniseFile(sqlite: BetterSqlite3.Database, path: string): void {
  let applicationId: number;
  let tableCount: number;
  try {
    applicationId = Number(sqlite.pragma('application_id', { simple: true }));
    tableCount = Number(sqlite.prepare(`SELECT count(*) FROM sqlite_schema WHERE type = 'table'`).pluck().get());
  } catch (error) {
    throw new GradebookError('not_a_gradebook', `${path} is not a Proficio gradebook (it is not a SQLite database).`, {
      path,
      cause: String(error),
    });
  }
  if (applicationId !== proficioApplicationId && tableCount > 0) {
    throw new GradebookError(
      'not_a_gradebook',
      `${path} is a SQLite database, but not a Proficio gradebook. Proficio will not change it.`,
      { path, applicationId },
    );
  }
}
