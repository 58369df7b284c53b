import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassReport } from '../../preload/contract/reports.js';
import { runCliCaptured as cli } from '../../test/helpers/run-cli-captured.js';

/** `proficio report --term T`: the evidence window becomes the term's dates, read from the file's own terms. */
const dir = mkdtempSync(join(tmpdir(), 'proficio-report-term-'));
const file = join(dir, 'room.proficio');
const asOf = '2026-01-23';

beforeAll(async () => {
  expect((await cli('demo', '--seed', '4', '--out', file)).code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type TermRow = { title: string; sourcedId: string; startsOn: string; endsOn: string; type: string };
function terms(): TermRow[] {
  const sqlite = new Sqlite(file, { readonly: true });
  try {
    return sqlite.prepare('SELECT title, sourced_id AS sourcedId, starts_on AS startsOn, ends_on AS endsOn, type FROM terms ORDER BY starts_on').all() as TermRow[];
  } finally {
    sqlite.close();
  }
}

describe('proficio report --term', () => {
  it('sets every class’s window to the term named by title or by roster sourcedId', async () => {
    const year = terms().find((t) => t.type === 'schoolYear');
    if (!year) throw new Error('the demo has no school year');
    for (const [index, named] of [year.title, year.sourcedId].entries()) {
      const out = join(dir, `term-${index}.json`);
      const answer = await cli('report', '--gradebook', file, '--as-of', asOf, '--term', named, '--format', 'json', '--out', out);
      expect(answer.stderr).toBe('');
      const { classes } = JSON.parse(readFileSync(out, 'utf8')) as { classes: ClassReport[] };
      expect(classes.length).toBeGreaterThan(0);
      for (const klass of classes) expect([klass.from, klass.to]).toEqual([year.startsOn, year.endsOn]);
    }
  }, 120_000);

  it('names the file’s terms when none is called that, and refuses --term with --from', async () => {
    const missing = await cli('report', '--gradebook', file, '--term', 'Summer 1999', '--format', 'json', '--out', join(dir, 'none.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no term "Summer 1999" here');
    for (const term of terms()) expect(missing.stderr).toContain(`"${term.title}"`);
    const both = await cli('report', '--gradebook', file, '--term', 'x', '--from', '2025-09-01', '--format', 'json', '--out', join(dir, 'both.json'));
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/either --term or --from/);
  }, 60_000);
});
