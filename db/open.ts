import Sqlite from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkOnOpenUpToBytes, checkWhileOpen, damagedError, findDamage, type DamageCheckWhileOpen } from './damage-check.js';
import { GradebookError, isSqliteBusy } from './errors.js';
import { createReader, createWriter, type GradebookReader, type GradebookWriter } from './handle.js';
import { takeGradebookLock, type GradebookLock, type SerialiseTakeOver } from './lock.js';
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
  /**
   * When a file bigger than `checkOnOpenUpToBytes` is checked for damage: `on_open` (the default:
   * before this returns), or `in_background`: it opens at once, reads go on, and it takes no write
   * until the check, in a thread of its own, has passed (`whenChecked`). The worker session asks for
   * that; a command-line tool that opens, writes and closes is as well served checking first.
   */
  damageCheck?: 'on_open' | 'in_background';
  /** Only for tests of the background check: the size above which a file counts as big (`checkOnOpenUpToBytes`). */
  checkOnOpenUpToBytes?: number;
};

/** What reading needs: a read-only handle (a gradebook opened read-only is no more than this). */
export type ReadableGradebook = { readonly path: string; readonly schemaVersion: number; readonly reader: GradebookReader };
/** What writing needs: the writer too. */
export type WritableGradebook = ReadableGradebook & { readonly writer: GradebookWriter };

export type Gradebook = WritableGradebook & {
  readonly migration: MigrationReport;
  /** A consistent copy of the whole file (SQLite online backup), safe while the gradebook is open. */
  backupTo(destination: string): Promise<void>;
  /**
   * Settles once the file is known to be undamaged — at once, unless a big file opened with
   * `damageCheck: 'in_background'` is still being checked; rejects with `damaged`. Until then every
   * write is refused (`isAwaitingDamageCheck`), and after damage, for good.
   */
  whenChecked(): Promise<void>;
  close(): void;
};

/**
 * Opens (or creates) a gradebook file, ready for use.
 *
 * Only a file that does not exist yet is made into a gradebook (with `create`): an existing file must
 * carry Proficio's application_id. A 0-byte file or an empty database of another program is refused
 * as "not a gradebook", never silently turned into one. Refused before anything is written: a file
 * or folder that cannot be written (`read_only`), one another Proficio has open (`in_use`, see
 * lock.ts), and a damaged one (`damaged`: `PRAGMA quick_check`, see damage-check.ts). The worker
 * session opens those three read-only instead.
 *
 * The damage check reads every page: under 0.1 s for a class's file, 1–3 s for a school's of half a
 * million evidence rows (`npm run bench open`). A big file opened with `damageCheck: 'in_background'`
 * is checked in another thread after it opens: the open does not wait for it, only the first write
 * does. A damaged file still takes no write, which is what the check is for; reading one harms nothing.
 * A file that must first migrate is checked before, whatever its size: migrating writes.
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
  const existed = existsSync(path);
  if (existed && statSync(path).isDirectory()) {
    throw new GradebookError('not_a_gradebook', `${path} is a folder, not a gradebook file.`, { path });
  }
  refuseUnwritable(path, existed);
  const binding = options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding };
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  let sqlite: BetterSqlite3.Database | null = null;
  let lock: GradebookLock | null = null;
  try {
    sqlite = new Sqlite(path, { ...binding, timeout: busyTimeoutMs });
    const { applicationId } = recogniseFile(sqlite, path);
    if (existed) refuseUnlessOurs(path, applicationId);
    lock = takeGradebookLock(path, serialiseOn(sqlite, path));
    if (!existed) sqlite.pragma(`application_id = ${proficioApplicationId}`); // first, so a crash mid-create leaves a file we know
    const migrations = options.migrations ?? allMigrations;
    const version = refuseNewerSchema(sqlite, path, migrations);
    const checkLater =
      existed && options.damageCheck === 'in_background' && version === (migrations.at(-1)?.version ?? 0) && statSync(path).size > (options.checkOnOpenUpToBytes ?? checkOnOpenUpToBytes);
    if (existed && !checkLater) refuseDamaged(path, binding);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    const migration = await migrate(sqlite, path, migrations);
    // only when a migration changed it: setting it rewrites the header, and an unchecked file takes no write
    if (Number(sqlite.pragma('application_id', { simple: true })) !== proficioApplicationId) sqlite.pragma(`application_id = ${proficioApplicationId}`);
    const readOnly = new Sqlite(path, { ...binding, readonly: true, timeout: busyTimeoutMs });
    const writable = sqlite;
    const held = lock;
    const check = checkLater ? checkWhileOpen(writable, path, binding) : null;
    return {
      path,
      schemaVersion: migration.to,
      migration,
      reader: createReader(readOnly, path),
      writer: check === null ? createWriter(writable, path) : heldUntilChecked(createWriter(writable, path), check),
      async backupTo(destination) {
        await writable.backup(destination);
      },
      whenChecked: () => check?.passed ?? Promise.resolve(),
      close() {
        const mayWrite = check?.hasPassed() ?? true;
        check?.stop();
        readOnly.close();
        if (mayWrite) writable.pragma('optimize');
        writable.close();
        held.release();
      },
    };
  } catch (error) {
    sqlite?.close();
    lock?.release();
    throw error;
  }
}

/**
 * Take-overs of a stale lock, one Proficio at a time: inside SQLite's write lock on the gradebook
 * (BEGIN IMMEDIATE, nothing written), which the operating system releases if this process dies — see
 * lock.ts for why. A turn not had within the busy timeout means another Proficio is writing the file.
 */
