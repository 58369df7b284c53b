import type { GradebookReader, GradebookWriter } from '../../../db/handle.js';
import type { TableCounts } from './import-counts.js';
import { assertNever } from '../../../preload/contract/shared.js';

/** A column value as SQLite stores it. */
export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

/**
 * Where the planned writes to one table go. Planning compares each wanted row with the stored one and
 * hands the result here: the preview only counts them, the commit writes each one as it is planned
 * (inside its transaction), so a district's roster is never held as a second copy of rows to write.
 * `key` is the primary key.
 */
export type TableOps = {
  table: string;
  key: string;
  insert(row: Row): void;
  update(row: Row): void;
  deactivate(row: Row): void;
  remove(key: string): void;
  /** Rows handed over so far: the progress total of a commit. */
  count(): number;
};

/** What planned writes become: counted (preview), written at once (commit), or kept (tests, bench). */
export type OpsTarget =
  | { kind: 'count' }
  | { kind: 'write'; writer: GradebookWriter; at: string; tick: () => void }
  | { kind: 'keep'; kept: KeptOps[] };

/** A table's planned writes, kept as rows. */
export type KeptOps = { table: string; key: string; inserts: Row[]; updates: Row[]; deactivations: Row[]; deletes: string[] };

export function tableOps(target: OpsTarget, table: string, key = 'id'): TableOps {
  const sink = sinkFor(target, table, key);
  let count = 0;
  const handed =
    <T>(write: (value: T) => void) =>
    (value: T) => {
      count++;
      write(value);
    };
  return { table, key, insert: handed(sink.insert), update: handed(sink.update), deactivate: handed(sink.deactivate), remove: handed(sink.remove), count: () => count };
}

type Sink = Pick<TableOps, 'insert' | 'update' | 'deactivate' | 'remove'>;

function sinkFor(target: OpsTarget, table: string, key: string): Sink {
  switch (target.kind) {
    case 'count':
      return { insert() {}, update() {}, deactivate() {}, remove() {} };
    case 'keep': {
      const kept: KeptOps = { table, key, inserts: [], updates: [], deactivations: [], deletes: [] };
      target.kept.push(kept);
      return {
        insert: (row) => void kept.inserts.push(row),
        update: (row) => void kept.updates.push(row),
        deactivate: (row) => void kept.deactivations.push(row),
        remove: (id) => void kept.deletes.push(id),
      };
    }
    case 'write': {
      const write = rowWriter(target.writer, table, key, target.at);
      // tick after each row: progress, and the cancel flag checked every so many rows
      return {
        insert: (row) => (write.insert(row), target.tick()),
        update: (row) => (write.update(row), target.tick()),
        deactivate: (row) => (write.update(row), target.tick()),
        remove: (id) => (write.remove(id), target.tick()),
      };
    }
    default:
      return assertNever(target);
  }
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
    ops.insert(next);
    return 'added';
  }
  const changed = Object.keys(next).some((column) => column !== ops.key && stored[column] !== next[column]);
  if (!changed) return 'unchanged';
  const status = next['status'];
  const deactivating = typeof status === 'string' && inactive.has(status) && !inactive.has(String(stored['status']));
  if (deactivating) ops.deactivate(next);
  else ops.update(next);
  return deactivating ? 'deactivated' : 'updated';
}

/** One prepared statement per shape of row: an import writes thousands of rows of the same few shapes. */
function rowWriter(writer: GradebookWriter, table: string, key: string, at: string): { insert(row: Row): void; update(row: Row): void; remove(id: string): void } {
  const statements = new Map<string, ReturnType<GradebookWriter['prepare']>>();
  const statement = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) {
      prepared = writer.prepare(sql);
      statements.set(sql, prepared);
    }
    return prepared;
  };
  return {
    insert(row) {
      const columns = [...Object.keys(row), 'created_at', 'updated_at'];
      statement(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...Object.values(row), at, at);
    },
    update(row) {
      const columns = Object.keys(row).filter((column) => column !== key);
      statement(`UPDATE "${table}" SET ${columns.map((c) => `"${c}" = ?`).join(', ')}, updated_at = ? WHERE "${key}" = ?`).run(
        ...columns.map((column) => row[column] ?? null),
        at,
        row[key] ?? null,
      );
    },
    remove(id) {
      statement(`DELETE FROM "${table}" WHERE "${key}" = ?`).run(id);
    },
  };
}
