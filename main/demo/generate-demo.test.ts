import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GradebookError } from '../../db/errors.js';
import { idPattern } from '../../db/ids.js';
import { openGradebook, type Gradebook } from '../../db/open.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { useTempGradebook } from '../../test/helpers/temp-gradebook.js';
import { generateDemoGradebook, type DemoGradebookOptions, type DemoGradebookSummary } from './generate-demo.js';

const tempDir = useTempDir();
const openTemp = useTempGradebook();

async function demoFile(options: DemoGradebookOptions): Promise<string> {
  const path = join(tempDir(), 'demo.proficio');
  const gradebook = await openGradebook(path);
  try {
    generateDemoGradebook(gradebook.writer, options);
  } finally {
    gradebook.close();
  }
  return path;
}

describe('generateDemoGradebook: determinism', () => {
  it('gives identical files, ids and timestamps included, for the same seed and options', async () => {
    const first = snapshotGradebook(await demoFile({ seed: 42 }));
    const second = snapshotGradebook(await demoFile({ seed: 42 }));
    expect(second).toEqual(first);
    expect(first.tables['evidence']?.rows).toBeGreaterThan(1000);
  });

  it('gives a different gradebook for a different seed', async () => {
    const first = snapshotGradebook(await demoFile({ seed: 42 }));
    const other = snapshotGradebook(await demoFile({ seed: 43 }));
    expect(other.tables['learners']?.sha256).not.toBe(first.tables['learners']?.sha256);
    expect(other.tables['evidence']?.sha256).not.toBe(first.tables['evidence']?.sha256);
  });
});

