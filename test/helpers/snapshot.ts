import Sqlite from 'better-sqlite3';
import { createHash } from 'node:crypto';

/**
 * The logical content of a gradebook file: schema version plus, per table, the row count and a hash of
 * every row in rowid order. Two equal snapshots mean "nothing changed", whatever the WAL did.
 */
export type GradebookSnapshot = { userVersion: number; tables: Record<string, { rows: number; sha256: string }> };

export function snapshotGradebook(path: string): GradebookSnapshot {
  const sqlite = new Sqlite(path, { readonly: true });
  try {
    const userVersion = Number(sqlite.pragma('user_version', { simple: true }));
    const names = sqlite
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .pluck()
      .all() as string[];
    const tables: GradebookSnapshot['tables'] = {};
    for (const name of names) {
      const hash = createHash('sha256');
      let rows = 0;
      // a WITHOUT ROWID table is stored, and read, in primary-key order
      const withoutRowid = (sqlite.prepare(`PRAGMA table_list("${name}")`).get() as { wr: number }).wr === 1;
      for (const row of sqlite.prepare(`SELECT * FROM "${name}"${withoutRowid ? '' : ' ORDER BY rowid'}`).iterate()) {
        hash.update(JSON.stringify(row));
        rows++;
      }
      tables[name] = { rows, sha256: hash.digest('hex') };
    }
    return { userVersion, tables };
  } finally {
    sqlite.close();
  }
}
