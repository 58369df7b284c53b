import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryHubLogins, withHubLogins } from '../../main/hub/hub-logins.js';
import { startGradebookWorker, type GradebookWorker } from '../../main/worker/client.js';
import type { HubGradebook, HubProgress, HubPublished, ReportFile, ReportProgress, Result } from '../../preload/contract/index.js';
import { demoGradebooks, hubFingerprint, hubTables, type DemoGradebooks } from '../helpers/hub-test-support.js';
import { startPostgresForTests, type PostgresCluster } from '../helpers/postgres-cluster.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';

/**
 * The school hub from the app, through the real worker thread and the same password keeper the harness
 * uses (main/hub/hub-logins.ts), against a throwaway PostgreSQL: a publish of the session's open
 * gradebook puts the very rows `proficio publish` puts there; a wrong password, an unreachable hub and a
 * database that is no hub answer plain sentences; a coach's reports from the hub are coach mode's.
 */
const cluster = await startPostgresForTests();
const asOf = '2026-12-01';

async function freshHub(pg: PostgresCluster, name: string, init = true): Promise<{ database: string; url: string }> {
  const database = await pg.createDatabase(name);
  const url = pg.url(database);
  if (init) {
    const made = await runCliCaptured('hub', 'init', '--hub', url);
    expect(made.code, made.stderr).toBe(0);
  }
  return { database, url };
}

