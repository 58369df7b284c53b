import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, hasFixtures, noFixturesReason } from '../helpers/fixtures-dir.js';
import { hubFingerprint } from '../helpers/hub-test-support.js';
import { startPostgresForTests } from '../helpers/postgres-cluster.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { useTempDir } from '../helpers/temp-dir.js';

/**
 * Real data through the hub: two teachers' gradebooks each import the same real OneRoster export
 * (Catalyst/Moodle test set) and the same CASE framework (OpenSALT CCSS math), then publish. Real
 * rows carry real dates, nulls and identifiers; on the hub the shared learners, classes and standards
 * are one, by their sourcedId and CASE identifier.
 */
const cluster = hasFixtures ? await startPostgresForTests() : null;
if (!hasFixtures) process.stderr.write(`hub real-data test skipped: ${noFixturesReason}\n`);
const database = 'real_data';

describe.skipIf(cluster === null)('the school hub with real OneRoster and CASE data', () => {
  const hub = cluster!;
  const tempDir = useTempDir();
  afterAll(() => hub.stop());
  beforeAll(async () => {
    await hub.createDatabase(database);
    expect((await runCliCaptured('hub', 'init', '--hub', hub.url(database))).code).toBe(0);
  });

  function distinct(file: string, table: string): number {
    const sqlite = new Database(file, { readonly: true });
    try {
      return (sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE sourced_id IS NOT NULL`).get() as { n: number }).n;
    } finally {
      sqlite.close();
    }
  }

  it('publishes two gradebooks of the same roster and framework: one learner, class and standard per identifier; again changes nothing', async () => {
    const dir = tempDir();
    const files = [join(dir, 'ms-lee.proficio'), join(dir, 'mr-ng.proficio')];
    const [first, second] = files as [string, string];
    const roster = await runCliCaptured('import', fixture('oneroster-catalyst-moodle', 'Test_minimal_data_set'), '--gradebook', first);
    expect(roster.code, roster.stderr).toBe(0);
    const framework = await runCliCaptured('import', fixture('case-opensalt-ccss-math-2017', 'math_cfs_sample.json'), '--gradebook', first);
    expect(framework.code, framework.stderr).toBe(0);
    // the second teacher's gradebook holds the same imported rows (a copy, to save a second import): made
    // before any publish, it gets its own lasting hub id at its first publish, and the hub keeps the two
    // apart by gradebook id even where their row ids are equal
    copyFileSync(first, second);
    for (const file of files) {
      const published = await runCliCaptured('publish', '--gradebook', file, '--hub', hub.url(database));
      expect(published.code, published.stderr).toBe(0);
    }
    for (const table of ['learners', 'classes', 'standards']) {
      const [row] = await hub.query<{ rows: number; matched: number }>(
        database,
        `SELECT count(*)::int AS rows, count(DISTINCT match_key)::int AS matched FROM proficio.${table} WHERE sourced_id IS NOT NULL`,
      );
      expect(row?.matched, table).toBe(distinct(first, table));
      expect(row?.rows, table).toBe(2 * distinct(first, table));
      expect(row?.matched, table).toBeGreaterThan(0);
    }

    const before = await hubFingerprint(hub, database);
    for (const file of files) {
      const again = await runCliCaptured('publish', '--gradebook', file, '--hub', hub.url(database));
      expect(JSON.parse(again.stdout)).toMatchObject({ changedRows: 0, tombstonedRows: 0 });
    }
    expect(await hubFingerprint(hub, database)).toEqual(before);
  }, 120_000);
});
