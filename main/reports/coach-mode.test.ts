import Sqlite from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClassReport, CoachFile, ReportFile, ReportProgress, SchoolSummary } from '../../preload/contract/reports.js';
import type { Result } from '../../preload/contract/index.js';
import { runCliCaptured as cli } from '../../test/helpers/run-cli-captured.js';
import { startGradebookWorker, type GradebookWorker } from '../worker/client.js';
import { withCoachFiles } from './coach-files.js';

/**
 * Coach mode in the app, through its channels and the real worker: two teachers' demo files (made by
 * `proficio demo --seed N`) chosen by main (here, a list standing in for the dialog), opened read-only,
 * reported on together — the same numbers as `proficio report --gradebook A --gradebook B`, and not a
 * byte of either file changed.
 */
const dir = mkdtempSync(join(tmpdir(), 'proficio-coach-'));
const files = [join(dir, 'room-a.proficio'), join(dir, 'room-b.proficio')] as const;
const asOf = '2026-01-23';
const workers: GradebookWorker[] = [];

beforeAll(async () => {
  for (const [index, file] of files.entries()) expect((await cli('demo', '--seed', String(index + 1), '--out', file)).code).toBe(0);
}, 120_000);
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** Every file in the folder with the checksum of each gradebook: a -wal or -shm appearing would show too. */
const folderState = () => readdirSync(dir).sort().map((name) => (name.endsWith('.proficio') ? `${name}:${sha256(join(dir, name))}` : name));

