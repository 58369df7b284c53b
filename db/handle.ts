import type BetterSqlite3 from 'better-sqlite3';
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
} from 'kysely';
import { busyMessage, GradebookError, isSqliteBusy } from './errors.js';
import type { Database } from './schema.js';

/**
 * Kysely as a typed SQL *builder* only: queries are compiled here and executed synchronously by
 * better-sqlite3. Synchronous execution is what makes `transaction()` safe — an import is one
 * better-sqlite3 transaction with no `await` inside it that another request could slip into.
 */
export const qb = new Kysely<Database>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

/** What a report or a view may do: read. It has no way to write, by type and (see open.ts) by connection. */
export type GradebookReader = {
  readonly path: string;
  all<R>(query: Compilable<R>): R[];
  first<R>(query: Compilable<R>): R | undefined;
  /** Raw prepared statement for hot loops; read-only on a reader. */
  prepare(sql: string): BetterSqlite3.Statement;
};

/** What an edit or an import may do: read, write, and group writes into one all-or-nothing transaction. */
export type GradebookWriter = GradebookReader & {
  run(query: Compilable<unknown>): { changes: number };
  transaction<T>(work: () => T): T;
};

export function createReader(sqlite: BetterSqlite3.Database, path: string): GradebookReader {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (text: string): BetterSqlite3.Statement => {
    let statement = statements.get(text);
    if (!statement) {
      statement = sqlite.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };
  return {
    path,
    prepare,
    all(query) {
      const compiled = query.compile();
      return prepare(compiled.sql).all(...compiled.parameters) as never[]; // rows are shaped by the typed query
    },
    first(query) {
      const compiled = query.compile();
      return prepare(compiled.sql).get(...compiled.parameters) as never;
    },
  };
}

export function createWriter(sqlite: BetterSqlite3.Database, path: string): GradebookWriter {
  const reader = createReader(sqlite, path);
  return {
    ...reader,
    run(query) {
      const compiled = query.compile();
      const result = refuseWhenBusy(path, () => reader.prepare(compiled.sql).run(...compiled.parameters));
      return { changes: result.changes };
    },
    transaction(work) {
      // IMMEDIATE takes the write lock at BEGIN, where SQLite waits out the busy timeout. A deferred
      // transaction that read first and then writes gets SQLITE_BUSY at once when another program
      // holds the lock: SQLite will not wait while holding a read snapshot. Nested calls stay
      // savepoints (better-sqlite3), so db modules can still open one freely.
      return refuseWhenBusy(path, () => sqlite.transaction(work).immediate());
    },
  };
}

/** SQLITE_BUSY after the busy timeout: another program (or Proficio) kept the write lock all along. */
function refuseWhenBusy<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (isSqliteBusy(error)) {
      throw new GradebookError('busy', busyMessage, {
        path,
        cause: String(error),
      });
    }
    throw error;
  }
}
