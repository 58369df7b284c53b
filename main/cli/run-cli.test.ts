import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tableNames } from '../../db/schema.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { runCli } from './run-cli.js';

const tempDir = useTempDir();

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

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

  it('runs as a real process through the bin launcher', async () => {
    const file = join(tempDir(), 'bin.proficio');
    await cli('demo', '--out', file);
    const { stdout } = await promisify(execFile)(process.execPath, ['main/cli/proficio.mjs', 'info', file]);
    expect(JSON.parse(stdout)).toMatchObject({ path: file });
    const failure = await promisify(execFile)(process.execPath, ['main/cli/proficio.mjs', 'info', join(file, 'missing')]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringMatching(/proficio: /) });
  });
});