/** Every live row of the hub, as text without the moment it was written (two hubs written apart in time compare equal). */
async function hubRows(pg: PostgresCluster, database: string): Promise<Record<string, string[]>> {
  const rows: Record<string, string[]> = {};
  for (const table of hubTables) {
    const dated = table === 'publish_marks' ? '' : table === 'gradebooks' ? ` - 'last_published_at' - 'first_published_at' - 'owner'` : ` - 'published_at'`;
    const found = await pg.query<{ row: string }>(database, `SELECT (to_jsonb(t)${dated})::text AS row FROM proficio.${table} t ORDER BY 1`);
    rows[table] = found.map((row) => row.row);
  }
  return rows;
}

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe.skipIf(cluster === null)('the school hub from the app', () => {
  const pg = cluster!;
  let demos: DemoGradebooks;
  /** The demo gradebook as made, never opened (so never given a hub id); `file` is the session's copy of it. */
  let made: string;
  let file: string;
  let worker: GradebookWorker;
  let app: Pick<GradebookWorker, 'dispatch'>;
  let hub: { database: string; url: string };

  beforeAll(async () => {
    demos = demoGradebooks();
    made = await demos.make(5, ['--learners', '40']);
    file = demos.copy(made, 'teacher.proficio');
    hub = await freshHub(pg, 'hub_app');
    worker = startGradebookWorker();
    const opened = await worker.open(file, { create: false });
    expect(opened.ok).toBe(true);
    app = withHubLogins(worker, memoryHubLogins());
  }, 120_000);
  afterAll(async () => {
    await worker?.stop();
    demos?.remove();
    pg.stop();
  });

  it('publishing the open gradebook through the worker puts on the hub exactly the rows `proficio publish` puts there, says how far it has got, and publishing again changes nothing', async () => {
    const progress: HubProgress[] = [];
    const stop = worker.onEvent((event) => event.event === 'hub:progress' && progress.push(event.payload));
    try {
      const prepared = valueOf<{ gradebookId: string }>(await app.dispatch('hub:prepare', {}));
      const published = valueOf<HubPublished>(await app.dispatch('hub:publish', { address: hub.url }));
      expect(published.gradebookId).toBe(prepared.gradebookId);
      expect(published.changedRows).toBeGreaterThan(1000);
      expect(published.tombstonedRows).toBe(0);
      expect(Date.parse(published.publishedAt)).toBeGreaterThan(Date.now() - 120_000);

      // progress per table, in the order they are sent, ending with every changed row of the evidence sent
      const evidence = progress.filter((step) => step.table === 'evidence');
      expect(evidence.at(-1)).toMatchObject({ tableIndex: 16, tableCount: 17 });
      expect(evidence.at(-1)?.sent).toBe(evidence.at(-1)?.total);
      expect(progress.map((step) => step.tableIndex)).toEqual([...progress.map((step) => step.tableIndex)].sort((a, b) => a - b));

      // the same gradebook (the worker's own copy of it, id and all) published by the command line to another hub
      const copy = join(demos.dir, 'copy.proficio');
      expect((await worker.backup(copy)).ok).toBe(true);
      const other = await freshHub(pg, 'hub_app_cli');
      const cli = await runCliCaptured('publish', '--gradebook', copy, '--hub', other.url);
      expect(cli.code, cli.stderr).toBe(0);
      expect(JSON.parse(cli.stdout)).toMatchObject({ gradebookId: published.gradebookId, changedRows: published.changedRows });
      const fromApp = await hubRows(pg, hub.database);
      expect(fromApp['evidence']?.length).toBeGreaterThan(1000);
      expect(fromApp).toEqual(await hubRows(pg, other.database));

      const before = await hubFingerprint(pg, hub.database);
      const again = valueOf<HubPublished>(await app.dispatch('hub:publish', { address: hub.url }));
      expect(again).toMatchObject({ changedRows: 0, tombstonedRows: 0 });
      expect(await hubFingerprint(pg, hub.database)).toEqual(before);
    } finally {
      stop();
    }
  }, 180_000);

  it('a wrong password, an unreachable hub and a database that is not a hub each answer one plain sentence saying what to do; a kept password is used, and forgotten once refused', async () => {
    // a login that needs its password (the test cluster trusts every other local login)
    await pg.query('postgres', `CREATE ROLE teacher_pw LOGIN PASSWORD 'right horse' IN ROLE proficio_teacher`);
    const hba = join(pg.socketDir, 'data', 'pg_hba.conf');
    writeFileSync(hba, `local all teacher_pw scram-sha-256\n${readFileSync(hba, 'utf8')}`);
    await pg.query('postgres', 'SELECT pg_reload_conf()');
    // a hub of its own: the coach test below reads the first hub as holding one gradebook
    const own = await freshHub(pg, 'hub_app_password');
    const address = pg.url(own.database, 'teacher_pw');
    const login = async () => valueOf<{ address: string | null; passwordKept: boolean }>(await app.dispatch('hub:login', { use: 'publish' }));

    const wrong = await app.dispatch('hub:publish', { address, password: 'wrong horse' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'hub', message: expect.stringMatching(/^The school hub at teacher_pw@.* refused the login: check the user name in the address and the password/), details: { reason: 'hub_login_refused' } },
    });
    expect(JSON.stringify(wrong)).not.toContain('wrong horse');

    const ownWorker = startGradebookWorker();
    try {
      expect((await ownWorker.open(demos.copy(file, 'own.proficio'), { create: false })).ok).toBe(true);
      const store = memoryHubLogins();
      const ownApp = withHubLogins(ownWorker, store);
      expect((await ownApp.dispatch('hub:prepare', {})).ok).toBe(true);
      const right = await ownApp.dispatch('hub:publish', { address, password: 'right horse', rememberPassword: true });
      expect(right, JSON.stringify(right)).toMatchObject({ ok: true });
      expect(store.password(`teacher_pw@${pg.socketDir}:${pg.port}/${own.database}`)).toBe('right horse');
      expect(valueOf(await ownApp.dispatch('hub:login', { use: 'publish' }))).toMatchObject({ address, passwordKept: true });
      // no password typed: the kept one is used
      expect(await ownApp.dispatch('hub:publish', { address })).toMatchObject({ ok: true, value: { changedRows: 0 } });
      // IT changes the password: the kept one is refused, said, and forgotten
      await pg.query('postgres', `ALTER ROLE teacher_pw PASSWORD 'new horse'`);
      expect(await ownApp.dispatch('hub:publish', { address })).toMatchObject({
        ok: false,
        error: { code: 'hub', message: expect.stringMatching(/no longer works, so it has been forgotten: type the current one\.$/), details: { reason: 'hub_login_refused', keptPasswordForgotten: true } },
      });
      expect(valueOf(await ownApp.dispatch('hub:login', { use: 'publish' }))).toMatchObject({ passwordKept: false });
    } finally {
      await ownWorker.stop();
    }

    const unreachable = await app.dispatch('hub:publish', { address: `postgres://teacher@localhost/proficio?host=${encodeURIComponent(join(demos.dir, 'no-hub-here'))}` });
    expect(unreachable).toMatchObject({
      ok: false,
      error: { code: 'hub', message: expect.stringMatching(/^Cannot reach the school hub at teacher@.*\. Check the address, and that this computer is on the school’s network/), details: { reason: 'hub_unreachable' } },
    });
    const notAHub = await freshHub(pg, 'hub_app_not_set_up', false);
    expect(await app.dispatch('hub:publish', { address: notAHub.url })).toMatchObject({
      ok: false,
      error: { code: 'hub', message: expect.stringMatching(/is not set up as a Proficio school hub yet: ask IT to run “proficio hub init” on it/), details: { reason: 'hub_not_initialised' } },
    });
    const withPassword = await app.dispatch('hub:publish', { address: 'postgres://teacher:secret@hub.school.org/proficio' });
    expect(withPassword).toMatchObject({ ok: false, error: { code: 'hub', message: expect.stringMatching(/^Leave the password out of the address: type it in the Password box/) } });
    expect(JSON.stringify(withPassword)).not.toContain('secret');
    // what failed is never remembered
    expect((await login()).address).toBe(hub.url);
  }, 180_000);

  it('a coach reads the published gradebooks (with their terms, for the term filter), a class report and the school summary from the hub, the same as coach mode over the file', async () => {
    const gradebooks = valueOf<HubGradebook[]>(await app.dispatch('hub:gradebooks', { address: hub.url }));
    const published = gradebooks.find((gradebook) => gradebook.classes.length > 0 && gradebook.title.length > 0);
    expect(published).toBeDefined();
    const copy = join(demos.dir, 'coach-copy.proficio');
    expect((await worker.backup(copy)).ok).toBe(true);
    const opened = valueOf<{ gradebookId: string; title: string }>(await worker.openReadOnly(copy));
    // the term filter's terms: the gradebook's own, as the hub got them (dates as YYYY-MM-DD, newest first)
    const terms = valueOf<unknown[]>(await worker.dispatch('reports:terms', {}, opened.gradebookId));
    expect(terms.length).toBeGreaterThan(0);
    expect(published!.terms).toEqual(terms);
    for (const klass of published!.classes.slice(0, 2)) {
      const filter = { classId: klass.classId, asOf };
      const fromHub = await app.dispatch('hub:classReport', { address: hub.url, gradebookId: published!.gradebookId, filter });
      const fromFile = await worker.dispatch('reports:coachClassReport', { sourceId: opened.gradebookId, filter });
      expect(fromHub.ok, JSON.stringify(fromHub)).toBe(true);
      expect(fromHub).toEqual(fromFile);
    }
    const summary = valueOf<unknown>(await app.dispatch('hub:summary', { address: hub.url, filter: { asOf } }));
    const coach = valueOf<unknown>(await worker.dispatch('reports:coachSummary', { sourceIds: [opened.gradebookId], filter: { asOf } }));
    // the one difference: coach mode names a gradebook by its file, the hub by its title
    expect(JSON.stringify(summary).replaceAll(JSON.stringify(published!.title).slice(1, -1), basename(copy))).toBe(JSON.stringify(coach));
  }, 180_000);

  it('the JSON export from the hub is the very file `proficio report --hub URL --format json` writes, says how far it has got, and a Stop makes no file (the school summary stops the same way)', async () => {
    const progress: ReportProgress[] = [];
    const stop = worker.onEvent((event) => event.event === 'reports:progress' && progress.push(event.payload));
    let exported: ReportFile;
    try {
      exported = valueOf<ReportFile>(await app.dispatch('hub:export', { address: hub.url, filter: { asOf }, format: 'json' }));
    } finally {
      stop();
    }
    const out = join(demos.dir, 'hub-report.json');
    const cli = await runCliCaptured('report', '--hub', hub.url, '--as-of', asOf, '--format', 'json', '--out', out);
    expect(cli.code, cli.stderr).toBe(0);
    const fromCli = readFileSync(out, 'utf8');
    expect(JSON.parse(fromCli).classes.length).toBeGreaterThan(0);
    expect(Buffer.from(exported.base64, 'base64').toString('utf8')).toBe(fromCli);
    expect(exported).toMatchObject({ fileName: `school-hub-report-${asOf}.json`, mimeType: 'application/json' });
    expect(progress.some((step) => step.stage === 'reading')).toBe(true);
    expect(progress.at(-1)).toEqual({ stage: 'rendering', done: 1, total: 1 });

    // Stop while it works (the Reports section's Stop: reports:cancel): no file, said as a stop
    const stopping = app.dispatch('hub:export', { address: hub.url, filter: { asOf }, format: 'pdf' });
    expect(await app.dispatch('reports:cancel', {})).toEqual({ ok: true, value: { cancelRequested: true } });
    expect(await stopping).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'cancelled' } } });
    // and the next export runs whole
    expect(await app.dispatch('hub:export', { address: hub.url, filter: { asOf }, format: 'levels' })).toMatchObject({ ok: true });

    // the school summary, which holds the worker a while for a big school, stops the same way; read again, it comes
    const summarising = app.dispatch('hub:summary', { address: hub.url, filter: { asOf } });
    expect(await app.dispatch('reports:cancel', {})).toEqual({ ok: true, value: { cancelRequested: true } });
    expect(await summarising).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'cancelled' } } });
    expect(await app.dispatch('hub:summary', { address: hub.url, filter: { asOf } })).toMatchObject({ ok: true });
  }, 180_000);

  it('a coach’s kept password serves every hub read (the class report and school summary too, not only the class list)', async () => {
    await pg.query('postgres', `CREATE ROLE coach_pw LOGIN PASSWORD 'coach horse' IN ROLE proficio_coach`);
    const hba = join(pg.socketDir, 'data', 'pg_hba.conf');
    writeFileSync(hba, `local all coach_pw scram-sha-256\n${readFileSync(hba, 'utf8')}`);
    await pg.query('postgres', 'SELECT pg_reload_conf()');
    const address = pg.url(hub.database, 'coach_pw');
    const coach = withHubLogins(worker, memoryHubLogins());
    const gradebooks = valueOf<HubGradebook[]>(await coach.dispatch('hub:gradebooks', { address, password: 'coach horse', rememberPassword: true }));
    const [klass] = gradebooks.flatMap((gradebook) => gradebook.classes.map((c) => ({ gradebookId: gradebook.gradebookId, classId: c.classId })));
    expect(klass).toBeDefined();
    // no password typed from here on: main fills in the kept one
    expect(await coach.dispatch('hub:classReport', { address, gradebookId: klass!.gradebookId, filter: { classId: klass!.classId, asOf } })).toMatchObject({ ok: true });
    expect(await coach.dispatch('hub:summary', { address, filter: { asOf } })).toMatchObject({ ok: true });
    expect(await coach.dispatch('hub:export', { address, filter: { asOf }, format: 'json' })).toMatchObject({ ok: true });
  }, 120_000);

  it('a publish stopped midway (hub:cancel) is rolled back: the hub is as it was, and the next publish completes it', async () => {
    const stopHub = await freshHub(pg, 'hub_app_stop');
    // the hub already holds one teacher's gradebook
    const first = valueOf<HubPublished>(await app.dispatch('hub:publish', { address: stopHub.url }));
    expect(first.changedRows).toBeGreaterThan(1000);
    const before = await hubFingerprint(pg, stopHub.database);
    const second = startGradebookWorker();
    try {
      expect((await second.open(demos.copy(made, 'second.proficio'), { create: false })).ok).toBe(true);
      const secondApp = withHubLogins(second, memoryHubLogins());
      expect((await secondApp.dispatch('hub:prepare', {})).ok).toBe(true);
      // Stop once the first rows have gone into the publish's transaction
      let asked: Promise<Result<unknown>> | null = null;
      const seen: HubProgress[] = [];
      const stop = second.onEvent((event) => {
        if (event.event !== 'hub:progress') return;
        seen.push(event.payload);
        asked ??= secondApp.dispatch('hub:cancel', {});
      });
      const stopped = await secondApp.dispatch('hub:publish', { address: stopHub.url });
      stop();
      expect(seen.length).toBeGreaterThan(0);
      expect(await asked).toEqual({ ok: true, value: { cancelRequested: true } });
      expect(stopped).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: expect.stringMatching(/^Stopped: the school hub is as it was before this publish/), details: { reason: 'cancelled' } },
      });
      expect(await hubFingerprint(pg, stopHub.database)).toEqual(before);

      // nothing running: hub:cancel says so; the next publish sends it all, and the hub holds both gradebooks
      expect(await secondApp.dispatch('hub:cancel', {})).toEqual({ ok: true, value: { cancelRequested: false } });
      const completed = valueOf<HubPublished>(await secondApp.dispatch('hub:publish', { address: stopHub.url }));
      expect(completed.changedRows).toBe(first.changedRows);
      const [count] = await pg.query<{ n: number }>(stopHub.database, 'SELECT count(*)::int AS n FROM proficio.gradebooks');
      expect(count?.n).toBe(2);
    } finally {
      await second.stop();
    }
  }, 240_000);
});
