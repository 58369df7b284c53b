import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGradebook } from '../../db/open.js';
import { runCliCaptured as cli } from '../../test/helpers/run-cli-captured.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';

/** `proficio family-report`: the PDF's text (pdftotext) holds the learner, the day and every label in the family's language. */
const dir = mkdtempSync(join(tmpdir(), 'proficio-family-'));
const file = join(dir, 'demo.proficio');
const today = '2026-01-23';
let learner: { id: string; given: string; family: string };

beforeAll(async () => {
  const gradebook = await openGradebook(file);
  generateDemoGradebook(gradebook.writer, { seed: 4, today });
  learner = gradebook.reader
    .prepare(
      `SELECT l.id, coalesce(l.preferred_name, l.given_name) AS given, l.family_name AS family FROM learners l
       JOIN enrollments e ON e.learner_id = l.id JOIN classes c ON c.id = e.class_id AND c.code = 'MATH5-01'
       WHERE EXISTS (SELECT 1 FROM goals g WHERE g.learner_id = l.id) ORDER BY l.family_name LIMIT 1`,
    )
    .get() as typeof learner;
  gradebook.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(path: string): string | null {
  try {
    return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  } catch {
    console.warn('pdftotext (poppler-utils) is not installed: the PDF text is not checked');
    return null;
  }
}

/** How many of the learner's academic standards reached `level` by the levels the demo stored for its last day. */
function storedAt(level: number): number {
  const sqlite = new Sqlite(file, { readonly: true });
  try {
    return Number(
      sqlite
        .prepare(
          `SELECT count(*) FROM mastery_levels m JOIN classes c ON c.id = m.class_id AND c.code = 'MATH5-01'
           JOIN standards s ON s.id = m.standard_id JOIN frameworks f ON f.id = s.framework_id
           WHERE m.learner_id = ? AND f.scale_id IS NULL AND m.level IS NOT NULL AND CAST(m.level + 1e-9 AS INTEGER) = ?`,
        )
        .pluck()
        .get(learner.id, level),
    );
  } finally {
    sqlite.close();
  }
}

// each test runs the command line a few times on demo files: seconds each, more on a busy two-core machine
const slow = 120_000;

describe('proficio family-report', () => {
  it('in Spanish: every label Spanish, the levels said in words as many times as the stored levels, no standard codes, the file unchanged', async () => {
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');
    const out = join(dir, 'es.pdf');
    const answer = await cli('family-report', file, '--class', 'MATH5-01', '--learner', learner.id, '--lang', 'es', '--as-of', today, '--comment', 'Trabaja con mucho cuidado.', '--out', out);
    expect(answer.stderr).toBe('');
    expect(answer.code).toBe(0);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
    const text = pdfText(out);
    if (text === null) return;
    for (const label of ['Informe de progreso', `${learner.given} ${learner.family}`, `Al ${today}`, 'Clase: Grade 5 Math — Room 12', `Dónde está ${learner.given} ahora`, 'Metas', 'Lo que sigue', 'Una nota del docente', 'Trabaja con mucho cuidado.', 'Página 1 de']) {
      expect(text, label).toContain(label);
    }
    expect(text).not.toMatch(/Progress report|Where .* is now|Goals|Page \d/);
    // the standings and next steps carry no codes (a goal keeps the words its author wrote, codes and all)
    const standings = text.slice(text.indexOf('Dónde está'), text.indexOf('Metas'));
    const next = text.slice(text.indexOf('Lo que sigue'), text.indexOf('Una nota del docente'));
    expect(standings.length).toBeGreaterThan(200);
    expect(standings + next).not.toMatch(/5\.(NF|NBT|OA|MD|G)\./);
    const count = (word: string) => text.split(word).length - 1;
    expect(count('Competente:')).toBe(storedAt(3));
    expect(count('En desarrollo:')).toBe(storedAt(2));
    expect(count('Inicial:')).toBe(storedAt(1));
  }, slow);

  it('in English for the whole class with codes: one page or more per learner, each learner named', async () => {
    const out = join(dir, 'class.pdf');
    const answer = await cli('family-report', file, '--class', 'MATH5-01', '--lang', 'en', '--as-of', today, '--show-codes', '--out', out);
    expect(answer.code).toBe(0);
    const text = pdfText(out);
    if (text === null) return;
    const sqlite = new Sqlite(file, { readonly: true });
    const names = sqlite
      .prepare(`SELECT coalesce(l.preferred_name, l.given_name) || ' ' || l.family_name FROM learners l JOIN enrollments e ON e.learner_id = l.id JOIN classes c ON c.id = e.class_id AND c.code = 'MATH5-01' WHERE e.status = 'active'`)
      .pluck()
      .all() as string[];
    sqlite.close();
    for (const name of names) expect(text).toContain(`Progress report: ${name}`);
    expect(text.split('\f').filter((p) => p.trim() !== '').length).toBeGreaterThanOrEqual(names.length);
    expect(text).toMatch(/5\.NBT\.A\.1 /);
    expect(text).toContain('Proficient: can do this on their own');
  }, slow);

  it('one PDF per learner in a new folder, each naming its learner', async () => {
    const folder = join(dir, 'each');
    const answer = await cli('family-report', file, '--class', 'MATH5-02', '--lang', 'en', '--as-of', today, '--one-per-learner', '--out', folder);
    expect(answer.code).toBe(0);
    const sqlite = new Sqlite(file, { readonly: true });
    const enrolled = Number(sqlite.prepare(`SELECT count(*) FROM enrollments e JOIN classes c ON c.id = e.class_id AND c.code = 'MATH5-02' WHERE e.status = 'active' AND e.learner_id IS NOT NULL`).pluck().get());
    sqlite.close();
    const pdfs = readdirSync(folder);
    expect(pdfs).toHaveLength(enrolled);
    const text = pdfText(join(folder, pdfs[0] ?? ''));
    if (text === null) return;
    expect(text.match(/Progress report: /g)?.length).toBeGreaterThanOrEqual(1);
    expect(new Set(text.match(/Progress report: [^\n]+/g)).size).toBe(1);
  }, slow);

  it('refuses an unknown learner or language in a sentence and writes nothing', async () => {
    const out = join(dir, 'none.pdf');
    const nobody = await cli('family-report', file, '--class', 'MATH5-01', '--learner', 'Zebedee Nobody', '--out', out);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/no learner in Grade 5 Math — Room 12 match "Zebedee Nobody"/);
    const french = await cli('family-report', file, '--class', 'MATH5-01', '--lang', 'fr', '--out', out);
    expect(french.code).toBe(2);
    expect(french.stderr).toMatch(/--lang must be one of en, es, not "fr"/);
    expect(existsSync(out)).toBe(false);
  }, slow);
});
