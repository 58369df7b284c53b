import { sql, type Kysely, type Transaction } from 'kysely';
import { publishedRows, type PublishedTableName } from '../../db/publish-source.js';
import type { GradebookReader } from '../../db/handle.js';
import type { HubDatabase } from './hub-schema.js';
import { bucketOf, changedBuckets, keySeparator, TableDigest, type BucketDigest } from './publish-digest.js';

/** Each published table's key in the gradebook (and, with gradebook_id, on the hub). */
export const publishedKeys: Record<PublishedTableName, readonly string[]> = {
  schools: ['id'],
  terms: ['id'],
  courses: ['id'],
  scales: ['id'],
  scale_levels: ['id'],
  classes: ['id'],
  educators: ['id'],
  learners: ['id'],
  enrollments: ['id'],
  frameworks: ['id'],
  standards: ['id'],
  prerequisites: ['id'],
  class_standards: ['class_id', 'standard_id'],
  assessments: ['id'],
  assessment_standards: ['assessment_id', 'standard_id'],
  evidence: ['id'],
  mastery_overrides: ['id'],
};

/** Columns only the hub has: whose row it is, its bucket, when it last changed here, its tombstone. */
const hubOnlyColumns = ['gradebook_id', 'bucket', 'published_at', 'tombstoned_at'];

export type TableProgress = { table: PublishedTableName; sent: number; total: number };
export type TablePublished = { table: PublishedTableName; sent: number; changed: number; tombstoned: number };

type Hub = Kysely<HubDatabase> | Transaction<HubDatabase>;

/**
 * Publishes one table of a gradebook inside the publish's transaction: compares the publish mark,
 * upserts the rows of the buckets that differ (a row that is already the same is not touched, so
 * publishing twice changes nothing), tombstones the hub's rows of those buckets that the gradebook no
 * longer has, and saves the new mark.
 */
export async function publishTable(
  hub: Hub,
  reader: GradebookReader,
  gradebookId: string,
  table: PublishedTableName,
  onProgress: (progress: TableProgress) => void,
): Promise<TablePublished> {
  const typed = await hubColumns(hub, table);
  const columns = typed.map((column) => column.name);
  const keyColumns = publishedKeys[table];
  const keyAt = keyColumns.map((column) => columns.indexOf(column));
  if (keyAt.includes(-1)) throw new Error(`The hub's ${table} lacks a key column (${keyColumns.join(', ')}): run "proficio hub init" with this Proficio.`);
  const keyOf = (row: readonly unknown[]): string => keyAt.map((index) => String(row[index])).join(keySeparator);

  const digest = new TableDigest();
  for (const row of publishedRows(reader, table, columns)) digest.add(keyOf(row), row);
  const local = digest.digests();
  const marked = await hubMarks(hub, gradebookId, table);
  const changed = changedBuckets(local, marked);
  const result: TablePublished = { table, sent: 0, changed: 0, tombstoned: 0 };
  if (changed.size === 0) return result;

  const total = [...changed].reduce((sum, bucket) => sum + (local.get(bucket)?.rowCount ?? 0), 0);
  const upsert = upsertStatement(table, typed, keyColumns);
  const keptKeys: string[] = [];
  let batch: { bucket: number; row: unknown[] }[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const { numAffectedRows } = await upsert(gradebookId, batch).execute(hub);
    result.changed += Number(numAffectedRows ?? 0);
    result.sent += batch.length;
    batch = [];
    onProgress({ table, sent: result.sent, total });
  };
  for (const row of publishedRows(reader, table, columns)) {
    const key = keyOf(row);
    const bucket = bucketOf(key);
    if (!changed.has(bucket)) continue;
    if (marked.has(bucket)) keptKeys.push(key);
    batch.push({ bucket, row });
    if (batch.length >= batchSize) await flush();
  }
  await flush();

  const hadRows = [...changed].filter((bucket) => marked.has(bucket));
  if (hadRows.length > 0) result.tombstoned = await tombstone(hub, gradebookId, table, keyColumns, hadRows, keptKeys);
  await saveMarks(hub, gradebookId, table, changed, local);
  return result;
}

/** Rows per round trip: each batch is one statement, and a killed publish is cut between two of them. */
const batchSize = 1000;

type HubColumn = { name: string; type: string };

async function hubColumns(hub: Hub, table: PublishedTableName): Promise<HubColumn[]> {
  const { rows } = await sql<{ column_name: string; udt_name: string }>`
    SELECT column_name, udt_name FROM information_schema.columns
    WHERE table_schema = 'proficio' AND table_name = ${table} AND is_generated = 'NEVER'
    ORDER BY ordinal_position`.execute(hub);
  return rows
    .filter((row) => !hubOnlyColumns.includes(row.column_name))
    .map((row) => {
      // the type goes into the SQL as written (an array cast), so only plain type names pass
      if (!/^[a-z][a-z0-9_]*$/.test(row.udt_name)) throw new Error(`The hub's ${table}.${row.column_name} has an unexpected type ${row.udt_name}.`);
      return { name: row.column_name, type: row.udt_name };
    });
}

