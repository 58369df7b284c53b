import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGradebook, type Gradebook } from '../../db/open.js';
import type { ClassReport } from '../../preload/contract/reports.js';
import { readOneRoster } from '../import/oneroster/read-oneroster.js';
import { unzipOneRoster } from '../import/oneroster/read-oneroster-source.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { readClassReport } from './class-report.js';
import { oneRosterResults } from './oneroster-results.js';

const dir = mkdtempSync(join(tmpdir(), 'proficio-oneroster-'));
let gradebook: Gradebook;
let reports: ClassReport[];

beforeAll(async () => {
  gradebook = await openGradebook(join(dir, 'demo.proficio'));
  generateDemoGradebook(gradebook.writer, { seed: 3, today: '2026-01-23' });
  const classIds = gradebook.reader.prepare('SELECT id FROM classes ORDER BY title LIMIT 2').pluck().all() as string[];
  reports = classIds.map((classId) => readClassReport(gradebook.reader, { classId, asOf: '2026-01-20' }));
}, 60_000);
afterAll(() => {
  gradebook.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('OneRoster 1.2 results export', () => {
  it('reads back through Proficio’s own OneRoster importer with the same school, term, course, class and learner ids', () => {
    const zip = oneRosterResults(reports, '2026-01-20');
    const files = unzipOneRoster(zip, 'results.zip');
    if (!files.ok) throw new Error(files.issues.map((i) => i.message).join('; '));
    const roster = readOneRoster(files.value);
    if (!roster.ok) throw new Error(roster.issues.map((i) => i.message).join('; '));
    expect(roster.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(roster.value.version).toBe('1.2');
    const stored = (sql: string) => (gradebook.reader.prepare(sql).pluck().all() as string[]).sort();
    expect(roster.value.classes.map((c) => c.sourcedId).sort()).toEqual(reports.map((r) => r.sourcedId).sort());
    expect(roster.value.users.map((u) => u.sourcedId).sort()).toEqual(reports.flatMap((r) => r.learners.map((l) => l.sourcedId)).sort());
    expect(roster.value.orgs.map((o) => o.sourcedId)).toEqual(stored('SELECT sourced_id FROM schools'));
    expect(roster.value.terms.map((t) => t.sourcedId)).toEqual([...new Set(stored('SELECT t.sourced_id FROM classes c JOIN terms t ON t.id = c.term_id'))]);
    expect(roster.value.enrollments).toHaveLength(reports.reduce((n, r) => n + r.learners.length, 0));
  });

  it('one result per learner with a level, the level reached as the score, tied to the standard’s CASE id', () => {
    const members = unzipSync(oneRosterResults(reports, '2026-01-20'));
    const table = (name: string) => Papa.parse<Record<string, string>>(strFromU8(members[name] ?? new Uint8Array()), { header: true, skipEmptyLines: true }).data;
    const results = table('results.csv');
    const objectives = new Map(table('resultLearningObjectiveIds.csv').map((r) => [r['resultSourcedId'], r['learningObjectiveId']]));
    const lineItems = new Map(table('lineItemLearningObjectiveIds.csv').map((r) => [r['lineItemSourcedId'], r['learningObjectiveId']]));
    const expected = reports.flatMap((r) =>
      r.learners.flatMap((l, li) => r.standards.flatMap((s, si) => (r.heatmap[li]?.[si] == null ? [] : [`${r.sourcedId}|${l.sourcedId}|${s.caseId}|${r.heatmap[li]?.[si]}`]))),
    );
    const got = results.map((row) => `${row['classSourcedId']}|${row['studentSourcedId']}|${objectives.get(row['sourcedId'])}|${row['score']}`);
    expect(got.sort()).toEqual(expected.sort());
    expect(results.every((row) => lineItems.get(row['lineItemSourcedId']) === objectives.get(row['sourcedId']) && row['scoreStatus'] === 'fully graded' && row['scoreDate'] === '2026-01-20')).toBe(true);
    expect(lineItems.size).toBe(reports.reduce((n, r) => n + r.standards.length, 0));
  });
});
