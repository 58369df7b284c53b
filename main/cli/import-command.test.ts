import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openGradebook } from '../../db/open.js';
import { smallOneRoster12 } from '../../test/helpers/small-oneroster.js';
import { fixturesDir, hasFixtures, noFixturesReason } from '../../test/helpers/fixtures-dir.js';
import { writeRosterFolder } from '../../test/helpers/generate-oneroster.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { runCliCaptured } from '../../test/helpers/run-cli-captured.js';

const tempDir = useTempDir();

const cli = runCliCaptured;

async function emptyGradebook(path: string): Promise<void> {
  (await openGradebook(path)).close();
}

const rows = (file: string, table: string) => {
  const sqlite = new Sqlite(file, { readonly: true });
  try {
    return Number(sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get());
  } finally {
    sqlite.close();
  }
};

describe('proficio import', () => {
  it('imports a OneRoster folder, prints the counts as JSON, and a second run changes nothing', async () => {
    const dir = tempDir();
    const folder = writeRosterFolder(join(dir, 'roster'), smallOneRoster12);
    const gradebook = join(dir, 'class.proficio');
    const first = await cli('import', folder, '--gradebook', gradebook);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as { written: boolean; summary: Record<string, { added?: number }> };
    expect(report.written).toBe(true);
    expect(report.summary['learners']?.added).toBe(3);
    expect(rows(gradebook, 'learners')).toBe(3);
    const before = snapshotGradebook(gradebook);
    const second = await cli('import', folder, '--gradebook', gradebook);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ written: false, summary: {} });
    expect(snapshotGradebook(gradebook)).toEqual(before);
  });

  it('--dry-run shows what would change and writes nothing; --teacher narrows to that teacher’s classes', async () => {
    const dir = tempDir();
    const folder = writeRosterFolder(join(dir, 'roster'), smallOneRoster12);
    const gradebook = join(dir, 'dry.proficio');
    await emptyGradebook(gradebook);
    const before = snapshotGradebook(gradebook);
    const dry = await cli('import', folder, '--gradebook', gradebook, '--dry-run', '--teacher', 't2');
    expect(dry.code).toBe(0);
    const report = JSON.parse(dry.stdout) as { written: boolean; dryRun: boolean; summary: Record<string, { added?: number }> };
    expect(report).toMatchObject({ written: false, dryRun: true });
    expect(report.summary['classes']?.added).toBe(1);
    expect(report.summary['learners']?.added).toBe(1);
    expect(snapshotGradebook(gradebook)).toEqual(before);
  });

  it('a file with errors: exit 1, stderr names file, row and column, nothing written; --valid-rows-only imports the rest', async () => {
    const dir = tempDir();
    const broken = { ...smallOneRoster12, 'users.csv': (smallOneRoster12['users.csv'] ?? '').replace('l2,,,true,', 'l2,,,maybe,') };
    const folder = writeRosterFolder(join(dir, 'roster'), broken);
    const gradebook = join(dir, 'err.proficio');
    await emptyGradebook(gradebook);
    const before = snapshotGradebook(gradebook);
    const failed = await cli('import', folder, '--gradebook', gradebook);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/roster\/users\.csv, row 5, column enabledUser: .*found "maybe".*expected/);
    expect(failed.stderr).toMatch(/--valid-rows-only/);
    expect(JSON.parse(failed.stdout)).toMatchObject({ written: false, errors: [{ file: 'roster/users.csv', row: 5, column: 'enabledUser', value: 'maybe' }] });
    expect(snapshotGradebook(gradebook)).toEqual(before);

    const partial = await cli('import', folder, '--gradebook', gradebook, '--valid-rows-only');
    expect(partial.code).toBe(0);
    expect(rows(gradebook, 'learners')).toBe(2);
  });

  it('an unreadable file into a new gradebook: exit 1 and no gradebook file left behind', async () => {
    const dir = tempDir();
    const bad = join(dir, 'notes.txt');
    writeFileSync(bad, 'hello, world\nthis is not a roster\n');
    const gradebook = join(dir, 'new.proficio');
    const result = await cli('import', bad, '--gradebook', gradebook);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/notes\.txt/);
    expect(existsSync(gradebook)).toBe(false);
  });

  it.skipIf(!hasFixtures)(`imports the CCSS math CASE file (${noFixturesReason})`, async () => {
    const gradebook = join(tempDir(), 'math.proficio');
    const result = await cli('import', join(fixturesDir, 'case-opensalt-ccss-math-2017', 'math_cfs_sample.json'), '--gradebook', gradebook);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ kind: 'case', written: true, summary: { standards: { added: 703 } } });
  });
});

