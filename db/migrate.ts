import type BetterSqlite3 from 'better-sqlite3';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { GradebookError } from './errors.js';
import type { Migration } from './migrations/migration.js';

export type MigrationReport = {
  from: number;
  to: number;
  applied: string[];
  /** Copy taken before migrating a file that already held data; null when nothing needed a copy. */
  backupPath: string | null;
};

/** Where the copy taken before migrating a file at `version` goes: beside it, named for the version and the time. */
export function backupPathFor(path: string, version: number, at: Date = new Date()): string {
  return `${path}.schema-${version}-backup-${at.toISOString().replace(/[:.]/g, '-')}.sqlite`;
}

/** The copies taken before migrating `path` (`<file>.schema-N-backup-*.sqlite`), newest first. */
export function listBackups(path: string): string[] {
  const folder = dirname(path);
  const prefix = `${basename(path)}.schema-`;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(prefix) && /^\d+-backup-.+\.sqlite$/.test(name.slice(prefix.length)))
    .map((name) => join(folder, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs || b.localeCompare(a));
}

/** Returns the file's schema version, refusing a file from a newer Proficio before anything touches it. */
export function refuseNewerSchema(
  sqlite: BetterSqlite3.Database,
  path: string,
  migrations: readonly Migration[],
): number {
  const version = Number(sqlite.pragma('user_version', { simple: true }));
  const latest = migrations.at(-1)?.version ?? 0;
  if (version > latest) {
    throw new GradebookError(
      'newer_version',
      `This gradebook was saved by a newer version of Proficio (schema ${version}); this version reads up to schema ${latest}. ` +
        'Update Proficio to open it — the file has not been changed.',
      { path, fileSchema: version, appSchema: latest },
    );
  }
  return version;
}

/**
 * Brings the file forward to the newest schema: a copy first (SQLite backup API), then every pending
 * migration in one transaction, so a failure leaves the file exactly as it was and the copy besides.
 *
 * One copy per schema version: a new attempt replaces the copy an earlier (failed) attempt left for
 * the same version, once its own copy is complete. Replaced rather than reused, because the file
 * may have changed since (an older Proficio kept working on it).
 */
export async function migrate(
  sqlite: BetterSqlite3.Database,
  path: string,
  migrations: readonly Migration[],
): Promise<MigrationReport> {
  const from = refuseNewerSchema(sqlite, path, migrations);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, applied: [], backupPath: null };

  let backupPath: string | null = null;
  if (from > 0) {
    backupPath = backupPathFor(path, from);
    await sqlite.backup(backupPath);
    const sameVersion = `${basename(path)}.schema-${from}-backup-`;
    for (const earlier of listBackups(path)) {
      if (earlier !== backupPath && basename(earlier).startsWith(sameVersion)) rmSync(earlier, { force: true });
    }
  }

  let current: Migration | undefined;
  const runAll = sqlite.transaction(() => {
    for (const migration of pending) {
      current = migration;
      sqlite.exec(migration.sql);
      sqlite.pragma(`user_version = ${migration.version}`);
    }
    const violations = sqlite.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) throw new Error(`${violations.length} rows break a foreign key after migrating`);
  });
  try {
    // immediate: take the write lock before reading the schema, as every write does (see handle.ts)
    runAll.immediate();
  } catch (error) {
    throw new GradebookError(
      'migration_failed',
      `Proficio could not update this gradebook to the new format, so it left the file unchanged. ${String(
        error instanceof Error ? error.message : error,
      )}`,
      { path, from, failedMigration: current ? `${current.version}-${current.name}` : null, backupPath },
    );
  }
  return { from, to: pending.at(-1)?.version ?? from, applied: pending.map((m) => `${m.version}-${m.name}`), backupPath };
}