describe('generateDemoGradebook: the default demo', () => {
  let gradebook: Gradebook;
  let summary: DemoGradebookSummary;
  const today = '2026-01-23';
  const all = <T>(sql: string, ...params: unknown[]): T[] => gradebook.reader.prepare(sql).all(...params) as T[];
  const value = (sql: string, ...params: unknown[]): unknown => gradebook.reader.prepare(sql).pluck().get(...params);

  beforeAll(async () => {
    gradebook = await openGradebook(join(tempDir(), 'default.proficio'));
    summary = generateDemoGradebook(gradebook.writer, { seed: 1 });
    return () => gradebook.close();
  });

  it('has three classes of 24–30 active learners, each with a primary teacher and a decaying-average method', () => {
    const classes = all<{ id: string; title: string; learners: number; teachers: number; mastery_method: string }>(
      `SELECT c.id, c.title, c.mastery_method,
         (SELECT count(*) FROM enrollments e WHERE e.class_id = c.id AND e.role = 'learner' AND e.status = 'active') AS learners,
         (SELECT count(*) FROM enrollments e WHERE e.class_id = c.id AND e.role = 'teacher' AND e.is_primary = 1) AS teachers
       FROM classes c`,
    );
    expect(classes).toHaveLength(3);
    expect(summary.classes).toBe(3);
    for (const schoolClass of classes) {
      expect(schoolClass.learners).toBeGreaterThanOrEqual(24);
      expect(schoolClass.learners).toBeLessThanOrEqual(30);
      expect(schoolClass.teachers).toBe(1);
      expect(schoolClass.title).toMatch(/^Grade 5 Math — Room \d+$/);
      expect(JSON.parse(schoolClass.mastery_method)).toEqual({ kind: 'decaying_average', weight: 0.65 });
    }
    expect(value(`SELECT count(*) FROM educators`)).toBeGreaterThanOrEqual(1);
    expect(value(`SELECT count(*) FROM educators`)).toBeLessThanOrEqual(2);
  });

  it('writes ids shaped like UUIDv7', () => {
    for (const table of ['schools', 'learners', 'standards', 'evidence']) {
      const ids = all<{ id: string }>(`SELECT id FROM ${table} LIMIT 50`).map((row) => row.id);
      for (const id of ids) {
        expect(id).toMatch(idPattern);
        expect(id[14]).toBe('7');
      }
    }
  });

  it('has 20–40 standards in frameworks with domains and clusters, and an acyclic prerequisite graph', () => {
    const standards = Number(value(`SELECT count(*) FROM standards WHERE type = 'standard'`));
    expect(standards).toBeGreaterThanOrEqual(20);
    expect(standards).toBeLessThanOrEqual(40);
    expect(summary.standards).toBe(standards);
    expect(value(`SELECT count(*) FROM standards WHERE type = 'domain'`)).toBe(5);
    expect(value(`SELECT count(*) FROM standards WHERE type = 'cluster'`)).toBeGreaterThan(5);
    expect(value(`SELECT count(*) FROM standards WHERE code = '5.NF.A.1' AND grade_levels = '["05"]'`)).toBe(1);
    expect(value(`SELECT count(*) FROM frameworks WHERE title = 'Proficio Grade 5 Mathematics (demo)'`)).toBe(1);

    const edges = all<{ standard_id: string; prerequisite_id: string }>(`SELECT standard_id, prerequisite_id FROM prerequisites`);
    expect(edges.length).toBeGreaterThan(10);
    expect(hasCycle(edges)).toBe(false);
    const [fractionsEdge] = all(
      `SELECT 1 FROM prerequisites p JOIN standards s ON s.id = p.standard_id JOIN standards q ON q.id = p.prerequisite_id
       WHERE s.code = '5.NF.A.2' AND q.code = '5.NF.A.1'`,
    );
    expect(fractionsEdge).toBeDefined();
  });

  it('has a 1–4 academic scale with threshold 3 on every class, and a learning-skills scale', () => {
    const scales = all<{ id: string; purpose: string; mastery_threshold: number }>(`SELECT id, purpose, mastery_threshold FROM scales ORDER BY purpose`);
    expect(scales.map((scale) => [scale.purpose, scale.mastery_threshold])).toEqual([
      ['academic', 3],
      ['learning_skills', 3],
    ]);
    const academic = scales[0]?.id;
    const levels = all<{ value: number; label: string; short_label: string }>(`SELECT value, label, short_label FROM scale_levels WHERE scale_id = ? ORDER BY value`, academic);
    expect(levels).toEqual([
      { value: 1, label: 'Beginning', short_label: 'B' },
      { value: 2, label: 'Developing', short_label: 'D' },
      { value: 3, label: 'Proficient', short_label: 'P' },
      { value: 4, label: 'Extending', short_label: 'E' },
    ]);
    expect(value(`SELECT count(*) FROM classes WHERE scale_id IS NOT ?`, academic)).toBe(0);
  });

  it('has every class track every standard, in distinct positions', () => {
    const tracked = all<{ n: number; positions: number }>(`SELECT count(*) AS n, count(DISTINCT position) AS positions FROM class_standards GROUP BY class_id`);
    expect(tracked).toHaveLength(3);
    for (const row of tracked) expect(row).toEqual({ n: summary.standards, positions: summary.standards });
  });

  it('has evidence of all three kinds, from inside and outside the classroom, described when from outside', () => {
    expect(all<{ kind: string }>(`SELECT DISTINCT kind FROM evidence ORDER BY kind`).map((row) => row.kind)).toEqual(['as', 'for', 'of']);
    const sources = all<{ source: string }>(`SELECT DISTINCT source FROM evidence`).map((row) => row.source);
    expect(sources).toEqual(expect.arrayContaining(['class', 'self', 'peer', 'family', 'community', 'online']));
    expect(value(`SELECT count(*) FROM evidence WHERE source <> 'class' AND source_description IS NULL`)).toBe(0);
    expect(value(`SELECT count(DISTINCT modality) FROM evidence`)).toBeGreaterThanOrEqual(5);
    expect(value(`SELECT count(DISTINCT kind) FROM assessments`)).toBe(3);
  });

  it('gives feedback on some evidence but not all, 0–7 days after the observation and never after today', () => {
    const total = Number(value(`SELECT count(*) FROM evidence`));
    const withFeedback = Number(value(`SELECT count(*) FROM evidence WHERE feedback IS NOT NULL`));
    expect(withFeedback).toBeGreaterThan(0);
    expect(withFeedback).toBeLessThan(total);
    expect(summary.evidenceAwaitingFeedback).toBeGreaterThan(0);
    const outOfRange = value(
      `SELECT count(*) FROM evidence WHERE feedback IS NOT NULL
       AND (julianday(feedback_on) - julianday(observed_on) NOT BETWEEN 0 AND 7 OR feedback_on > ?)`,
      today,
    );
    expect(outOfRange).toBe(0);
    expect(value(`SELECT count(*) FROM evidence WHERE (feedback IS NULL) <> (feedback_on IS NULL)`)).toBe(0);
  });

  it('has no evidence in the future, and every level on the scale or null', () => {
    expect(value(`SELECT count(*) FROM evidence WHERE observed_on > ? OR substr(recorded_at, 1, 10) > ?`, today, today)).toBe(0);
    expect(value(`SELECT count(*) FROM evidence WHERE level IS NOT NULL AND level NOT IN (1, 2, 3, 4)`)).toBe(0);
    expect(Number(value(`SELECT count(*) FROM evidence WHERE level IS NULL`))).toBeGreaterThan(0);
    expect(value(`SELECT count(*) FROM evidence WHERE substr(recorded_at, 1, 10) < observed_on`)).toBe(0);
  });

  it("records evidence only for learners enrolled in the evidence's class, from the day they joined", () => {
    const strays = value(
      `SELECT count(*) FROM evidence v WHERE NOT EXISTS (
         SELECT 1 FROM enrollments e WHERE e.class_id = v.class_id AND e.learner_id = v.learner_id
           AND e.status = 'active' AND (e.begins_on IS NULL OR e.begins_on <= v.observed_on))`,
    );
    expect(strays).toBe(0);
    expect(Number(value(`SELECT count(*) FROM enrollments WHERE role = 'learner' AND begins_on > (SELECT starts_on FROM terms WHERE type = 'semester')`))).toBeGreaterThanOrEqual(2);
  });

  it('shows growth: in each class the later half of the semester scores higher than the first half', () => {
    const [start] = all<{ starts_on: string }>(`SELECT starts_on FROM terms WHERE type = 'semester'`);
    expect(start?.starts_on).toBe('2025-08-20');
    const middle = new Date((Date.parse(`${start?.starts_on}T00:00:00Z`) + Date.parse(`${today}T00:00:00Z`)) / 2).toISOString().slice(0, 10);
    const halves = all<{ class_id: string; early: number; late: number }>(
      `SELECT class_id, avg(CASE WHEN observed_on < ? THEN level END) AS early, avg(CASE WHEN observed_on >= ? THEN level END) AS late
       FROM evidence GROUP BY class_id`,
      middle,
      middle,
    );
    expect(halves).toHaveLength(3);
    for (const half of halves) expect(half.late).toBeGreaterThan(half.early);
  });

  it('spreads evidence between learners, leaving some with little evidence on some standards', () => {
    const perLearner = all<{ n: number }>(`SELECT count(*) AS n FROM evidence GROUP BY learner_id`).map((row) => row.n);
    expect(Math.max(...perLearner)).toBeGreaterThan(1.5 * Math.min(...perLearner));
    const thin = value(
      `SELECT count(*) FROM (SELECT learner_id, standard_id, count(*) AS n FROM evidence
       WHERE standard_id IN (SELECT id FROM standards WHERE code LIKE '5.NBT.A.%') GROUP BY 1, 2 HAVING n <= 1)`,
    );
    expect(Number(thin)).toBeGreaterThan(0);
  });

  it('has, in each class, exactly one learner who has been away for three weeks or more', () => {
    // the roster flags learners with no evidence in the last 14 days; the demo should show one per class
    const away = all<{ classId: string; n: number }>(
      `SELECT class_id AS classId, count(*) AS n FROM (
         SELECT class_id, learner_id, max(observed_on) AS last FROM evidence GROUP BY class_id, learner_id
       ) WHERE last <= date(?, '-21 days') GROUP BY class_id`,
      today,
    );
    expect(away.map((row) => row.n)).toEqual([1, 1, 1]);
  });

  it('gives learners plausible names, languages, a few preferred names and pronouns, and one or two contacts', () => {
    expect(Number(value(`SELECT count(*) FROM learners WHERE preferred_name IS NOT NULL`))).toBeGreaterThan(0);
    expect(Number(value(`SELECT count(*) FROM learners WHERE pronouns IS NOT NULL`))).toBeGreaterThan(0);
    expect(Number(value(`SELECT count(DISTINCT languages) FROM learners`))).toBeGreaterThan(4);
    const contacts = all<{ n: number }>(`SELECT count(c.id) AS n FROM learners l LEFT JOIN contacts c ON c.learner_id = l.id GROUP BY l.id`);
    expect(contacts.every((row) => row.n >= 1 && row.n <= 2)).toBe(true);
    expect(Number(value(`SELECT count(DISTINCT relationship) FROM contacts`))).toBeGreaterThan(3);
    expect(Number(value(`SELECT count(*) FROM contacts WHERE preferred_language <> 'en'`))).toBeGreaterThan(0);
  });

  it('marks the gradebook as a demo with a title, and writes one audit entry', () => {
    expect(all(`SELECT key, value FROM settings WHERE key IN ('title', 'demo') ORDER BY key`)).toEqual([
      { key: 'demo', value: 'true' },
      { key: 'title', value: 'Juniper Valley Elementary — Grade 5 Math (demo)' },
    ]);
    expect(all(`SELECT action, entity FROM audit_log`)).toEqual([{ action: 'create', entity: 'gradebook' }]);
  });

  it('reports counts that match the file', () => {
    expect(summary).toMatchObject({
      learners: Number(value(`SELECT count(*) FROM learners`)),
      contacts: Number(value(`SELECT count(*) FROM contacts`)),
      assessments: Number(value(`SELECT count(*) FROM assessments`)),
      evidence: Number(value(`SELECT count(*) FROM evidence`)),
      evidenceWithFeedback: Number(value(`SELECT count(*) FROM evidence WHERE feedback IS NOT NULL`)),
      evidenceUnscored: Number(value(`SELECT count(*) FROM evidence WHERE level IS NULL`)),
      prerequisites: Number(value(`SELECT count(*) FROM prerequisites`)),
    });
  });
});