describe('proficio import reads only regular files and folders (issue 8, item 1)', () => {
  // Opening a pipe for reading blocks until a writer comes, which never happens here: a CLI that tried would
  // hang until the test's own bound (not a stopwatch, which a busy machine's slow start would trip).
  it('refuses a named pipe, naming it, instead of waiting forever for a writer', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const pipe = join(dir, 'roster.csv');
    execFileSync('mkfifo', [pipe]);
    const result = await cli('import', pipe, '--gradebook', join(dir, 'class.proficio'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(pipe);
    expect(result.stderr).toMatch(/named pipe \(FIFO\).*expected a regular file or a folder of regular files/);
    expect(existsSync(join(dir, 'class.proficio'))).toBe(false);
  });

  it('refuses a device such as /dev/zero before reading a byte of it', async () => {
    const dir = tempDir();
    const result = await cli('import', '/dev/zero', '--gradebook', join(dir, 'class.proficio'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\/dev\/zero: this is a device, which Proficio does not read; expected a regular file or a folder of regular files/);
  });

  it('refuses a OneRoster folder holding a pipe in place of one of its files', async () => {
    const dir = tempDir();
    const folder = writeRosterFolder(join(dir, 'roster'), smallOneRoster12);
    rmSync(join(folder, 'users.csv'));
    execFileSync('mkfifo', [join(folder, 'users.csv')]);
    const result = await cli('import', folder, '--gradebook', join(dir, 'class.proficio'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/users\.csv: this is a named pipe/);
  });
});

describe.skipIf(!hasFixtures)(`proficio import MAP --framework (${noFixturesReason})`, () => {
  // four CLI runs on a 700-standard package: slow on a busy two-core machine, so a longer bound
  it('attaches the Coherence Map to the imported CCSS Math framework; a bad map names its row and writes nothing', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const gradebook = join(dir, 'math.proficio');
    expect((await cli('import', join(fixturesDir, 'case-opensalt-ccss-math-2017', 'math_cfs_sample.json'), '--gradebook', gradebook)).code).toBe(0);
    const sqlite = new Sqlite(gradebook, { readonly: true });
    const framework = String(sqlite.prepare('SELECT title FROM frameworks').pluck().get());
    sqlite.close();
    const map = join(fixturesDir, 'coherence-map-atc', 'coherence_map_math.json');
    const dry = await cli('import', map, '--gradebook', gradebook, '--framework', framework, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    const preview = JSON.parse(dry.stdout) as { added: number; written: boolean };
    expect(preview.written).toBe(false);
    expect(rows(gradebook, 'prerequisites')).toBe(0);
    const done = await cli('import', map, '--gradebook', gradebook, '--framework', framework);
    expect(JSON.parse(done.stdout)).toMatchObject({ added: preview.added, written: true });
    expect(rows(gradebook, 'prerequisites')).toBe(preview.added);

    const bad = join(dir, 'bad-map.csv');
    writeFileSync(bad, 'prerequisite,standard\n4.NF.A.1,5.NF.A.2\n4.NF.A.1,9.ZZ.Z.9\n');
    const before = snapshotGradebook(gradebook);
    const refused = await cli('import', bad, '--gradebook', gradebook, '--framework', framework);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('bad-map.csv, row 3, column standard: no standard in the framework has this code (found "9.ZZ.Z.9")');
    expect(snapshotGradebook(gradebook)).toEqual(before);
    const unknown = await cli('import', bad, '--gradebook', gradebook, '--framework', 'Science');
    expect(unknown.stderr).toContain(`Frameworks: ${framework}`);
  });
});
