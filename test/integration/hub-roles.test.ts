import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogin, demoGradebooks, hubFingerprint, type DemoGradebooks } from '../helpers/hub-test-support.js';
import { startPostgresForTests } from '../helpers/postgres-cluster.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';

/**
 * Each gradebook owns its rows on the hub: PostgreSQL itself (roles and row-level security made by
 * `hub init`) refuses a teacher's login any write to another teacher's gradebook, and a coach's login
 * any write at all. The tests speak SQL to the hub directly, as a curious login could.
 */
const cluster = await startPostgresForTests();
const database = 'roles';

describe.skipIf(cluster === null)('the school hub: who may write what', () => {
  const hub = cluster!;
  let demos: DemoGradebooks;
  let gradebookA: string;
  let fileA: string;

  /** Runs SQL on the hub as a login; the client always closes. */
  async function as<T>(user: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ host: hub.socketDir, port: hub.port, user, database });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    demos = demoGradebooks();
    await hub.createDatabase(database);
    expect((await runCliCaptured('hub', 'init', '--hub', hub.url(database))).code).toBe(0);
    await createLogin(hub, 'teacher_a', 'proficio_teacher');
    await createLogin(hub, 'teacher_b', 'proficio_teacher');
    await createLogin(hub, 'coach_c', 'proficio_coach');
    fileA = await demos.make(3, ['--learners', '30']);
    const fileB = await demos.make(4, ['--learners', '30']);
    const publishedA = await runCliCaptured('publish', '--gradebook', fileA, '--hub', hub.url(database, 'teacher_a'));
    expect(publishedA.code, publishedA.stderr).toBe(0);
    gradebookA = (JSON.parse(publishedA.stdout) as { gradebookId: string }).gradebookId;
    const publishedB = await runCliCaptured('publish', '--gradebook', fileB, '--hub', hub.url(database, 'teacher_b'));
    expect(publishedB.code, publishedB.stderr).toBe(0);
  }, 60_000);
  afterAll(() => {
    demos?.remove();
    hub.stop();
  });

  it('a teacher login cannot change, add to or even see another gradebook’s rows: PostgreSQL refuses', async () => {
    const before = await hubFingerprint(hub, database);
    await as('teacher_b', async (client) => {
      // row-level security hides A's rows from B: an update finds nothing to change
      const updated = await client.query(`UPDATE proficio.evidence SET level = 0 WHERE gradebook_id = $1`, [gradebookA]);
      expect(updated.rowCount).toBe(0);
      const seen = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM proficio.evidence WHERE gradebook_id = $1`, [gradebookA]);
      expect(seen.rows[0]?.n).toBe(0);
      // a row added under A's id, or one of B's own moved into A, is refused outright
      await expect(
        client.query(`INSERT INTO proficio.learners (id, given_name, family_name, languages, status, created_at, updated_at, gradebook_id, bucket)
                      VALUES ('intruder', 'In', 'Truder', '[]', 'active', now(), now(), $1, 0)`, [gradebookA]),
      ).rejects.toThrow(/row-level security/);
      await expect(client.query(`UPDATE proficio.learners SET gradebook_id = $1`, [gradebookA])).rejects.toThrow(/row-level security|violates foreign key/);
      // a teacher never deletes: a deletion travels as a tombstone
      await expect(client.query(`DELETE FROM proficio.evidence`)).rejects.toThrow(/permission denied/);
      // nor takes the gradebook over
      await expect(client.query(`UPDATE proficio.gradebooks SET owner = 'teacher_b' WHERE id = $1`, [gradebookA])).resolves.toMatchObject({ rowCount: 0 });
    });
    expect(await hubFingerprint(hub, database)).toEqual(before);
  });

  it('a teacher login cannot publish a copy of another teacher’s gradebook over it', async () => {
    const before = await hubFingerprint(hub, database);
    const copy = demos.copy(fileA, 'copy-of-a.proficio');
    const refused = await runCliCaptured('publish', '--gradebook', copy, '--hub', hub.url(database, 'teacher_b'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("already holds this gradebook under another teacher's login");
    expect(await hubFingerprint(hub, database)).toEqual(before);
  });

  it('a teacher login cannot set up a hub: hub init needs the database’s owner', async () => {
    await hub.createDatabase('not_yet_a_hub');
    const refused = await runCliCaptured('hub', 'init', '--hub', hub.url('not_yet_a_hub', 'teacher_a'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('"hub init" needs the hub\'s owner');
    expect(await hub.query('not_yet_a_hub', `SELECT 1 FROM pg_namespace WHERE nspname = 'proficio'`)).toEqual([]);
  });

  it('a coach login reads every gradebook and cannot write', async () => {
    const before = await hubFingerprint(hub, database);
    await as('coach_c', async (client) => {
      const gradebooks = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM proficio.gradebooks`);
      expect(gradebooks.rows[0]?.n).toBe(2);
      const evidence = await client.query<{ n: number }>(`SELECT count(DISTINCT gradebook_id)::int AS n FROM proficio.evidence`);
      expect(evidence.rows[0]?.n).toBe(2);
      await expect(client.query(`UPDATE proficio.evidence SET level = 0`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`INSERT INTO proficio.gradebooks (id, title) VALUES ('mine', 'Mine')`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`DELETE FROM proficio.learners`)).rejects.toThrow(/permission denied/);
    });
    const published = await runCliCaptured('publish', '--gradebook', demos.copy(fileA, 'coach.proficio'), '--hub', hub.url(database, 'coach_c'));
    expect(published.code).toBe(1);
    expect(published.stderr).toContain("a coach's login only reads");
    expect(await hubFingerprint(hub, database)).toEqual(before);
  });
});
