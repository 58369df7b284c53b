import Sqlite from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured as cli } from '../../test/helpers/run-cli-captured.js';

// one demo file for the whole suite: every command here only reads it
const folder = mkdtempSync(join(tmpdir(), 'proficio-cli-'));
let file: string;
let bytes: Buffer;

/** Reads the demo file directly, independently of the code under test. */
function query<T>(sql: string, ...params: unknown[]): T[] {
  const sqlite = new Sqlite(file, { readonly: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

const csvRows = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeAll(async () => {
  file = join(folder, 'school.proficio');
  expect((await cli('demo', '--out', file)).code).toBe(0);
  bytes = readFileSync(file);
});

describe('every capability answers on the command line, reading the file without changing it', () => {
  it('learners: the classes as JSON, and a class roster as CSV with its evidence counts', async () => {
    const classes = await cli('learners', file);
    expect(classes.code).toBe(0);
    const listed = JSON.parse(classes.stdout) as { id: string; code: string; learnerCount: number }[];
    expect(listed.map((c) => c.id).sort()).toEqual(query<{ id: string }>('SELECT id FROM classes').map((r) => r.id).sort());
    const chosen = listed[0]!;
    const roster = await cli('learners', file, '--class', chosen.code);
    expect(roster.code).toBe(0);
    const rows = csvRows(roster.stdout);
    expect(rows).toHaveLength(chosen.learnerCount);
    for (const row of rows.slice(0, 5)) {
      const [counted] = query<{ n: number }>(
        'SELECT count(*) AS n FROM evidence WHERE class_id = ? AND learner_id = ? AND deleted_at IS NULL',
        chosen.id,
        row['learner_id'],
      );
      expect(Number(row['evidence_count'])).toBe(counted!.n);
    }
  });

  it('standards: the frameworks as JSON, a framework in tree order and a class’s tracked standards as CSV', async () => {
    const frameworks = await cli('standards', file);
    expect(frameworks.code).toBe(0);
    const [framework] = JSON.parse(frameworks.stdout) as { id: string; title: string; standardCount: number }[];
    const tree = await cli('standards', file, '--framework', framework!.title);
    expect(tree.code).toBe(0);
    const standards = csvRows(tree.stdout);
    expect(standards).toHaveLength(query('SELECT id FROM standards WHERE framework_id = ?', framework!.id).length);
    // a parent comes before its children, and every parent code names a row of the file
    const seen = new Set<string>();
    for (const row of standards) {
      if (row['parent_code']) expect(seen.has(row['parent_code']), row['code']).toBe(true);
      seen.add(row['code']!);
    }
    const [firstClass] = query<{ id: string; code: string }>('SELECT id, code FROM classes ORDER BY title LIMIT 1');
    const tracked = await cli('standards', file, '--class', firstClass!.code);
    const expected = query<{ id: string }>('SELECT standard_id AS id FROM class_standards WHERE class_id = ? ORDER BY position', firstClass!.id);
    expect(csvRows(tracked.stdout).map((row) => row['standard_id'])).toEqual(expected.map((r) => r.id));
  });

  it('scales: every scale with its levels as JSON', async () => {
    const scales = await cli('scales', file);
    expect(scales.code).toBe(0);
    const parsed = JSON.parse(scales.stdout) as { id: string; levels: { value: number }[] }[];
    expect(parsed.map((s) => [s.id, s.levels.length]).sort()).toEqual(
      query<{ id: string; n: number }>('SELECT scale_id AS id, count(*) AS n FROM scale_levels GROUP BY scale_id').map((r) => [r.id, r.n]).sort(),
    );
  });

  it('names what exists when a class or framework is not found, exit 1', async () => {
    const noClass = await cli('learners', file, '--class', 'Astronomy');
    expect(noClass).toMatchObject({ code: 1, stdout: '' });
    expect(noClass.stderr).toMatch(/no class "Astronomy".*Grade 5/);
    const noFramework = await cli('standards', file, '--framework', 'Latin');
    expect(noFramework.code).toBe(1);
    expect(noFramework.stderr).toMatch(/no framework "Latin"/);
    expect((await cli('standards', file, '--framework', 'x', '--class', 'y')).code).toBe(2);
  });

  it('changed not one byte of the file', () => {
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
