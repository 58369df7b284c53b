import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { runCliCaptured as cli } from '../../test/helpers/run-cli-captured.js';

const tempDir = useTempDir();

function counts(file: string): { learners: number; standards: number; evidence: number; names: string[] } {
  const sqlite = new Sqlite(file, { readonly: true });
  try {
    const one = (sql: string) => Number(sqlite.prepare(sql).pluck().get());
    return {
      learners: one('SELECT count(*) FROM learners'),
      standards: one("SELECT count(*) FROM standards WHERE type = 'standard'"),
      evidence: one('SELECT count(*) FROM evidence'),
      names: sqlite.prepare('SELECT given_name || \' \' || family_name FROM learners ORDER BY id').pluck().all() as string[],
    };
  } finally {
    sqlite.close();
  }
}

// each test runs the command line a few times on demo files: seconds each, more on a busy two-core machine
const slow = 120_000;

describe('proficio demo with a seed and sizes', () => {
  it('--learners, --standards and --evidence size the file; the same seed gives the same learners, another seed others', async () => {
    const dir = tempDir();
    const first = join(dir, 'a.proficio');
    const again = join(dir, 'b.proficio');
    const other = join(dir, 'c.proficio');
    expect((await cli('demo', '--out', first, '--seed', '7', '--learners', '40', '--standards', '12', '--evidence', '900')).code).toBe(0);
    expect((await cli('demo', '--out', again, '--seed', '7', '--learners', '40', '--standards', '12', '--evidence', '900')).code).toBe(0);
    expect((await cli('demo', '--out', other, '--seed', '8', '--learners', '40', '--standards', '12', '--evidence', '900')).code).toBe(0);
    const a = counts(first);
    expect(a).toMatchObject({ learners: 40, standards: 12, evidence: 900 });
    expect(counts(again).names).toEqual(a.names);
    expect(counts(other).names).not.toEqual(a.names);
    // not a byte-for-byte claim across files (SQLite pages may differ), but the evidence must match
    const evidence = (file: string) => {
      const sqlite = new Sqlite(file, { readonly: true });
      try {
        const rows = sqlite.prepare('SELECT id, learner_id, standard_id, level, observed_on FROM evidence ORDER BY id').raw(true).all();
        return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
      } finally {
        sqlite.close();
      }
    };
    expect(evidence(again)).toBe(evidence(first));
    expect(readFileSync(first).length).toBeGreaterThan(0);
  }, slow);

  it('a size that is not a whole number is refused in a sentence, and no file is made', async () => {
    const file = join(tempDir(), 'bad.proficio');
    const answer = await cli('demo', '--out', file, '--learners', 'many');
    expect(answer.code).toBe(2);
    expect(answer.stderr).toMatch(/--learners must be a whole number of at least 1, not "many"/);
    expect(() => readFileSync(file)).toThrow();
  }, slow);
});
