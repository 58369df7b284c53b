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

  it('profile: a learner found by part of the name, their standing equal to the class’s mastery CSV, gaps, drivers by author, goals', async () => {
    // a learner whose given name no one else shares, typed in lower case without its accents
    const [unique] = query<{ id: string; given: string }>(
      `SELECT l.id, l.given_name AS given FROM learners l JOIN goals g ON g.learner_id = l.id
       WHERE (SELECT count(*) FROM learners o WHERE instr(lower(o.given_name || ' ' || o.family_name || ' ' || coalesce(o.preferred_name, '')), lower(l.given_name)) > 0) = 1
       ORDER BY l.id LIMIT 1`,
    );
    const typed = unique!.given.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const result = await cli('profile', file, '--learner', typed);
    expect(result.code, result.stderr).toBe(0);
    type Standing = { standardId: string; code: string; level: number | null; mastered: boolean; evidenceCount: number };
    const profile = JSON.parse(result.stdout) as {
      learner: { id: string };
      classId: string;
      academic: Standing[];
      skills: Standing[];
      gaps: { standardId: string; reason: string }[];
      drivers: { author: string; authorName: string }[];
      goals: { progress: number | null; standards: { standardId: string }[] }[];
    };
    expect(profile.learner.id).toBe(unique!.id);
    const mastery = csvRows((await cli('mastery', file, '--class', profile.classId)).stdout).filter((row) => row['learner_id'] === unique!.id);
    for (const standing of [...profile.academic, ...profile.skills]) {
      const cell = mastery[0]?.[standing.code];
      expect(cell === '' ? null : Number(cell), standing.code).toBe(standing.level);
    }
    const byId = new Map(profile.academic.map((a) => [a.standardId, a]));
    for (const gap of profile.gaps) {
      expect(byId.get(gap.standardId)?.mastered).toBe(false);
      expect(gap.reason === 'no_evidence').toBe(byId.get(gap.standardId)?.evidenceCount === 0);
    }
    const [goal] = profile.goals;
    const mastered = goal!.standards.filter((s) => byId.get(s.standardId)?.mastered).length;
    expect(goal!.progress).toBe(mastered / goal!.standards.length);
    expect(profile.drivers.some((d) => d.author === 'learner')).toBe(true);
  });

  it('profile: an ambiguous name is refused listing the matches; an earlier date shows less evidence', async () => {
    const ambiguous = await cli('profile', file, '--learner', 'a');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/"a" matches \d+ learners; give more of the name or an id: .+\(.{36}\)/);
    const [learner] = query<{ id: string; middle: string }>(
      `SELECT learner_id AS id, (SELECT observed_on FROM evidence m WHERE m.learner_id = e.learner_id ORDER BY observed_on LIMIT 1 OFFSET 10) AS middle
       FROM evidence e WHERE deleted_at IS NULL GROUP BY learner_id HAVING count(*) > 20 ORDER BY learner_id LIMIT 1`,
    );
    const count = async (...extra: string[]) => {
      const out = await cli('profile', file, '--learner', learner!.id, ...extra);
      const p = JSON.parse(out.stdout) as { academic: { evidenceCount: number }[]; skills: { evidenceCount: number }[] };
      return [...p.academic, ...p.skills].reduce((sum, s) => sum + s.evidenceCount, 0);
    };
    const [before] = query<{ n: number }>('SELECT count(*) AS n FROM evidence WHERE learner_id = ? AND observed_on <= ? AND deleted_at IS NULL', learner!.id, learner!.middle);
    expect(await count('--as-of', learner!.middle)).toBe(before!.n);
    expect(await count()).toBeGreaterThan(before!.n);
  });

  it('profile --pdf: writes the one-page snapshot to a new file and never overwrites one', async () => {
    const [learner] = query<{ id: string }>('SELECT id FROM learners ORDER BY id LIMIT 1');
    const pdf = join(folder, 'snapshot.pdf');
    const written = await cli('profile', file, '--learner', learner!.id, '--pdf', pdf, '--hide-sensitive');
    expect(written.code, written.stderr).toBe(0);
    expect(JSON.parse(written.stdout)).toEqual({ pdf });
    const bytes = readFileSync(pdf).toString('latin1');
    expect(bytes.startsWith('%PDF-')).toBe(true);
    expect(bytes.match(/\/Type \/Page\b/g)).toHaveLength(1);
    const again = await cli('profile', file, '--learner', learner!.id, '--pdf', pdf);
    expect(again.code).toBe(1);
    expect(readFileSync(pdf).toString('latin1')).toBe(bytes);
  });

  it('readiness: one row per learner × tracked standard; mastered where the mastery CSV says so; blocking prerequisites not mastered', async () => {
    const [klass] = query<{ id: string; code: string }>('SELECT id, code FROM classes ORDER BY title LIMIT 1');
    const result = await cli('readiness', file, '--class', klass!.code);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split(/\r?\n/)[0]).toBe('learner_id,family_name,given_name,standard_code,state,blocking_prerequisites');
    const rows = csvRows(result.stdout);
    const [counts] = query<{ learners: number; standards: number }>(
      `SELECT (SELECT count(*) FROM enrollments WHERE class_id = ? AND role = 'learner' AND status = 'active') AS learners,
              (SELECT count(*) FROM class_standards WHERE class_id = ?) AS standards`,
      klass!.id,
      klass!.id,
    );
    expect(rows).toHaveLength(counts!.learners * counts!.standards);
    const mastery = csvRows((await cli('mastery', file, '--class', klass!.code)).stdout);
    const threshold = 3; // the demo's 1–4 scales are mastered from 3
    const state = new Map(rows.map((r) => [`${r['learner_id']}|${r['standard_code']}`, r['state']]));
    for (const learner of mastery) {
      for (const [code, level] of Object.entries(learner)) {
        if (['learner_id', 'family_name', 'given_name'].includes(code)) continue;
        expect(state.get(`${learner['learner_id']}|${code}`) === 'mastered', code).toBe(level !== '' && Number(level) >= threshold);
      }
    }
    const blocked = rows.filter((r) => r['state'] === 'not_yet_ready');
    expect(blocked.length).toBeGreaterThan(0);
    for (const row of blocked) {
      for (const code of row['blocking_prerequisites']!.split(';')) expect(state.get(`${row['learner_id']}|${code}`)).not.toBe('mastered');
    }
    expect(rows.filter((r) => r['state'] !== 'not_yet_ready').every((r) => r['blocking_prerequisites'] === '')).toBe(true);
  });

  it('changed not one byte of the file', () => {
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
