import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoGradebooks, hubFingerprint, hubTables, type DemoGradebooks } from '../helpers/hub-test-support.js';
import { startPostgresForTests } from '../helpers/postgres-cluster.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';

/**
 * `proficio hub init` and `proficio publish` against a real PostgreSQL (a throwaway cluster, see
 * test/helpers/postgres-cluster.ts): two demo gradebooks published to a fresh hub, publishing again
 * changes no row, only changes travel (deletions as tombstones), a killed publish leaves no trace.
 */
const cluster = await startPostgresForTests();
const root = resolve(import.meta.dirname, '../..');

type Summary = { gradebookId: string; changedRows: number; tombstonedRows: number; tables: { table: string; sent: number; changed: number; tombstoned: number }[] };

async function publish(file: string, hub: string): Promise<Summary> {
  const result = await runCliCaptured('publish', '--gradebook', file, '--hub', hub);
  expect(result.stderr).not.toMatch(/\[hub_/);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Summary;
}

async function freshHub(name: string): Promise<string> {
  if (cluster === null) throw new Error('no cluster');
  const url = cluster.url(await cluster.createDatabase(name));
  const init = await runCliCaptured('hub', 'init', '--hub', url);
  expect(init.code, init.stderr).toBe(0);
  return url;
}

/** Live rows per published table in a gradebook file, as the hub should hold them. */
function gradebookCounts(file: string): Record<string, number> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const count = (sql: string): number => (sqlite.prepare(sql).get() as { n: number }).n;
    return {
      learners: count('SELECT count(*) AS n FROM learners'),
      classes: count('SELECT count(*) AS n FROM classes'),
      standards: count('SELECT count(*) AS n FROM standards'),
      class_standards: count('SELECT count(*) AS n FROM class_standards'),
      evidence: count('SELECT count(*) AS n FROM evidence WHERE deleted_at IS NULL'),
    };
  } finally {
    sqlite.close();
  }
}

/** A table's OneRoster sourcedIds / CASE identifiers in a gradebook file; a row without one counts as its own id. */
function sourcedIds(file: string, table: 'learners' | 'classes' | 'standards'): string[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare(`SELECT coalesce('id:' || sourced_id, id) AS k FROM ${table}`).all() as { k: string }[]).map((row) => row.k);
  } finally {
    sqlite.close();
  }
}

