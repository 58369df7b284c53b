import Sqlite from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { GradebookError } from './errors.js';
import { createReader } from './handle.js';
import { refuseNewerSchema } from './migrate.js';
import { migrations as allMigrations } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';
import { openGradebook, recogniseFile, type ReadableGradebook } from './open.js';
import { rescueGradebook, type RescueReport } from './rescue.js';

export type ReadOnlyGradebook = ReadableGradebook & {
  /** True when what is read is a copy in a temporary folder (see `openGradebookReadOnly`), not the file itself. */
  readonly readsCopy: boolean;
  /** A consistent copy of what is read (SQLite online backup). */
  backupTo(destination: string): Promise<void>;
  /** What can still be read of a damaged file, saved to a new file (see rescue.ts). */
  rescueTo(destination: string): Promise<RescueReport>;
  close(): void;
};

export type OpenReadOnlyOptions = {
  nativeBinding?: string;
  /** Only for tests of the migration machinery. */
  migrations?: readonly Migration[];
};

/**
 * Opens someone's gradebook to read it — a coach's view of a teacher's file, or `proficio info` —
 * without ever changing it or anything beside it: no migration, no backup, no `PRAGMA optimize`.
 *
 * A gradebook is a WAL database, and SQLite gives a read-only connection to one a `-wal` and `-shm`
 * file beside it when none exist (and cannot open it at all in a read-only folder, such as a shared
 * drive). So a file nobody has open (no `-wal` beside it) is read through a copy in a temporary folder;
 * a file its owner has open is read in place, through the `-wal` and `-shm` its owner keeps.
 *
 * A file saved by an older Proficio is not refused: the teacher who sent it may not have updated yet,
 * and the file is theirs to migrate, not ours. Its copy is migrated and read. A file from a newer
 * Proficio is refused, as `openGradebook` does. The temporary folder goes on close.
 */
export async function openGradebookReadOnly(path: string, options: OpenReadOnlyOptions = {}): Promise<ReadOnlyGradebook> {
  if (!existsSync(path)) throw new GradebookError('not_found', `There is no gradebook file at ${path}.`, { path });
  if (statSync(path).isDirectory()) throw new GradebookError('not_a_gradebook', `${path} is a folder, not a gradebook file.`, { path });
  const migrations = options.migrations ?? allMigrations;
  const inUse = existsSync(`${path}-wal`);
  const folder = inUse ? null : mkdtempSync(join(tmpdir(), 'proficio-read-'));
  const removeFolder = () => folder !== null && rmSync(folder, { recursive: true, force: true });
  let sqlite: BetterSqlite3.Database | null = null;
  try {
    let readPath = path;
    if (folder !== null) {
      readPath = join(folder, basename(path));
      copyFileSync(path, readPath);
    }
    sqlite = connect(readPath, options);
    recogniseFile(sqlite, path);
    const version = refuseNewerSchema(sqlite, path, migrations);
    if (version === 0) throw new GradebookError('not_a_gradebook', `${path} is empty: it holds no gradebook.`, { path });
    if (version < (migrations.at(-1)?.version ?? 0)) {
      const migrationFolder = folder ?? mkdtempSync(join(tmpdir(), 'proficio-read-'));
      const copy = join(migrationFolder, `migrated-${basename(path)}`);
      await sqlite.backup(copy);
      sqlite.close();
      const migrated = await openGradebook(copy, { create: false, migrations, ...binding(options) });
      migrated.close();
      sqlite = connect(copy, options);
      return handle(path, migrated.schemaVersion, sqlite, options, () => rmSync(migrationFolder, { recursive: true, force: true }));
    }
    return handle(path, version, sqlite, options, removeFolder);
  } catch (error) {
    sqlite?.close();
    removeFolder();
    throw error;
  }
}

function binding(options: OpenReadOnlyOptions): { nativeBinding?: string } {
  return options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding };
}

function connect(path: string, options: OpenReadOnlyOptions): BetterSqlite3.Database {
  const sqlite = new Sqlite(path, { ...binding(options), readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

function handle(path: string, schemaVersion: number, sqlite: BetterSqlite3.Database, options: OpenReadOnlyOptions, cleanUp: () => void): ReadOnlyGradebook {
  return {
    path,
    schemaVersion,
    reader: createReader(sqlite, path),
    readsCopy: sqlite.name !== path,
    async backupTo(destination) {
      await sqlite.backup(destination);
    },
    async rescueTo(destination) {
      if (resolve(destination) === resolve(path)) {
        throw new GradebookError('conflict', 'A rescued copy needs a different name or folder than the damaged gradebook.', { path });
      }
      return rescueGradebook(sqlite.name, destination, binding(options));
    },
    close() {
      sqlite.close();
      cleanUp();
    },
  };
}
