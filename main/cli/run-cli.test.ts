import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tableNames } from '../../db/schema.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { runCliCaptured } from '../../test/helpers/run-cli-captured.js';

const tempDir = useTempDir();

const cli = runCliCaptured;

describe('proficio command line', () => {
  it('demo writes a demo gradebook and info reports counts that match the file', async () => {
    const file = join(tempDir(), 'demo.proficio');
    const demo = await cli('demo', '--out', file);
    expect(demo.code).toBe(0);
    expect(existsSync(file)).toBe(true);

    const info = await cli('info', file);
    expect(info.code).toBe(0);
    const summary = JSON.parse(info.stdout) as { schemaVersion: number; counts: Record<string, number> };
    const sqlite = new Sqlite(file, { readonly: true });
    try {
      expect(summary.schemaVersion).toBe(sqlite.pragma('user_version', { simple: true }));
      for (const table of tableNames) {
        expect(summary.counts[table], table).toBe(sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get());
      }
    } finally {
      sqlite.close();
    }
    expect(summary.counts.learners).toBeGreaterThan(60);
    expect(summary.counts.evidence).toBeGreaterThan(1000);
  });

  it('demo refuses to overwrite an existing file', async () => {
    const file = join(tempDir(), 'taken.proficio');
    await cli('demo', '--out', file);
    const before = snapshotGradebook(file);
    const again = await cli('demo', '--out', file);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(snapshotGradebook(file)).toEqual(before);
  });

  it('info on a missing file or a non-gradebook says so on stderr with a non-zero exit, creating nothing', async () => {
    const dir = tempDir();
    const missing = await cli('info', join(dir, 'nope.proficio'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/There is no gradebook file at .*nope\.proficio.*\[not_found\]/);
    expect(existsSync(join(dir, 'nope.proficio'))).toBe(false);

    writeFileSync(join(dir, 'notes.txt'), 'just some notes '.repeat(100));
    const notGradebook = await cli('info', join(dir, 'notes.txt'));
    expect(notGradebook.code).toBe(1);
    expect(notGradebook.stderr).toMatch(/not a Proficio gradebook/);
  });

  it('rejects unknown commands and options with usage and exit code 2', async () => {
    expect(await cli('export')).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown command "export"/) });
    expect((await cli('demo', '--outt', 'x')).code).toBe(2);
    expect((await cli('info')).code).toBe(2);
  });

  // two real processes that compile the TypeScript sources as they start: slow on a busy machine
  it('runs as a real process through the bin launcher', async () => {
    const file = join(tempDir(), 'bin.proficio');
    await cli('demo', '--out', file);
    const { stdout } = await promisify(execFile)(process.execPath, ['main/cli/proficio.mjs', 'info', file]);
    expect(JSON.parse(stdout)).toMatchObject({ path: file });
    const failure = await promisify(execFile)(process.execPath, ['main/cli/proficio.mjs', 'info', join(file, 'missing')]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringMatching(/proficio: /) });
  }, 120_000);
});

describe('proficio mastery', () => {
  it("prints a class's levels as CSV that match the evidence, by the class's method", async () => {
    const file = join(tempDir(), 'mastery.proficio');
    await cli('demo', '--out', file);
    const sqlite = new Sqlite(file, { readonly: true });
    const klass = sqlite.prepare(`SELECT id, code, mastery_method AS method FROM classes ORDER BY title LIMIT 1`).get() as {
      id: string;
      code: string;
      method: string;
    };
    const codes = sqlite
      .prepare(`SELECT s.code FROM class_standards cs JOIN standards s ON s.id = cs.standard_id WHERE cs.class_id = ? ORDER BY cs.position`)
      .pluck()
      .all(klass.id) as string[];
    const learners = sqlite
      .prepare(
        `SELECT l.id FROM enrollments e JOIN learners l ON l.id = e.learner_id WHERE e.class_id = ? AND e.status = 'active' ORDER BY l.family_name, l.given_name`,
      )
      .pluck()
      .all(klass.id) as string[];
    const firstLearnerLevels = sqlite
      .prepare(
        `SELECT level FROM evidence WHERE class_id = ? AND learner_id = ? AND standard_id = (SELECT id FROM standards WHERE code = ?)
         AND deleted_at IS NULL AND level IS NOT NULL ORDER BY observed_on, recorded_at, rowid`,
      )
      .pluck()
      .all(klass.id, learners[0], codes[0]) as number[];
    sqlite.close();

    const bytes = readFileSync(file);
    const beside = readdirSync(dirname(file));
    const result = await cli('mastery', file, '--class', klass.code);
    expect(result.code).toBe(0);
    const info = await cli('info', file);
    expect(info.code).toBe(0);
    // reading commands open the file read-only: not one byte changes, nothing appears beside it
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(dirname(file))).toEqual(beside);
    const lines = result.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(['learner_id', 'family_name', 'given_name', ...codes].join(','));
    expect(lines).toHaveLength(learners.length + 1);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(learners);
    // the class's method is a decaying average; recompute the first cell by hand
    const { weight } = JSON.parse(klass.method) as { weight: number };
    let d = firstLearnerLevels[0]!;
    for (const level of firstLearnerLevels.slice(1)) d = (1 - weight) * d + weight * level;
    expect(Number(lines[1]!.split(',')[3])).toBeCloseTo(d, 2);
  });

  it('names the classes when the one asked for does not exist', async () => {
    const file = join(tempDir(), 'mastery.proficio');
    await cli('demo', '--out', file);
    const result = await cli('mastery', file, '--class', 'Astronomy');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no class "Astronomy".*Grade 5 Math/);
  });
});
