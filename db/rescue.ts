import Sqlite from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { GradebookError } from './errors.js';

export type RescueReport = {
  destination: string;
  /** `vacuum`: the whole file was readable (VACUUM INTO); `row_by_row`: damaged parts were skipped. */
  method: 'vacuum' | 'row_by_row';
  /** Tables some of whose rows could not be read, and so are missing from the copy. */
  damagedTables: string[];
};

/**
 * Saves what can still be read of a damaged gradebook to a new file, never touching the damaged one.
 *
 * First `VACUUM INTO`, which rebuilds every table and index from the rows (so a damaged index costs
 * nothing). When rows themselves cannot be read, table by table, row by row in rowid order (rowid
 * order is insertion order, which the mastery rules rely on, so rowids are kept): at a damaged page
 * the copy jumps ahead, a step that doubles, until rows can be read again — the damaged page's rows
 * and a few around it are lost, the rest of the table is kept. Indexes and triggers are created after
 * the rows. Schema version and application id are copied, so the copy opens as a gradebook.
 */
export function rescueGradebook(sourcePath: string, destination: string, options: { nativeBinding?: string } = {}): RescueReport {
  const binding = options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding };
  if (resolve(destination) === resolve(sourcePath)) {
    throw new GradebookError('conflict', 'A rescued copy needs a different name or folder than the damaged gradebook.', { path: sourcePath });
  }
  removeDatabase(destination);
  const source = new Sqlite(sourcePath, { ...binding, readonly: true, fileMustExist: true });
  try {
    try {
      source.prepare('VACUUM INTO ?').run(destination);
      return { destination, method: 'vacuum', damagedTables: [] };
    } catch {
      removeDatabase(destination);
    }
    const target = new Sqlite(destination, binding);
    try {
      const damagedTables = copyRowByRow(source, target, sourcePath);
      target.close();
      return { destination, method: 'row_by_row', damagedTables };
    } catch (error) {
      target.close();
      removeDatabase(destination);
      throw error;
    }
  } finally {
    source.close();
  }
}

type SchemaEntry = { type: string; name: string; sql: string };

function copyRowByRow(source: BetterSqlite3.Database, target: BetterSqlite3.Database, sourcePath: string): string[] {
  let schema: SchemaEntry[];
  try {
    schema = source
      .prepare(`SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'`)
      .all() as SchemaEntry[];
  } catch (error) {
    throw new GradebookError('damaged', 'This gradebook is too damaged to rescue: even its list of tables cannot be read.', {
      path: sourcePath,
      cause: String(error),
    });
  }
  const tables = schema.filter((entry) => entry.type === 'table');
  const damagedTables: string[] = [];
  target.pragma(`user_version = ${Number(source.pragma('user_version', { simple: true }))}`);
  target.pragma(`application_id = ${Number(source.pragma('application_id', { simple: true }))}`);
  target.transaction(() => {
    for (const table of tables) target.exec(table.sql);
    for (const table of tables) {
      if (!copyTable(source, target, table.name)) damagedTables.push(table.name);
    }
    for (const entry of schema.filter((e) => e.type !== 'table')) target.exec(entry.sql);
  })();
  return damagedTables;
}

/** Copies every readable row; false when some could not be read. */
function copyTable(source: BetterSqlite3.Database, target: BetterSqlite3.Database, table: string): boolean {
  const quoted = `"${table.replace(/"/g, '""')}"`;
  const columns = (source.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).map((c) => `"${c.replace(/"/g, '""')}"`);
  const withoutRowid = (source.prepare(`SELECT wr FROM pragma_table_list WHERE name = ?`).pluck().get(table) as number | undefined) === 1;
  const placeholders = columns.map(() => '?').join(', ');
  if (withoutRowid) {
    const insert = target.prepare(`INSERT INTO ${quoted} (${columns.join(', ')}) VALUES (${placeholders})`);
    try {
      for (const row of source.prepare(`SELECT ${columns.join(', ')} FROM ${quoted}`).raw().iterate()) insert.run(...(row as unknown[]));
      return true;
    } catch {
      return false;
    }
  }
  const insert = target.prepare(`INSERT INTO ${quoted} (rowid, ${columns.join(', ')}) VALUES (?, ${placeholders})`);
  const read = source.prepare(`SELECT rowid, ${columns.join(', ')} FROM ${quoted} WHERE rowid > ? ORDER BY rowid`).raw();
  const probe = source.prepare(`SELECT rowid FROM ${quoted} WHERE rowid > ? ORDER BY rowid LIMIT 1`).pluck();
  let after = Number.MIN_SAFE_INTEGER;
  let whole = true;
  for (;;) {
    try {
      for (const row of read.iterate(after)) {
        const values = row as unknown[];
        insert.run(...values);
        after = Number(values[0]);
      }
      return whole;
    } catch {
      whole = false;
      const resumed = skipDamage(probe, after);
      if (resumed === null) return false;
      after = resumed;
    }
  }
}

/** The rowid to continue after, past a damaged page: null when nothing further can be read. */
function skipDamage(probe: BetterSqlite3.Statement, after: number): number | null {
  const start = after === Number.MIN_SAFE_INTEGER ? 0 : after;
  for (let step = 1; step < 2 ** 52; step *= 2) {
    try {
      const next = probe.get(start + step) as number | undefined;
      return next === undefined ? null : start + step;
    } catch {
      // still inside the damage
    }
  }
  return null;
}

function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}
