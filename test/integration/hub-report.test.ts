import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoGradebooks, hubFingerprint, type DemoGradebooks } from '../helpers/hub-test-support.js';
import { startPostgresForTests } from '../helpers/postgres-cluster.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';

/**
 * `proficio report --hub URL` against a real PostgreSQL: two demo gradebooks published to a fresh hub
 * give the same JSON report as coach mode over the two files, number by number. The one documented
 * difference: coach mode names a gradebook by its file, the hub by its title (with the end of its hub
 * id where titles repeat, as the two demos' do) — the test maps one name onto the other, nothing else.
 */
const cluster = await startPostgresForTests();

type Report = { classes: unknown[]; school?: unknown };

describe.skipIf(cluster === null)('the school hub: reports', () => {
  const pg = cluster!;
  let demos: DemoGradebooks;
  let first: string;
  let second: string;
  let url: string;
  const idOf = new Map<string, string>();

  beforeAll(async () => {
    demos = demoGradebooks();
    first = demos.copy(await demos.make(3), 'first.proficio');
    second = demos.copy(await demos.make(4, ['--learners', '40']), 'second.proficio');
    url = pg.url(await pg.createDatabase('hub_report'));
    expect((await runCliCaptured('hub', 'init', '--hub', url)).code).toBe(0);
    for (const file of [first, second]) {
      const published = await runCliCaptured('publish', '--gradebook', file, '--hub', url);
      expect(published.code, published.stderr).toBe(0);
      idOf.set(file, (JSON.parse(published.stdout) as { gradebookId: string }).gradebookId);
    }
  }, 120_000);
  afterAll(() => {
    demos?.remove();
    pg.stop();
  });

  async function report(name: string, ...source: string[]): Promise<Report> {
    const out = join(demos.dir, name);
    const made = await runCliCaptured('report', ...source, '--as-of', '2026-12-01', '--format', 'json', '--out', out);
    expect(made.code, made.stderr).toBe(0);
    return JSON.parse(readFileSync(out, 'utf8')) as Report;
  }

  /** The hub's names for the gradebooks replaced by the file names coach mode uses. */
  function asCoachNames(json: string): string {
    let named = json;
    for (const [file, id] of idOf) named = named.replaceAll(`Juniper Valley Elementary — Grade 5 Math (demo) (…${id.slice(-8)})`, basename(file));
    return named;
  }

  it('two published demo gradebooks give the same JSON report as coach mode over the two files, number by number', async () => {
    // the hub lists gradebooks by title, then id: give coach mode the files in that order
    const files = [first, second].sort((a, b) => (idOf.get(a) ?? '').localeCompare(idOf.get(b) ?? ''));
    const coach = await report('coach.json', ...files.flatMap((file) => ['--gradebook', file]));
    const before = await hubFingerprint(pg, 'hub_report');
    const hub = await report('hub.json', '--hub', url);
    expect(await hubFingerprint(pg, 'hub_report')).toEqual(before); // a report only reads

    expect(coach.classes.length).toBeGreaterThan(2);
    expect(coach.school).toBeDefined();
    const fromHub = JSON.parse(asCoachNames(JSON.stringify(hub))) as Report;
    expect(fromHub.classes).toEqual(coach.classes);
    expect(fromHub.school).toEqual(coach.school);
  });

  it('--class picks one class across the hub and gives that class the numbers coach mode gives it', async () => {
    const coach = await report('coach-one.json', '--gradebook', second);
    const wanted = (coach.classes[0] as { classId: string }).classId;
    const one = await report('hub-one.json', '--hub', url, '--class', wanted);
    expect(one.classes).toEqual([coach.classes[0]]);
    expect(one.school).toBeUndefined();
  });

  it('a class the hub does not hold is named in one sentence, and no file is written', async () => {
    const out = join(demos.dir, 'missing.json');
    const refused = await runCliCaptured('report', '--hub', url, '--class', 'No Such Class', '--format', 'json', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('no class "No Such Class" on the school hub');
    expect(() => readFileSync(out)).toThrow();
  });

  it('evidence deleted in a gradebook and published again drops out of the hub report (tombstoned rows are never read)', async () => {
    const coachBefore = await report('coach-del-before.json', '--gradebook', second);
    const classId = (coachBefore.classes[0] as { classId: string }).classId;
    const Database = (await import('better-sqlite3')).default;
    const sqlite = new Database(second);
    try {
      sqlite.prepare(`UPDATE evidence SET deleted_at = '2026-11-30T12:00:00.000Z' WHERE class_id = ? AND deleted_at IS NULL`).run(classId);
    } finally {
      sqlite.close();
    }
    const published = await runCliCaptured('publish', '--gradebook', second, '--hub', url);
    expect(published.code, published.stderr).toBe(0);
    expect((JSON.parse(published.stdout) as { tombstonedRows: number }).tombstonedRows).toBeGreaterThan(0);
    const coachAfter = await report('coach-del-after.json', '--gradebook', second, '--class', classId);
    const hubAfter = await report('hub-del-after.json', '--hub', url, '--class', classId);
    expect(hubAfter.classes).toEqual(coachAfter.classes);
    expect(hubAfter.classes).not.toEqual([coachBefore.classes[0]]);
  });
});