describe.skipIf(cluster === null)('the school hub: init and publish', () => {
  const pg = cluster!;
  let demos: DemoGradebooks;
  let first: string;
  let second: string;

  beforeAll(async () => {
    demos = demoGradebooks();
    first = await demos.make(1);
    second = await demos.make(2, ['--learners', '30']);
  }, 60_000);
  afterAll(() => {
    demos?.remove();
    pg.stop();
  });

  it('hub init makes the schema once; running it again applies nothing; a hub from a newer Proficio is refused', async () => {
    const url = pg.url(await pg.createDatabase('init_twice'));
    const made = await runCliCaptured('hub', 'init', '--hub', url);
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ from: 0, to: 10, applied: ['10-initial'] });
    const again = await runCliCaptured('hub', 'init', '--hub', url);
    expect(JSON.parse(again.stdout)).toMatchObject({ from: 10, to: 10, applied: [] });
    expect(again.stderr).toContain('already up to date');

    await pg.query('init_twice', `INSERT INTO proficio.hub_migrations (version, name) VALUES (20, 'from-the-future')`);
    const newer = await runCliCaptured('hub', 'init', '--hub', url);
    expect(newer.code).toBe(1);
    expect(newer.stderr).toContain('set up by a newer Proficio');
    const refused = await runCliCaptured('publish', '--gradebook', demos.copy(second, 'newer.proficio'), '--hub', url);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('set up by a newer Proficio');
  });

  it('migration 0010 makes every published table, both roles with row-level security, and an index the class evidence query uses', async () => {
    const url = await freshHub('migration_0010');
    const { gradebookId } = await publish(demos.copy(second, 'migration.proficio'), url);
    const tables = await pg.query<{ relname: string; relrowsecurity: boolean }>(
      'migration_0010',
      `SELECT c.relname, c.relrowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'proficio' AND c.relkind = 'r' ORDER BY 1`,
    );
    expect(tables.map((table) => table.relname)).toEqual([...hubTables, 'hub_migrations'].sort());
    expect(tables.filter((table) => !table.relrowsecurity).map((table) => table.relname)).toEqual(['hub_migrations']);
    const roles = await pg.query<{ rolname: string; rolcanlogin: boolean }>('migration_0010', `SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'proficio_%' ORDER BY 1`);
    expect(roles).toEqual([{ rolname: 'proficio_coach', rolcanlogin: false }, { rolname: 'proficio_teacher', rolcanlogin: false }]);

    // a class's evidence in the order the mastery methods read it: from the index, not a scan of every gradebook's evidence
    const [someClass] = await pg.query<{ class_id: string }>('migration_0010', 'SELECT class_id FROM proficio.evidence LIMIT 1');
    // (a demo hub is small enough for a scan to win; with scans priced out, the plan shows the index is usable)
    const client = new Client({ host: pg.socketDir, port: pg.port, user: 'postgres', database: 'migration_0010', options: '-c enable_seqscan=off' });
    await client.connect();
    try {
      const plan = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT learner_id, standard_id, level, observed_on FROM proficio.evidence
         WHERE gradebook_id = $1 AND class_id = $2 AND tombstoned_at IS NULL ORDER BY standard_id, learner_id, observed_on`,
        [gradebookId, someClass!.class_id],
      );
      expect(plan.rows.map((line) => line['QUERY PLAN']).join('\n')).toMatch(/Index (Only )?Scan using evidence_class_cell/);
    } finally {
      await client.end();
    }
  });

  it('publishing to a database where hub init never ran says what to do, and never prints the password', async () => {
    const url = pg.url(await pg.createDatabase('not_a_hub'));
    const saved = process.env['PGPASSWORD'];
    process.env['PGPASSWORD'] = 'sesame-4711';
    try {
      const refused = await runCliCaptured('publish', '--gradebook', demos.copy(second, 'not-a-hub.proficio'), '--hub', url);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('is not a Proficio hub yet');
      expect(refused.stderr).toContain('hub init');
      expect(refused.stdout + refused.stderr).not.toContain('sesame-4711');
    } finally {
      if (saved === undefined) delete process.env['PGPASSWORD'];
      else process.env['PGPASSWORD'] = saved;
    }
  });

  it('two demo gradebooks publish to a fresh hub, each row with its stable id and its gradebook id; publishing again changes no row', async () => {
    const url = await freshHub('two_gradebooks');
    const a = demos.copy(first, 'a.proficio');
    const b = demos.copy(second, 'b.proficio');
    const publishedA = await publish(a, url);
    const publishedB = await publish(b, url);
    expect(publishedA.gradebookId).not.toBe(publishedB.gradebookId);

    for (const [file, summary] of [[a, publishedA], [b, publishedB]] as const) {
      const expected = gradebookCounts(file);
      const rows = await pg.query<{ t: string; n: number }>(
        'two_gradebooks',
        `SELECT 'learners' AS t, count(*)::int AS n FROM proficio.learners WHERE gradebook_id = $1 AND tombstoned_at IS NULL
         UNION ALL SELECT 'classes', count(*)::int FROM proficio.classes WHERE gradebook_id = $1 AND tombstoned_at IS NULL
         UNION ALL SELECT 'standards', count(*)::int FROM proficio.standards WHERE gradebook_id = $1 AND tombstoned_at IS NULL
         UNION ALL SELECT 'class_standards', count(*)::int FROM proficio.class_standards WHERE gradebook_id = $1 AND tombstoned_at IS NULL
         UNION ALL SELECT 'evidence', count(*)::int FROM proficio.evidence WHERE gradebook_id = $1 AND tombstoned_at IS NULL`,
        [summary.gradebookId],
      );
      expect(Object.fromEntries(rows.map((row) => [row.t, row.n]))).toEqual(expected);
      expect(summary.tombstonedRows).toBe(0);
    }

    // the same learner ids in the gradebook and on the hub: stable ids travel as they are
    const sqlite = new Database(a, { readonly: true });
    const someEvidence = sqlite.prepare('SELECT id, level, observed_on FROM evidence WHERE deleted_at IS NULL AND level IS NOT NULL LIMIT 1').get() as { id: string; level: number; observed_on: string };
    sqlite.close();
    const [onHub] = await pg.query<{ level: number; observed_on: string }>(
      'two_gradebooks',
      `SELECT level, to_char(observed_on, 'YYYY-MM-DD') AS observed_on FROM proficio.evidence WHERE gradebook_id = $1 AND id = $2`,
      [publishedA.gradebookId, someEvidence.id],
    );
    expect(onHub).toEqual({ level: someEvidence.level, observed_on: someEvidence.observed_on });

    // learners, classes and standards are one across gradebooks when they share a OneRoster sourcedId or
    // CASE identifier: as many distinct match keys on the hub as distinct ids in the two files. Two demo
    // seeds are two teachers at one school: the same standards, never the same child or class
    for (const table of ['learners', 'classes', 'standards'] as const) {
      const ids = new Set([a, b].flatMap((file) => sourcedIds(file, table)));
      const [distinct] = await pg.query<{ n: number }>('two_gradebooks', `SELECT count(DISTINCT match_key)::int AS n FROM proficio.${table}`);
      expect(distinct?.n, table).toBe(ids.size);
      const inBoth = sourcedIds(a, table).length + sourcedIds(b, table).length - ids.size;
      if (table === 'standards') expect(inBoth, 'standards shared by the two demo gradebooks').toBe(sourcedIds(b, table).length);
      else expect(inBoth, `${table} shared by the two demo gradebooks`).toBe(0);
    }

    const before = await hubFingerprint(pg, 'two_gradebooks');
    const againA = await publish(a, url);
    const againB = await publish(b, url);
    expect([againA.changedRows, againA.tombstonedRows, againB.changedRows, againB.tombstonedRows]).toEqual([0, 0, 0, 0]);
    expect(againA.tables.every((table) => table.sent === 0)).toBe(true);
    expect(await hubFingerprint(pg, 'two_gradebooks')).toEqual(before);
  });

  it('only what changed travels: an edited level, a trashed evidence and an untracked standard (tombstones); a restore brings the row back', async () => {
    const url = await freshHub('changes_travel');
    const file = demos.copy(second, 'changes.proficio');
    const { gradebookId } = await publish(file, url);

    const sqlite = new Database(file);
    const [edited, trashed] = sqlite.prepare('SELECT id FROM evidence WHERE deleted_at IS NULL AND level IS NOT NULL ORDER BY id LIMIT 2').all() as { id: string }[];
    const untracked = sqlite.prepare('SELECT class_id, standard_id FROM class_standards ORDER BY class_id, standard_id LIMIT 1').get() as { class_id: string; standard_id: string };
    sqlite.prepare('UPDATE evidence SET level = 1, revision = revision + 1 WHERE id = ?').run(edited!.id);
    sqlite.prepare(`UPDATE evidence SET deleted_at = '2026-01-15T10:00:00.000Z' WHERE id = ?`).run(trashed!.id);
    sqlite.prepare('DELETE FROM class_standards WHERE class_id = ? AND standard_id = ?').run(untracked.class_id, untracked.standard_id);
    sqlite.close();

    const changed = await publish(file, url);
    expect(changed.changedRows).toBe(1);
    expect(changed.tombstonedRows).toBe(2);
    const evidenceSent = changed.tables.find((table) => table.table === 'evidence')!.sent;
    expect(evidenceSent).toBeGreaterThan(0);
    expect(evidenceSent).toBeLessThan(100); // a few buckets, not the gradebook's 2,000-odd evidence rows

    const rows = await pg.query<{ id: string; level: number; tombstoned: boolean }>(
      'changes_travel',
      'SELECT id, level, tombstoned_at IS NOT NULL AS tombstoned FROM proficio.evidence WHERE gradebook_id = $1 AND id = ANY($2) ORDER BY id',
      [gradebookId, [edited!.id, trashed!.id]],
    );
    expect(rows).toEqual([
      expect.objectContaining({ id: edited!.id, level: 1, tombstoned: false }),
      expect.objectContaining({ id: trashed!.id, tombstoned: true }),
    ].sort((x, y) => (String(x.id) < String(y.id) ? -1 : 1)));
    const [gone] = await pg.query<{ tombstoned: boolean }>(
      'changes_travel',
      'SELECT tombstoned_at IS NOT NULL AS tombstoned FROM proficio.class_standards WHERE gradebook_id = $1 AND class_id = $2 AND standard_id = $3',
      [gradebookId, untracked.class_id, untracked.standard_id],
    );
    expect(gone).toEqual({ tombstoned: true });

    const restore = new Database(file);
    restore.prepare('UPDATE evidence SET deleted_at = NULL WHERE id = ?').run(trashed!.id);
    restore.close();
    const restored = await publish(file, url);
    expect([restored.changedRows, restored.tombstonedRows]).toEqual([1, 0]);

    // a gradebook renamed and nothing else: no published row changes, the hub's title does
    const rename = new Database(file);
    rename.prepare(`UPDATE settings SET value = 'Grade 5 Maths, renamed' WHERE key = 'title'`).run();
    rename.close();
    const renamed = await publish(file, url);
    expect([renamed.changedRows, renamed.tombstonedRows]).toEqual([0, 0]);
    expect(await pg.query('changes_travel', 'SELECT title FROM proficio.gradebooks WHERE id = $1', [gradebookId])).toEqual([{ title: 'Grade 5 Maths, renamed' }]);
    const [back] = await pg.query<{ tombstoned: boolean }>('changes_travel', 'SELECT tombstoned_at IS NOT NULL AS tombstoned FROM proficio.evidence WHERE gradebook_id = $1 AND id = $2', [gradebookId, trashed!.id]);
    expect(back).toEqual({ tombstoned: false });
  });

  it('a publish killed midway leaves the hub as it was; the next publish completes it', async () => {
    const url = await freshHub('killed_midway');
    const file = demos.copy(first, 'killed.proficio');
    const before = await hubFingerprint(pg, 'killed_midway');

    const child = spawn(process.execPath, [resolve(root, 'main/cli/proficio.mjs'), 'publish', '--gradebook', file, '--hub', url], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const ended = new Promise<NodeJS.Signals | number | null>((done) => child.on('exit', (code, signal) => done(signal ?? code)));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // the evidence is being sent, inside the publish's one transaction: kill it there
      if (/evidence: 1000 of \d+/.test(stderr)) child.kill('SIGKILL');
    });
    expect(await ended).toBe('SIGKILL');
    expect(stderr).not.toContain('Published');
    expect(await hubFingerprint(pg, 'killed_midway')).toEqual(before);

    const completed = await publish(file, url);
    expect(completed.tombstonedRows).toBe(0);
    const [evidence] = await pg.query<{ n: number }>('killed_midway', 'SELECT count(*)::int AS n FROM proficio.evidence WHERE tombstoned_at IS NULL');
    expect(evidence?.n).toBe(gradebookCounts(file)['evidence']);
  }, 60_000);
});
