import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import Papa from 'papaparse';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGradebook } from '../../db/open.js';
import type { ClassReport, SchoolSummary } from '../../preload/contract/reports.js';
import { runCliCaptured as cli } from '../../test/helpers/run-cli-captured.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';

/**
 * `proficio report` in coach mode: two teachers' demo gradebooks (different seeds) opened read-only
 * together. The files keep every byte; the numbers are checked against SQL on the files themselves.
 */
const dir = mkdtempSync(join(tmpdir(), 'proficio-report-cli-'));
const files = [join(dir, 'room-a.proficio'), join(dir, 'room-b.proficio')];
const asOf = '2026-01-23';

beforeAll(async () => {
  for (const [index, file] of files.entries()) {
    const gradebook = await openGradebook(file);
    generateDemoGradebook(gradebook.writer, { seed: index + 1, today: asOf });
    gradebook.close();
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const folderState = () => readdirSync(dir).sort().map((name) => (name.endsWith('.proficio') ? `${name}:${sha256(join(dir, name))}` : name));

function sql<T>(file: string, text: string, ...params: unknown[]): T[] {
  const sqlite = new Sqlite(file, { readonly: true });
  try {
    return sqlite.prepare(text).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

/**
 * Per standard, the learners the school summary counts are the distinct sourcedIds of the active learners
 * in every class tracking it, over all the files: computed here in SQL, not by the report.
 */
function expectLearnersPerStandard(school: SchoolSummary, gradebooks: readonly string[]): void {
  const byStandard = new Map<string, Set<string>>();
  for (const file of gradebooks) {
    const rows = sql<{ caseId: string; learner: string }>(
      file,
      `SELECT s.sourced_id AS caseId, l.sourced_id AS learner FROM class_standards cs JOIN standards s ON s.id = cs.standard_id
       JOIN enrollments e ON e.class_id = cs.class_id AND e.status = 'active' JOIN learners l ON l.id = e.learner_id`,
    );
    for (const { caseId, learner } of rows) byStandard.set(caseId, (byStandard.get(caseId) ?? new Set()).add(learner));
  }
  expect(Object.fromEntries(school.standards.map((s) => [s.caseId, s.learners]))).toEqual(Object.fromEntries([...byStandard].map(([caseId, learners]) => [caseId, learners.size])));
}

// each test runs the command line a few times on demo files: seconds each, more on a busy two-core machine
const slow = 120_000;

describe('proficio report', () => {
  it('coach mode over two gradebooks writes JSON with each class and a school summary, and never changes either file', async () => {
    const before = folderState();
    const out = join(dir, 'out', 'school.json');
    const missingFolder = await cli('report', '--gradebook', files[0] ?? '', '--gradebook', files[1] ?? '', '--as-of', asOf, '--format', 'json', '--out', out);
    expect(missingFolder.code).toBe(1);
    expect(missingFolder.stderr).toMatch(/the folder .*out does not exist/);
    const json = join(dir, 'school.json');
    const answer = await cli('report', '--gradebook', files[0] ?? '', '--gradebook', files[1] ?? '', '--as-of', asOf, '--format', 'json', '--out', json);
    expect(answer.stderr).toBe('');
    expect(answer.code).toBe(0);
    expect(folderState().filter((name) => name !== 'school.json')).toEqual(before);

    const report = JSON.parse(readFileSync(json, 'utf8')) as { classes: ClassReport[]; school: SchoolSummary };
    expect(report.classes.map((c) => c.code)).toEqual(['MATH5-01', 'MATH5-02', 'MATH5-03', 'MATH5-01', 'MATH5-02', 'MATH5-03']);
    // each class's mastered counts agree with the levels each file stored for the same day
    for (const [index, file] of files.entries()) {
      for (const klass of report.classes.slice(index * 3, index * 3 + 3)) {
        const stored = new Map(
          sql<{ standardId: string; mastered: number }>(
            file,
            `SELECT m.standard_id AS standardId, sum(m.mastered) AS mastered FROM mastery_levels m
             JOIN enrollments e ON e.class_id = m.class_id AND e.learner_id = m.learner_id AND e.status = 'active'
             WHERE m.class_id = ? GROUP BY m.standard_id`,
            klass.classId,
          ).map((r) => [r.standardId, r.mastered]),
        );
        expect(stored.size).toBe(klass.standards.length);
        for (const s of klass.standards) expect(s.masteredCount, `${file} ${klass.code} ${s.code}`).toBe(stored.get(s.standardId));
      }
    }

    // two seeds are two teachers at one school: the standards match across the files by CASE id, the
    // learners and classes are different children and rooms, so nothing conflicts and nothing merges
    const standardIds = sql<{ id: string }>(files[0] ?? '', "SELECT DISTINCT s.sourced_id AS id FROM class_standards cs JOIN standards s ON s.id = cs.standard_id");
    expect(report.school.standards.map((s) => s.caseId).sort()).toEqual(standardIds.map((r) => r.id).sort());
    expect(report.school.standards.every((s) => s.classes === 6)).toBe(true);
    expect(report.school.unmatched.conflicts).toEqual([]);
    expectLearnersPerStandard(report.school, files);
    expect(report.school.classes.map((c) => c.gradebooks)).toEqual([...Array(3).fill(['room-a.proficio']), ...Array(3).fill(['room-b.proficio'])]);
    expect(JSON.parse(answer.stdout)).toMatchObject({ format: 'json', gradebooks: 2, classes: 6, unmatched: { learners: 0, standards: 0, conflicts: 0 } });
  }, slow);

  it('coach mode matches on purpose: a child with one sourcedId and name in two files is one learner, one sourcedId under two names is a conflict, a shared class id is one co-taught class', async () => {
    // a third teacher's small file, then linked to room A the way a school's roster export would link it
    const third = join(dir, 'room-c.proficio');
    const gradebook = await openGradebook(third);
    generateDemoGradebook(gradebook.writer, { seed: 3, classes: 1, learners: 10, standards: 8, evidence: 200, today: asOf });
    gradebook.close();
    type Person = { id: string; sourcedId: string; givenName: string; familyName: string };
    const activeIn = (file: string, where: string) =>
      sql<Person>(file, `SELECT l.id, l.sourced_id AS sourcedId, l.given_name AS givenName, l.family_name AS familyName FROM learners l JOIN enrollments e ON e.learner_id = l.id AND e.status = 'active' JOIN classes c ON c.id = e.class_id WHERE ${where} ORDER BY l.sourced_id`);
    const [sameChild, otherChild] = activeIn(files[0] ?? '', "c.sourced_id = 'demo-class-1'");
    const [linked, misfiled] = activeIn(third, '1 = 1');
    if (!sameChild || !otherChild || !linked || !misfiled) throw new Error('the demo classes have too few learners');
    const fullName = (p: Person) => `${p.givenName} ${p.familyName}`;
    expect(fullName(misfiled)).not.toBe(fullName(otherChild));
    const sqlite = new Sqlite(third);
    try {
      sqlite.prepare('UPDATE learners SET sourced_id = ?, given_name = ?, family_name = ? WHERE id = ?').run(sameChild.sourcedId, sameChild.givenName, sameChild.familyName, linked.id);
      sqlite.prepare('UPDATE learners SET sourced_id = ? WHERE id = ?').run(otherChild.sourcedId, misfiled.id);
      sqlite.prepare("UPDATE classes SET sourced_id = 'demo-class-1'").run();
    } finally {
      sqlite.close();
    }

    const json = join(dir, 'linked.json');
    const answer = await cli('report', '--gradebook', files[0] ?? '', '--gradebook', third, '--as-of', asOf, '--format', 'json', '--out', json);
    expect(answer.stderr).toBe('');
    expect(answer.code).toBe(0);
    const { school } = JSON.parse(readFileSync(json, 'utf8')) as { school: SchoolSummary };
    expect(school.unmatched.conflicts).toEqual([{ kind: 'learner', sourcedId: otherChild.sourcedId, names: [fullName(otherChild), fullName(misfiled)].sort() }]);
    expect(school.unmatched).toMatchObject({ learners: [], standards: [], classes: [] });
    expectLearnersPerStandard(school, [files[0] ?? '', third]);
    const coTaught = school.classes.find((c) => c.sourcedId === 'demo-class-1');
    expect(coTaught?.gradebooks).toEqual(['room-a.proficio', 'room-c.proficio']);
    const inRoom = new Set([...activeIn(files[0] ?? '', "c.sourced_id = 'demo-class-1'"), ...activeIn(third, '1 = 1')].map((p) => p.sourcedId));
    expect(coTaught?.learners).toBe(inRoom.size);
    expect(inRoom.size).toBe(activeIn(files[0] ?? '', "c.sourced_id = 'demo-class-1'").length + activeIn(third, '1 = 1').length - 2);
    expect(school.classes.filter((c) => c !== coTaught).map((c) => c.gradebooks)).toEqual([['room-a.proficio'], ['room-a.proficio']]);
  }, slow);

  it('csv: one tidy table per section in a new folder, each UTF-8 with a BOM, re-read with the numbers of the JSON', async () => {
    const folder = join(dir, 'csv');
    const answer = await cli('report', '--gradebook', files[0] ?? '', '--class', 'MATH5-02', '--as-of', asOf, '--format', 'csv', '--out', folder);
    expect(answer.code).toBe(0);
    const names = readdirSync(folder).sort();
    expect(names).toEqual(['coverage-learners.csv', 'coverage-standards.csv', 'feedback.csv', 'growth.csv', 'learners.csv', 'level-distribution.csv', 'levels.csv', 'report-card.csv', 'standards.csv']);
    const read = (name: string) => {
      const text = readFileSync(join(folder, name), 'utf8');
      expect(text.charCodeAt(0), name).toBe(0xfeff);
      return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    };
    const json = join(dir, 'one.json');
    await cli('report', '--gradebook', files[0] ?? '', '--class', 'MATH5-02', '--as-of', asOf, '--format', 'json', '--out', json);
    const [klass] = (JSON.parse(readFileSync(json, 'utf8')) as { classes: ClassReport[] }).classes;
    const standards = read('standards.csv');
    expect(standards.map((r) => [r['standard_code'], Number(r['mastered'])])).toEqual(klass?.standards.map((s) => [s.code, s.masteredCount]));
    expect(read('levels.csv')).toHaveLength((klass?.learners.length ?? 0) * (klass?.standards.length ?? 0));
    const enrolled = sql<{ n: number }>(files[0] ?? '', "SELECT count(*) AS n FROM enrollments e JOIN classes c ON c.id = e.class_id WHERE c.code = 'MATH5-02' AND e.status = 'active' AND e.learner_id IS NOT NULL")[0]?.n;
    expect(read('learners.csv')).toHaveLength(enrolled ?? -1);
  }, slow);

  it('refuses what it cannot do in a sentence, writing nothing: an unknown class, an existing output, a bad format', async () => {
    const out = join(dir, 'nothing.json');
    const unknown = await cli('report', '--gradebook', files[0] ?? '', '--class', 'Room 99', '--format', 'json', '--out', out);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no class "Room 99"/);
    expect(existsSync(out)).toBe(false);
    const taken = await cli('report', '--gradebook', files[0] ?? '', '--format', 'json', '--out', files[1] ?? '');
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/already exists/);
    const format = await cli('report', '--gradebook', files[0] ?? '', '--format', 'docx', '--out', out);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/--format, one of csv, xlsx, pdf, json, oneroster, levels/);
  }, slow);
});

describe('proficio report exports', () => {
  it('xlsx: re-read with exceljs, the standards and levels sheets hold the JSON report’s numbers cell by cell, headers frozen, levels coloured', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const xlsx = join(dir, 'class.xlsx');
    const json = join(dir, 'class.json');
    for (const [format, out] of [['xlsx', xlsx], ['json', json]] as const) {
      expect((await cli('report', '--gradebook', files[0] ?? '', '--class', 'MATH5-03', '--as-of', asOf, '--format', format, '--out', out)).code).toBe(0);
    }
    const [klass] = (JSON.parse(readFileSync(json, 'utf8')) as { classes: ClassReport[] }).classes;
    if (!klass) throw new Error('no class in the JSON');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Standards', 'Levels by standard', 'Learners', 'Current levels', 'Growth by week', 'Standards with little evidence', 'Learners with no recent evidenc', 'Feedback turnaround', 'Report card']);
    const standards = workbook.getWorksheet('Standards');
    expect(standards?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    for (const [i, s] of klass.standards.entries()) {
      const row = standards?.getRow(i + 2);
      const cells = [3, 4, 7, 8, 9, 10].map((c) => row?.getCell(c).value ?? null);
      expect(cells).toEqual([s.code, s.caseId, klass.learners.length, s.masteredCount, Math.round(s.masteredShare * 10_000) / 10_000, s.evidenceCount]);
    }
    const levels = workbook.getWorksheet('Current levels');
    const colours = new Map(klass.levels.map((l) => [l.value, `FF${l.colour.replace('#', '').toUpperCase()}`]));
    let row = 2;
    for (const [li] of klass.learners.entries()) {
      for (const [si] of klass.standards.entries()) {
        const level = klass.heatmap[li]?.[si] ?? null;
        const cell = levels?.getRow(row++).getCell(7);
        expect(cell?.value ?? null).toBe(level);
        if (level !== null) expect(cell?.fill).toMatchObject({ fgColor: { argb: colours.get(level) } });
      }
    }
  }, slow);

  it('pdf: every page numbered, the class and its date in the header, learner names and levels in the text; pdftoppm draws it', async () => {
    const pdf = join(dir, 'class.pdf');
    expect((await cli('report', '--gradebook', files[0] ?? '', '--class', 'MATH5-01', '--as-of', asOf, '--format', 'pdf', '--out', pdf)).code).toBe(0);
    const { execFileSync } = await import('node:child_process');
    let text: string;
    try {
      text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    } catch {
      console.warn('pdftotext (poppler-utils) is not installed: the PDF text is not checked');
      return;
    }
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, p] of pages.entries()) {
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(p).toContain('Grade 5 Math — Room 12 (MATH5-01)');
      expect(p).toContain(`levels as of ${asOf}`);
    }
    const first = sql<{ name: string }>(files[0] ?? '', "SELECT coalesce(l.preferred_name, l.given_name) || ' ' || l.family_name AS name FROM learners l JOIN enrollments e ON e.learner_id = l.id JOIN classes c ON c.id = e.class_id WHERE c.code = 'MATH5-01' AND e.status = 'active' ORDER BY l.family_name LIMIT 1")[0]?.name;
    expect(text).toContain(first ?? '(no learner)');
    expect(text).toMatch(/1 Beginning\s+2 Developing\s+3 Proficient\s+4 Extending/);
    const png = join(dir, 'page');
    execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '1', pdf, png]);
    expect(readdirSync(dir).some((name) => name.startsWith('page') && name.endsWith('.png'))).toBe(true);
  }, slow);
});
