import type { GradebookReader, GradebookWriter } from '../../../db/handle.js';
import type { TableCounts } from './import-counts.js';

/** A column value as SQLite stores it. */
export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

/**
 * Pending writes to one table: rows to insert and rows to update in place, keyed by `key` (the
 * primary key). Planning fills it by comparing each wanted row with the stored one; applying
 * writes it with one prepared statement per shape.
 */
export type TableOps = { table: string; key: string; inserts: Row[]; updates: Row[]; deactivations: Row[]; deletes: string[] };

export function tableOps(table: string, key = 'id'): TableOps {
  return { table, key, inserts: [], updates: [], deactivations: [], deletes: [] };
}

/** Stored rows of a table that came from a source, by sourced_id. */
export function loadBySourcedId(reader: GradebookReader, table: string): Map<string, Row> {
  const rows = reader.prepare(`SELECT * FROM "${table}" WHERE sourced_id IS NOT NULL`).all() as Row[];
  return new Map(rows.map((row) => [String(row['sourced_id']), row]));
}

const inactive = new Set(['inactive', 'archived']);

/**
 * Queues `next` against the stored row: an insert, an update (a switch from active to inactive counts
 * as "deactivated"), or nothing when every column is already equal. Returns what it counted.
 * With the source's modification time, the row remembers it, and a row older than the stored one is
 * skipped: a delta file that arrives late must not undo a newer change.
 */
export function queueUpsert(ops: TableOps, stored: Row | undefined, wanted: Row, sourceModifiedAt: string | null = null): keyof TableCounts {
  const storedModifiedAt = stored?.['source_modified_at'];
  if (sourceModifiedAt !== null && typeof storedModifiedAt === 'string' && sourceModifiedAt < storedModifiedAt) return 'skipped';
  const next = sourceModifiedAt === null ? wanted : { ...wanted, source_modified_at: sourceModifiedAt };
  if (!stored) {
    ops.inserts.push(next);
    return 'added';
  }
  const changed = Object.keys(next).some((column) => column !== ops.key && stored[column] !== next[column]);
  if (!changed) return 'unchanged';
  const status = next['status'];
  const deactivating = typeof status === 'string' && inactive.has(status) && !inactive.has(String(stored['status']));
  if (deactivating) ops.deactivations.push(next);
  else ops.updates.push(next);
  return deactivating ? 'deactivated' : 'updated';
}

export function opCount(ops: TableOps): number {
  return ops.inserts.length + ops.updates.length + ops.deactivations.length + ops.deletes.length;
}

/** Writes the queued rows; `tick` is called once per row (progress and cancel). */
export function applyTableOps(writer: GradebookWriter, ops: TableOps, at: string, tick: () => void): void {
  const statements = new Map<string, ReturnType<GradebookWriter['prepare']>>();
  const statement = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) {
      prepared = writer.prepare(sql);
      statements.set(sql, prepared);
    }
    return prepared;
  };
  for (const row of ops.inserts) {
    const columns = [...Object.keys(row), 'created_at', 'updated_at'];
    statement(`INSERT INTO "${ops.table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
      ...Object.values(row),
      at,
      at,
    );
    tick();
  }
  for (const row of [...ops.updates, ...ops.deactivations]) {
    const columns = Object.keys(row).filter((column) => column !== ops.key);
    statement(`UPDATE "${ops.table}" SET ${columns.map((c) => `"${c}" = ?`).join(', ')}, updated_at = ? WHERE "${ops.key}" = ?`).run(
      ...columns.map((column) => row[column] ?? null),
      at,
      row[ops.key] ?? null,
    );
    tick();
  }
  for (const key of ops.deletes) {
    statement(`DELETE FROM "${ops.table}" WHERE "${ops.key}" = ?`).run(key);
    tick();
  }
}
