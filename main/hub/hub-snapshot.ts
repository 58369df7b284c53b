import Sqlite from 'better-sqlite3';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { createReader, type GradebookReader } from '../../db/handle.js';
import { migrate } from '../../db/migrate.js';
import { migrations as gradebookMigrations } from '../../db/migrations/index.js';
import { publishedTableNames, type PublishedTableName } from '../../db/publish-source.js';
import type { HubDatabase } from './hub-schema.js';
import { publishedKeys } from './publish-table.js';

/**
 * The seam between the hub (PostgreSQL, read asynchronously) and the report maths (which reads a
 * gradebook synchronously through a GradebookReader): one published gradebook's live rows
 * (tombstoned_at IS NULL) are loaded first, through Kysely's PostgreSQL dialect, into an in-memory
 * SQLite database with the gradebook's own schema — then the very same report services run on it.
 * So a hub report cannot drift from coach mode: the same queries (db/report-rows.ts, the mastery
 * engine's reads) and the same computation, on the rows the teacher published. Nothing is cached:
 * each report loads the rows afresh and computes mastery from the published evidence.
 *
 * What the hub never receives stays empty here: feedback text, attachments, report-card rules,
 * profiles, goals (see migrations/0010-initial.ts).
 */
export type HubSnapshot = { readonly reader: GradebookReader; close(): void };

type HubColumn = { name: string; type: string };

/** Rows per round trip, fetched in key order: a 500,000-row evidence table never sits in memory twice. */
const pageSize = 20_000;

/**
 * Loads one gradebook's live published rows; `classIds` (when given) limits the class-scoped tables
 * (evidence, overrides, enrollments, assessments) to those classes, so a report of one class does not
 * copy a whole school.
 */
export async function loadHubSnapshot(hub: Kysely<HubDatabase>, gradebookId: string, classIds: readonly string[] | null = null): Promise<HubSnapshot> {
  const sqlite = new Sqlite(':memory:');
  try {
    await migrate(sqlite, ':memory:', gradebookMigrations);
    // the hub's rows were checked by the gradebook they came from; a row whose parent is outside the
    // chosen classes (an assessment's standard, say) must not stop the load
    sqlite.pragma('foreign_keys = OFF');
    for (const table of publishedTableNames) await copyTable(hub, sqlite, gradebookId, table, classIds);
    sqlite.pragma('query_only = ON');
    return { reader: createReader(sqlite, `hub:${gradebookId}`), close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

const classScoped: Partial<Record<PublishedTableName, string>> = {
  enrollments: 'class_id',
  assessments: 'class_id',
  evidence: 'class_id',
  mastery_overrides: 'class_id',
  classes: 'id',
  class_standards: 'class_id',
};

async function copyTable(hub: Kysely<HubDatabase>, sqlite: Sqlite.Database, gradebookId: string, table: PublishedTableName, classIds: readonly string[] | null): Promise<void> {
  const hubColumns = await readHubColumns(hub, table);
  const local = new Set((sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((row) => row.name));
  const columns = hubColumns.filter((column) => local.has(column.name));
  const insert = sqlite.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const insertAll = sqlite.transaction((rows: readonly Record<string, unknown>[]) => {
    for (const row of rows) insert.run(...columns.map((column) => row[column.name] ?? null));
  });
  const keys = publishedKeys[table];
  const selected = sql.join(columns.map((column) => asGradebookText(column)));
  const scope = classScoped[table];
  const inClasses = scope === undefined || classIds === null ? sql`true` : sql`${sql.id(scope)} = ANY(${[...classIds]}::text[])`;
  const keyTuple = sql.join(keys.map((key) => sql.id(key)));
  let after: unknown[] | null = null;
  for (;;) {
    const past: RawBuilder<unknown> = after === null ? sql`true` : sql`(${keyTuple}) > (${sql.join(after.map((value) => sql`${value}`))})`;
    const { rows }: { rows: Record<string, unknown>[] } = await sql<Record<string, unknown>>`
      SELECT ${selected} FROM ${sql.id('proficio', table)}
      WHERE gradebook_id = ${gradebookId} AND tombstoned_at IS NULL AND ${inClasses} AND ${past}
      ORDER BY ${keyTuple} LIMIT ${pageSize}`.execute(hub);
    insertAll(rows);
    const last: Record<string, unknown> | undefined = rows.at(-1);
    if (rows.length < pageSize || last === undefined) return;
    after = keys.map((key): unknown => last[key]);
  }
}

async function readHubColumns(hub: Kysely<HubDatabase>, table: PublishedTableName): Promise<HubColumn[]> {
  const { rows } = await sql<{ column_name: string; udt_name: string }>`
    SELECT column_name, udt_name FROM information_schema.columns
    WHERE table_schema = 'proficio' AND table_name = ${table} AND is_generated = 'NEVER'
      AND column_name NOT IN ('gradebook_id', 'bucket', 'published_at', 'tombstoned_at')
    ORDER BY ordinal_position`.execute(hub);
  return rows.map((row) => ({ name: row.column_name, type: row.udt_name }));
}

/**
 * A column as the gradebook writes it: instants as ISO text in UTC with milliseconds, days as
 * YYYY-MM-DD, JSON as its text — so the report services read exactly what they read from the file.
 */
function asGradebookText(column: HubColumn) {
  const name = sql.id(column.name);
  switch (column.type) {
    case 'timestamptz':
      return sql`to_char(${name} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${name}`;
    case 'date':
    case 'jsonb':
      return sql`${name}::text AS ${name}`;
    default:
      return name;
  }
}