/** A coach's session: their own (empty) gradebook open, teachers' files "chosen" from `paths()`. */
async function coachSession(paths: () => readonly string[]) {
  const worker = startGradebookWorker();
  workers.push(worker);
  const own = mkdtempSync(join(tmpdir(), 'proficio-coach-own-'));
  expect(await worker.open(join(own, 'coach.proficio'), { create: true })).toMatchObject({ ok: true });
  const coach = withCoachFiles(worker, () => Promise.resolve(paths()));
  const ask = async <T>(channel: string, request: unknown): Promise<T> => {
    const answer = (await coach.dispatch(channel, request)) as Result<T>;
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.code}: ${answer.error.message}`);
    return answer.value;
  };
  return { worker, coach, ask, cleanUp: () => rmSync(own, { recursive: true, force: true }) };
}

const slow = 180_000;

describe('coach mode through the channels', () => {
  it('gives the same JSON numbers as proficio report over the same two files, and leaves both files’ bytes as they were', async () => {
    const before = folderState();
    const { ask, coach, cleanUp } = await coachSession(() => files);
    const chosen = await ask<{ chosen: boolean; files: CoachFile[] }>('reports:chooseFiles', {});
    expect(chosen.chosen).toBe(true);
    expect(chosen.files.map((f) => f.fileName)).toEqual(['room-a.proficio', 'room-b.proficio']);
    expect(chosen.files.map((f) => f.classes.map((c) => c.code))).toEqual([['MATH5-01', 'MATH5-02', 'MATH5-03'], ['MATH5-01', 'MATH5-02', 'MATH5-03']]);
    expect(chosen.files.every((f) => f.terms.length > 0)).toBe(true);
    // each class with its teacher, so two teachers' "Room 12" tell apart
    expect(chosen.files.every((f) => f.classes.every((c) => typeof c.teacher === 'string' && c.teacher !== ''))).toBe(true);
    // the page holds ids, never a path
    expect(JSON.stringify(chosen)).not.toContain(dir);
    const sourceIds = chosen.files.map((f) => f.sourceId);

    const exported = await ask<ReportFile>('reports:coachExport', { sourceIds, filter: { asOf }, format: 'json' });
    expect(exported.fileName).toBe(`school-report-${asOf}.json`);
    const fromApp = JSON.parse(Buffer.from(exported.base64, 'base64').toString('utf8')) as { classes: ClassReport[]; school: SchoolSummary };
    const summary = await ask<SchoolSummary>('reports:coachSummary', { sourceIds, filter: { asOf } });
    const secondFile = chosen.files[1];
    const classOfB = await ask<ClassReport>('reports:coachClassReport', { sourceId: secondFile?.sourceId, filter: { classId: secondFile?.classes[0]?.id, asOf } });

    const out = join(mkdtempSync(join(tmpdir(), 'proficio-coach-out-')), 'school.json');
    const answer = await cli('report', '--gradebook', files[0], '--gradebook', files[1], '--as-of', asOf, '--format', 'json', '--out', out);
    expect(answer.stderr).toBe('');
    const fromCli = JSON.parse(readFileSync(out, 'utf8')) as { classes: ClassReport[]; school: SchoolSummary };
    rmSync(join(out, '..'), { recursive: true, force: true });

    expect(fromApp.classes.length).toBe(6);
    expect(fromApp).toEqual(fromCli);
    expect(summary).toEqual(fromCli.school);
    expect(classOfB).toEqual(fromCli.classes[3]);
    // the school summary names the files as the coach knows them, never by their folder
    expect(summary.gradebooks).toEqual(['room-a.proficio', 'room-b.proficio']);

    expect(await ask('reports:closeFiles', {})).toEqual({ closed: 2 });
    // closed means closed: the ids no longer read anything
    expect(await coach.dispatch('reports:coachSummary', { sourceIds, filter: {} })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    cleanUp();
    expect(folderState()).toEqual(before);
  }, slow);

  it('a coach export says how far it has got and stops when asked, making no file', async () => {
    const { ask, coach, worker, cleanUp } = await coachSession(() => files);
    const { files: chosen } = await ask<{ files: CoachFile[] }>('reports:chooseFiles', {});
    const sourceIds = chosen.map((f) => f.sourceId);
    const heard: ReportProgress[] = [];
    worker.onEvent((event) => {
      if (event.event === 'reports:progress') heard.push(event.payload);
    });
    await ask('reports:coachExport', { sourceIds, filter: { asOf }, format: 'csv' });
    const reading = heard.filter((p) => p.stage === 'reading');
    // one step per class of both files
    expect(reading.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(reading.every((p) => p.total === 6)).toBe(true);
    expect(heard.at(-1)).toEqual({ stage: 'rendering', done: 1, total: 1 });

    const pdf = coach.dispatch('reports:coachExport', { sourceIds, filter: { asOf }, format: 'pdf' });
    // answered at once by the worker client: it must not wait behind the export it stops
    expect(await coach.dispatch('reports:cancel', {})).toEqual({ ok: true, value: { cancelRequested: true } });
    const stopped = await pdf;
    expect(stopped).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'cancelled' } } });
    // an old stop never stops the next export
    expect(await coach.dispatch('reports:coachExport', { sourceIds, filter: { asOf }, format: 'levels' })).toMatchObject({ ok: true });
    cleanUp();
  }, slow);

  it('a new choice closes the files chosen before; a cancelled dialog keeps them; a file that cannot be read opens none', async () => {
    let offered: readonly string[] = [files[0]];
    const { ask, coach, cleanUp } = await coachSession(() => offered);
    const first = await ask<{ files: CoachFile[] }>('reports:chooseFiles', {});
    const firstIds = first.files.map((f) => f.sourceId);

    offered = [];
    expect(await ask('reports:chooseFiles', {})).toEqual({ chosen: false, files: first.files });

    offered = [files[1], join(dir, 'not-there.proficio')];
    const refused = await coach.dispatch('reports:chooseFiles', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/^not-there\.proficio: /) } });
    // the files open before still are
    expect(await coach.dispatch('reports:coachSummary', { sourceIds: firstIds, filter: {} })).toMatchObject({ ok: true });

    offered = [files[1]];
    const second = await ask<{ files: CoachFile[] }>('reports:chooseFiles', {});
    expect(second.files.map((f) => f.fileName)).toEqual(['room-b.proficio']);
    expect(await coach.dispatch('reports:coachSummary', { sourceIds: firstIds, filter: {} })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    // the page can name no file: a path is refused wherever it is put
    expect(await coach.dispatch('reports:chooseFiles', { paths: [files[0]] })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await coach.dispatch('reports:coachSummary', { sourceIds: [files[0]], filter: {} })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    cleanUp();
  }, slow);
});

/**
 * Clusters across files (issue 13 follow-up): a cluster one file's classes track and another's do not.
 * The second file is a small demo (`--standards 8`) whose classes track one cluster only, so 5.MD.C is
 * missing from it; the coach's menu still offers it, and that file's classes report no standards for it.
 */
describe('coach mode after the page reloads', () => {
  it('reports:openFiles answers the files still open, so a reloaded page shows them; none once closed; the new ones after another choice', async () => {
    let offered: readonly string[] = files;
    const { ask, cleanUp } = await coachSession(() => offered);
    expect(await ask('reports:openFiles', {})).toEqual({ files: [] });
    const { files: chosen } = await ask<{ files: CoachFile[] }>('reports:chooseFiles', {});
    // the page reloaded and forgot its ids: main still knows them, and they still read
    const still = await ask<{ files: CoachFile[] }>('reports:openFiles', {});
    expect(still.files).toEqual(chosen);
    expect(await ask<SchoolSummary>('reports:coachSummary', { sourceIds: still.files.map((f) => f.sourceId), filter: { asOf } })).toMatchObject({ gradebooks: ['room-a.proficio', 'room-b.proficio'] });
    offered = [files[1]];
    const { files: next } = await ask<{ files: CoachFile[] }>('reports:chooseFiles', {});
    expect((await ask<{ files: CoachFile[] }>('reports:openFiles', {})).files).toEqual(next);
    await ask('reports:closeFiles', {});
    expect(await ask('reports:openFiles', {})).toEqual({ files: [] });
    cleanUp();
  }, slow);
});

describe('coach mode: a cluster missing from one file', () => {
  const smallDir = mkdtempSync(join(tmpdir(), 'proficio-coach-small-'));
  const small = join(smallDir, 'room-c.proficio');
  const cluster = '5.MD.C';
  beforeAll(async () => {
    expect((await cli('demo', '--seed', '2', '--standards', '8', '--out', small)).code).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(smallDir, { recursive: true, force: true }));

  /** Independently of the report: the cluster's CASE id, and how many standards under it each class tracks. */
  function fromSql(file: string) {
    const db = new Sqlite(file, { readonly: true });
    try {
      const caseId = (db.prepare("select sourced_id as id from standards where code = ? and type = 'cluster'").get(cluster) as { id: string } | undefined)?.id ?? null;
      const tracked = db
        .prepare('select c.code, count(cs.standard_id) as n from classes c left join class_standards cs on cs.class_id = c.id and cs.standard_id in (select s.id from standards s join standards p on p.id = s.parent_id where p.code = ?) group by c.id order by c.code')
        .all(cluster) as { code: string; n: number }[];
      const clusters = (db.prepare("select count(distinct p.id) as n from class_standards cs join standards s on s.id = cs.standard_id join standards p on p.id = s.parent_id where p.type = 'cluster'").get() as { n: number }).n;
      return { caseId, tracked, clusters };
    } finally {
      db.close();
    }
  }

  it('offers every cluster any file tracks, matched by CASE id; the file without it reports no standards for it, in the app and the CLI', async () => {
    const big = fromSql(files[0]);
    const little = fromSql(small);
    expect(big.caseId).not.toBeNull();
    expect(little.caseId).toBeNull();
    expect(little.tracked.every((row) => row.n === 0)).toBe(true);
    expect(big.tracked.every((row) => row.n > 0)).toBe(true);

    const { ask, cleanUp } = await coachSession(() => [files[0], small]);
    const { files: chosen } = await ask<{ files: CoachFile[] }>('reports:chooseFiles', {});
    const keys = (file: CoachFile | undefined) => new Set(file?.classes.flatMap((c) => c.clusters.map((k) => k.key)));
    // each file offers the clusters its classes track, the key being the CASE identifier
    expect(keys(chosen[0]).size).toBe(big.clusters);
    expect(keys(chosen[1]).size).toBe(little.clusters);
    expect(keys(chosen[0]).has(big.caseId ?? '')).toBe(true);
    expect(keys(chosen[1]).has(big.caseId ?? '')).toBe(false);
    const sourceIds = chosen.map((f) => f.sourceId);

    // before the fix the whole summary failed: the second file's classes did not track the cluster
    const filter = { asOf, cluster: big.caseId ?? '' };
    const summary = await ask<SchoolSummary>('reports:coachSummary', { sourceIds, filter });
    const bigTotal = big.tracked.reduce((sum, row) => sum + row.n, 0);
    expect(summary.classes.map((c) => c.standards)).toEqual([...big.tracked.map((row) => row.n), ...little.tracked.map(() => 0)]);
    expect(summary.standards.every((s) => s.code?.startsWith(`${cluster}.`))).toBe(true);
    expect(bigTotal).toBeGreaterThan(0);

    const littleClass = chosen[1]?.classes[0];
    const classReport = await ask<ClassReport>('reports:coachClassReport', { sourceId: chosen[1]?.sourceId, filter: { classId: littleClass?.id, ...filter } });
    expect(classReport.standards).toEqual([]);
    expect(classReport.learners.length).toBeGreaterThan(0);

    // the command line, by the cluster's code: the same classes, the same numbers
    const exported = await ask<ReportFile>('reports:coachExport', { sourceIds, filter, format: 'json' });
    const fromApp = JSON.parse(Buffer.from(exported.base64, 'base64').toString('utf8')) as { classes: ClassReport[]; school: SchoolSummary };
    const outDir = mkdtempSync(join(tmpdir(), 'proficio-coach-out-'));
    const answer = await cli('report', '--gradebook', files[0], '--gradebook', small, '--as-of', asOf, '--cluster', cluster, '--format', 'json', '--out', join(outDir, 'school.json'));
    expect(answer.stderr).toBe('');
    expect(answer.code).toBe(0);
    const fromCli = JSON.parse(readFileSync(join(outDir, 'school.json'), 'utf8')) as { classes: ClassReport[]; school: SchoolSummary };
    expect(fromCli.classes.map((c) => c.standards.length)).toEqual(summary.classes.map((c) => c.standards));
    expect(fromCli.school.standards).toEqual(fromApp.school.standards);
    expect(fromCli.classes.map((c) => c.cluster?.code)).toEqual(fromApp.classes.map(() => cluster));

    // a cluster no file tracks is a mistake, said plainly
    const wrong = await cli('report', '--gradebook', files[0], '--gradebook', small, '--cluster', '9.ZZ.Z', '--format', 'json', '--out', join(outDir, 'wrong.json'));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/No class in these files tracks a standard under the cluster or domain "9\.ZZ\.Z"/);
    rmSync(outDir, { recursive: true, force: true });
    cleanUp();
  }, slow);
});

describe('coach mode: two files of the same name', () => {
  it('labels the second "name (2)" in the files chosen, the app’s school summary and the command line alike', async () => {
    const twin = mkdtempSync(join(tmpdir(), 'proficio-coach-twins-'));
    const same = [join(twin, 'rivera', 'gradebook.proficio'), join(twin, 'okafor', 'gradebook.proficio')] as const;
    for (const [index, path] of same.entries()) {
      mkdirSync(join(path, '..'));
      copyFileSync(index === 0 ? files[0] : files[1], path);
    }
    const { ask, cleanUp } = await coachSession(() => same);
    const { files: chosen } = await ask<{ files: CoachFile[] }>('reports:chooseFiles', {});
    const labels = ['gradebook.proficio', 'gradebook.proficio (2)'];
    expect(chosen.map((f) => f.fileName)).toEqual(labels);
    const summary = await ask<SchoolSummary>('reports:coachSummary', { sourceIds: chosen.map((f) => f.sourceId), filter: { asOf } });
    expect(summary.gradebooks).toEqual(labels);
    // before: the command line named both "gradebook.proficio", so the summary's classes could not tell them apart
    const answer = await cli('report', '--gradebook', same[0], '--gradebook', same[1], '--as-of', asOf, '--format', 'json', '--out', join(twin, 'school.json'));
    expect(answer.stderr).toBe('');
    const fromCli = JSON.parse(readFileSync(join(twin, 'school.json'), 'utf8')) as { school: SchoolSummary };
    expect(fromCli.school.gradebooks).toEqual(labels);
    expect(fromCli.school).toEqual(summary);
    cleanUp();
    rmSync(twin, { recursive: true, force: true });
  }, slow);
});