describe('generateDemoGradebook: sizes and refusals', () => {
  it('produces exactly the requested counts at a larger size', async () => {
    const { writer, reader } = await openTemp();
    const summary = generateDemoGradebook(writer, { seed: 5, learners: 200, standards: 100, evidence: 20_000 });
    const count = (sql: string): number => Number(reader.prepare(sql).pluck().get());
    expect(count(`SELECT count(*) FROM learners`)).toBe(200);
    expect(count(`SELECT count(*) FROM standards WHERE type = 'standard'`)).toBe(100);
    expect(count(`SELECT count(*) FROM evidence`)).toBe(20_000);
    expect(summary).toMatchObject({ learners: 200, standards: 100, evidence: 20_000 });
    expect(count(`SELECT count(*) FROM classes`)).toBe(summary.classes);
    const sizes = reader.prepare(`SELECT count(*) FROM enrollments WHERE role = 'learner' GROUP BY class_id`).pluck().all() as number[];
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const edges = reader.prepare(`SELECT standard_id, prerequisite_id FROM prerequisites`).all() as { standard_id: string; prerequisite_id: string }[];
    expect(hasCycle(edges)).toBe(false);
    expect(count(`SELECT count(DISTINCT code) FROM standards`)).toBe(count(`SELECT count(*) FROM standards`));
  });

  it('handles tiny sizes exactly: one class of two learners, three standards, fifty pieces of evidence', async () => {
    const { writer, reader } = await openTemp();
    const summary = generateDemoGradebook(writer, { classes: 1, learnersPerClass: 2, standards: 3, evidence: 50, today: '2025-10-15' });
    expect(summary).toMatchObject({ classes: 1, learners: 2, standards: 3, learningSkills: 0, evidence: 50 });
    expect(reader.prepare(`SELECT count(*) FROM evidence WHERE observed_on > '2025-10-15'`).pluck().get()).toBe(0);
  });

  it('puts the demo in the spring semester when today is in spring', async () => {
    const { writer, reader } = await openTemp();
    generateDemoGradebook(writer, { today: '2026-04-10', learnersPerClass: 5, evidence: 500 });
    expect(reader.prepare(`SELECT title || ' ' || starts_on FROM terms WHERE type = 'semester'`).pluck().get()).toBe('Spring 2026 2026-02-02');
    expect(reader.prepare(`SELECT min(observed_on) >= '2026-02-02' AND max(observed_on) <= '2026-04-10' FROM evidence`).pluck().get()).toBe(1);
  });

  it('refuses a gradebook that already has data, and leaves it unchanged', async () => {
    const path = await demoFile({ seed: 3, learnersPerClass: 4, evidence: 100 });
    const before = snapshotGradebook(path);
    const gradebook = await openGradebook(path);
    try {
      expect(() => generateDemoGradebook(gradebook.writer, { seed: 4 })).toThrow(GradebookError);
    } finally {
      gradebook.close();
    }
    expect(snapshotGradebook(path)).toEqual(before);
  });

  it.each([
    [{ learners: 10, learnersPerClass: 5 } as unknown as DemoGradebookOptions, /either learners or learnersPerClass/],
    [{ today: '2026-02-30' }, /today must be a date/],
    [{ evidence: -1 }, /evidence must be a whole number/],
    [{ learners: 2, classes: 3 }, /cannot fill 3 classes/],
  ])('refuses bad options %j with a clear message', async (options, message) => {
    const { writer, reader } = await openTemp();
    expect(() => generateDemoGradebook(writer, options)).toThrow(message);
    expect(reader.prepare(`SELECT count(*) FROM schools`).pluck().get()).toBe(0);
  });
});

/** Depth-first search for a back edge, written here so the test does not trust the code under test. */
function hasCycle(edges: readonly { standard_id: string; prerequisite_id: string }[]): boolean {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.standard_id, [...(next.get(edge.standard_id) ?? []), edge.prerequisite_id]);
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: string): boolean => {
    if (state.get(node) === 'visiting') return true;
    if (state.get(node) === 'done') return false;
    state.set(node, 'visiting');
    const found = (next.get(node) ?? []).some(visit);
    state.set(node, 'done');
    return found;
  };
  return [...next.keys()].some(visit);
}
