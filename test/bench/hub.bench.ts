import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { openGradebook } from '../../db/open.js';
import { publishedRows, publishedTableNames } from '../../db/publish-source.js';
import { generateDemoGradebook } from '../../main/demo/generate-demo.js';
import { connectToHub } from '../../main/hub/hub-connection.js';
import { readHubReports } from '../../main/hub/hub-report.js';
import { migrateHub } from '../../main/hub/migrate-hub.js';
import { publishGradebook } from '../../main/hub/publish.js';
import { schoolSummary } from '../../main/reports/domain/school-summary.js';
import { findPostgresBin, startPostgresCluster, type PostgresCluster } from '../helpers/postgres-cluster.js';
import { report, withTempDir } from './measure.js';

/**
 * The school hub at school size (issue 14): the 1,000 × 600 × 500,000 demo gradebook published to a
 * fresh hub in a throwaway PostgreSQL cluster, against a raw PostgreSQL COPY of the same rows into
 * tables of the same columns and keys (ratio = publish time / COPY time); then the school report from
 * the hub (every class, the school summary) against one raw scan of the evidence on the hub.
 */
export async function runHubBenchmarks(): Promise<void> {
  let cluster: PostgresCluster;
  try {
    cluster = await startPostgresCluster();
  } catch (error) {
    process.stdout.write(`hub: skipped, no PostgreSQL could be started (${error instanceof Error ? error.message : String(error)})\n`);
    return;
  }
  try {
    await withTempDir(async (dir) => {
      const file = join(dir, 'bench.proficio');
      const gradebook = await openGradebook(file);
      generateDemoGradebook(gradebook.writer, { seed: 9, learners: 1000, standards: 600, evidence: 500_000 });
      gradebook.close();

      const url = cluster.url(await cluster.createDatabase('bench_hub'));
      const setup = await connectToHub(url);
      await migrateHub(setup.db);
      await setup.close();

      const publishStarted = performance.now();
      const published = await publishGradebook(file, url);
      const publishMs = performance.now() - publishStarted;
      const rows = published.tables.reduce((sum, table) => sum + table.sent, 0);
      const againStarted = performance.now();
      const again = await publishGradebook(file, url);
      const againMs = performance.now() - againStarted;

      const copyMs = await rawCopy(cluster, dir, file, published.gradebookId);
      report('hub: publish 1000 x 600 x 500,000', {
        rows,
        publish_ms: publishMs,
        rows_per_s: (rows / publishMs) * 1000,
        raw_copy_ms: copyMs,
        copy_rows_per_s: (rows / copyMs) * 1000,
        ratio: publishMs / copyMs,
        republish_ms: againMs,
        republish_changed: again.changedRows,
      });

      const hub = await connectToHub(url);
      try {
        const reportStarted = performance.now();
        const { gradebooks } = await readHubReports(hub, { wantedClasses: [], filter: { asOf: '2026-01-20' }, today: '2026-01-20' });
        schoolSummary(gradebooks);
        const reportMs = performance.now() - reportStarted;
        const classes = gradebooks.reduce((sum, g) => sum + g.reports.length, 0);
        const scanStarted = performance.now();
        // every row to the client, as the report's loading does (a count alone would leave the rows on the server)
        const scanned = await cluster.query(
          'bench_hub',
          `SELECT learner_id, standard_id, level, observed_on::text, recorded_at, kind, feedback_on::text, feedback_status
             FROM proficio.evidence WHERE tombstoned_at IS NULL AND observed_on <= '2026-01-20'`,
        );
        const scanMs = performance.now() - scanStarted;
        report('hub: school report 1000 x 600 x 500,000', { classes, evidence_rows: scanned.length, report_ms: reportMs, raw_scan_ms: scanMs, ratio: reportMs / scanMs });
      } finally {
        await hub.close();
      }
    });
  } finally {
    cluster.stop();
  }
}

/**
 * The same rows as the publish sent, written as CSV and loaded with psql's \copy into tables made
 * LIKE the hub's (same columns, keys and indexes; no row-level security, no upsert, no digests).
 * Only the COPY is timed, not writing the CSV.
 */
async function rawCopy(cluster: PostgresCluster, dir: string, file: string, gradebookId: string): Promise<number> {
  const bin = findPostgresBin();
  if (bin === null) throw new Error('psql not found');
  const columnsOf = async (table: string) =>
    (
      await cluster.query<{ column_name: string }>(
        'bench_hub',
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'proficio' AND table_name = $1 AND is_generated = 'NEVER'
           AND column_name NOT IN ('gradebook_id', 'bucket', 'published_at', 'tombstoned_at') ORDER BY ordinal_position`,
        [table],
      )
    ).map((row) => row.column_name);
  await cluster.query('bench_hub', 'CREATE SCHEMA raw');
  const script: string[] = [];
  const gradebook = await openGradebook(file, { create: false });
  try {
    for (const table of publishedTableNames) {
      const columns = await columnsOf(table);
      await cluster.query('bench_hub', `CREATE TABLE raw.${table} (LIKE proficio.${table} INCLUDING DEFAULTS INCLUDING INDEXES)`);
      const csv = join(dir, `${table}.csv`);
      const out = createWriteStream(csv);
      for (const row of publishedRows(gradebook.reader, table, columns)) {
        if (!out.write(`${gradebookId},0,${row.map(csvValue).join(',')}\n`)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
      script.push(`\\copy raw.${table} (gradebook_id, bucket, ${columns.map((c) => `"${c}"`).join(', ')}) FROM '${csv}' WITH (FORMAT csv)`);
    }
  } finally {
    gradebook.close();
  }
  const started = performance.now();
  const copied = spawnSync(join(bin, 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', cluster.socketDir, '-p', String(cluster.port), '-U', 'postgres', '-d', 'bench_hub', '-c', 'BEGIN', ...script.flatMap((line) => ['-c', line]), '-c', 'COMMIT'], {
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (copied.status !== 0) throw new Error(`raw COPY failed: ${copied.stderr}`);
  return ms;
}

/** A CSV field as COPY reads it: nothing for NULL, everything else quoted (so an empty text stays text). */
function csvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return `"${String(value).replace(/"/g, '""')}"`;
}