async function hubMarks(hub: Hub, gradebookId: string, table: PublishedTableName): Promise<Map<number, BucketDigest>> {
  const rows = await hub
    .selectFrom('proficio.publish_marks')
    .select(['bucket', 'digest', 'row_count'])
    .where('gradebook_id', '=', gradebookId)
    .where('table_name', '=', table)
    .execute();
  return new Map(rows.map((row) => [row.bucket, { digest: row.digest, rowCount: row.row_count }]));
}

/**
 * INSERT … ON CONFLICT DO UPDATE … WHERE the row differs: a row already as the gradebook has it is
 * neither rewritten nor re-dated. A tombstoned row that comes back (evidence restored from the trash)
 * loses its tombstone. A batch travels as one typed array per column (unnest), not thousands of
 * placeholders: PostgreSQL parses one short statement per batch.
 */
function upsertStatement(table: PublishedTableName, columns: readonly HubColumn[], keyColumns: readonly string[]) {
  const names = columns.map((column) => column.name);
  const others = names.filter((name) => !keyColumns.includes(name));
  const target = sql`${sql.id('proficio', table)} AS t`;
  const inserted = sql.join([sql.id('gradebook_id'), sql.id('bucket'), ...names.map((name) => sql.id(name))]);
  const unnested = sql.join([sql.id('bucket'), ...names.map((name) => sql.id(name))]);
  const conflict = sql.join([sql.id('gradebook_id'), ...keyColumns.map((column) => sql.id(column))]);
  const assignments = sql.join([
    ...others.map((column) => sql`${sql.id(column)} = excluded.${sql.id(column)}`),
    sql`bucket = excluded.bucket`,
    sql`tombstoned_at = NULL`,
    sql`published_at = now()`,
  ]);
  const mine = sql.join(others.map((column) => sql`t.${sql.id(column)}`));
  const theirs = sql.join(others.map((column) => sql`excluded.${sql.id(column)}`));
  return (gradebookId: string, batch: readonly { bucket: number; row: readonly unknown[] }[]) => {
    const arrays = sql.join([
      sql`${batch.map(({ bucket }) => bucket)}::int2[]`,
      ...columns.map((column, index) => sql`${batch.map(({ row }) => row[index] ?? null)}::${sql.raw(column.type)}[]`),
    ]);
    return sql`INSERT INTO ${target} (${inserted})
      SELECT ${gradebookId}::text, u.* FROM unnest(${arrays}) AS u(${unnested})
      ON CONFLICT (${conflict}) DO UPDATE SET ${assignments}
      WHERE t.tombstoned_at IS NOT NULL OR (${mine}) IS DISTINCT FROM (${theirs})`;
  };
}

/** Marks as deleted the hub's live rows of these buckets whose key the gradebook no longer has. */
async function tombstone(
  hub: Hub,
  gradebookId: string,
  table: PublishedTableName,
  keyColumns: readonly string[],
  buckets: readonly number[],
  keptKeys: readonly string[],
): Promise<number> {
  const key = keyColumns.length === 1 ? sql.id(keyColumns[0] ?? 'id') : sql`concat_ws(chr(31), ${sql.join(keyColumns.map((column) => sql.id(column)))})`;
  const { numAffectedRows } = await sql`
    UPDATE ${sql.id('proficio', table)} SET tombstoned_at = now(), published_at = now()
    WHERE gradebook_id = ${gradebookId} AND bucket = ANY(${[...buckets]}::smallint[]) AND tombstoned_at IS NULL
      AND NOT (${key} = ANY(${[...keptKeys]}::text[]))`.execute(hub);
  return Number(numAffectedRows ?? 0);
}

async function saveMarks(hub: Hub, gradebookId: string, table: PublishedTableName, changed: ReadonlySet<number>, local: ReadonlyMap<number, BucketDigest>): Promise<void> {
  const kept = [...changed].flatMap((bucket) => {
    const digest = local.get(bucket);
    return digest === undefined ? [] : [{ gradebook_id: gradebookId, table_name: table, bucket, digest: digest.digest, row_count: digest.rowCount }];
  });
  const emptied = [...changed].filter((bucket) => !local.has(bucket));
  for (let start = 0; start < kept.length; start += 1000) {
    await hub
      .insertInto('proficio.publish_marks')
      .values(kept.slice(start, start + 1000))
      .onConflict((conflict) =>
        conflict.columns(['gradebook_id', 'table_name', 'bucket']).doUpdateSet((eb) => ({ digest: eb.ref('excluded.digest'), row_count: eb.ref('excluded.row_count') })),
      )
      .execute();
  }
  if (emptied.length > 0) {
    await hub.deleteFrom('proficio.publish_marks').where('gradebook_id', '=', gradebookId).where('table_name', '=', table).where('bucket', 'in', emptied).execute();
  }
}