function serialiseOn(sqlite: BetterSqlite3.Database, path: string): SerialiseTakeOver {
  return (takeOver) => {
    try {
      return sqlite.transaction(takeOver).immediate();
    } catch (error) {
      if (!isSqliteBusy(error)) throw error;
      throw new GradebookError('in_use', 'Another Proficio is writing to this gradebook at this very moment.', { path, cause: String(error) });
    }
  };
}

/** Refuses a file that is not SQLite, or is someone else's SQLite database, before anything is written. */
export function recogniseFile(sqlite: BetterSqlite3.Database, path: string): { applicationId: number; tableCount: number } {
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
  return { applicationId, tableCount };
}

/** An existing file becomes a gradebook only if it already is one: nobody asked to turn it into one. */
function refuseUnlessOurs(path: string, applicationId: number): void {
  if (applicationId === proficioApplicationId) return;
  const message =
    applicationId === 0
      ? `${path} is empty: it holds no gradebook. Proficio only makes a new gradebook with File → New gradebook…, so it left this file as it is.`
      : `${path} is an empty database of another program, not a Proficio gradebook. Proficio will not change it.`;
  throw new GradebookError('not_a_gradebook', message, { path, applicationId });
}

/**
 * A file (or, for WAL's `-wal` and `-shm` files and a new file, its folder) that cannot be written:
 * SQLite would open it anyway and fail at the first write, leaving stray files behind.
 */
function refuseUnwritable(path: string, existed: boolean): void {
  const folder = dirname(path);
  const unwritable = [...(existed ? [path] : []), folder].find((target) => !isWritable(target));
  if (unwritable === undefined) return;
  const message = !existed
    ? `Proficio cannot create a gradebook in ${folder}: that folder is read-only.`
    : unwritable === path
      ? `This gradebook file is read-only, so Proficio cannot save changes to it.`
      : `This gradebook is in a read-only folder (${folder}), so Proficio cannot save changes to it.`;
  throw new GradebookError('read_only', message, { path, unwritable });
}

function isWritable(target: string): boolean {
  try {
    accessSync(target, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** On a read-only connection of its own: SQLite checks a file two to three times faster through one (measured here). */
function refuseDamaged(path: string, binding: { nativeBinding?: string }): void {
  const checker = new Sqlite(path, { ...binding, readonly: true, fileMustExist: true });
  try {
    const problems = findDamage(checker);
    if (problems.length > 0) throw damagedError(path, problems);
  } finally {
    checker.close();
  }
}

/** The writer of a file still being checked: each write asks the check first (the connection refuses too). */
function heldUntilChecked(writer: GradebookWriter, check: DamageCheckWhileOpen): GradebookWriter {
  return {
    ...writer,
    run(query) {
      check.refuseWritesUntilPassed();
      return writer.run(query);
    },
    transaction(work) {
      check.refuseWritesUntilPassed();
      return writer.transaction(work);
    },
  };
}
