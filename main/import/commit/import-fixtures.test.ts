import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Gradebook } from '../../../db/open.js';
import { snapshotGradebook } from '../../../test/helpers/snapshot.js';
import { useTempGradebook } from '../../../test/helpers/temp-gradebook.js';
import { fixturesDir, hasFixtures, noFixturesReason, splitCsvRecords } from '../../../test/helpers/fixtures-dir.js';
import { commitImport, previewImport, type ImportPreview } from './import-service.js';
import { readImportPath } from './read-import-input.js';

const openGradebook = useTempGradebook();
const fixture = (...parts: string[]) => join(fixturesDir, ...parts);
const count = (gradebook: Gradebook, sql: string, ...params: unknown[]) => Number(gradebook.reader.prepare(sql).pluck().get(...params));

function importFile(gradebook: Gradebook, path: string): { preview: ImportPreview; committed: ReturnType<typeof commitImport> | null } {
  const preview = previewImport(gradebook, readImportPath(path));
  return { preview, committed: preview.canCommit ? commitImport(gradebook, { previewId: preview.previewId }) : null };
}

/** Re-importing the same file must find everything unchanged and write nothing at all. */
function expectSecondImportChangesNothing(gradebook: Gradebook, path: string): void {
  const before = snapshotGradebook(gradebook.path);
  const again = importFile(gradebook, path);
  expect(again.preview.changesNothing).toBe(true);
  for (const [table, counts] of Object.entries(again.preview.summary)) {
    expect(counts.added + counts.updated + counts.retired + counts.deactivated + counts.removed, table).toBe(0);
  }
  expect(again.committed?.importRunId).toBeNull();
  expect(snapshotGradebook(gradebook.path)).toEqual(before);
}

type RawCase = {
  CFDocument: { identifier: string };
  CFItems: { identifier: string }[];
  CFAssociations: { associationType: string; destinationNodeURI: { identifier: string } }[];
};

const caseFiles = hasFixtures
  ? [
      fixture('case-opensalt-ccss-math-2017', 'math_cfs_sample.json'),
      ...readdirSync(fixture('case-opensalt-tests')).map((name) => fixture('case-opensalt-tests', name)),
    ]
  : [];

describe.skipIf(!hasFixtures)(`importing the real fixtures (${noFixturesReason})`, () => {
  it.each(caseFiles)('imports the CASE package %s with counts taken from the raw JSON, and a re-import changes nothing', async (path) => {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as RawCase;
    const items = raw.CFItems.length;
    const precedes = raw.CFAssociations.filter((a) => a.associationType === 'precedes').length;
    const others = raw.CFAssociations.filter((a) => a.associationType !== 'isChildOf' && a.associationType !== 'precedes').length;
    const roots = raw.CFAssociations.filter((a) => a.associationType === 'isChildOf' && a.destinationNodeURI.identifier === raw.CFDocument.identifier).length;
    const gradebook = await openGradebook();
    const { preview, committed } = importFile(gradebook, path);
    expect(preview.kind).toBe('case');
    expect(preview.issueTotals.errors).toBe(0);
    expect(preview.summary['frameworks']).toMatchObject({ added: 1 });
    expect(preview.summary['standards']).toMatchObject({ added: items, updated: 0, retired: 0 });
    expect(preview.summary['prerequisites']).toMatchObject({ added: precedes });
    expect(preview.summary['standard_associations']).toMatchObject({ added: others });
    expect(committed?.importRunId).not.toBeNull();
    const frameworkId = String(gradebook.reader.prepare('SELECT id FROM frameworks WHERE sourced_id = ?').pluck().get(raw.CFDocument.identifier));
    // the result names the framework written, so the app can open it
    expect(committed?.frameworkId).toBe(frameworkId);
    expect(count(gradebook, 'SELECT count(*) FROM standards WHERE framework_id = ?', frameworkId)).toBe(items);
    expect(count(gradebook, 'SELECT count(*) FROM standards WHERE framework_id = ? AND parent_id IS NULL', frameworkId)).toBe(roots);
    expect(count(gradebook, 'SELECT count(*) FROM prerequisites')).toBe(precedes);
    expect(count(gradebook, `SELECT count(*) FROM audit_log WHERE action = 'import'`)).toBe(1);
    expect(count(gradebook, 'SELECT count(*) FROM import_runs')).toBe(1);
    expectSecondImportChangesNothing(gradebook, path);
  });

  it('imports the OpenSALT ELA CSV: one standard per data row, a re-import changes nothing', async () => {
    const path = fixture('ccss-ela-opensalt-csv', 'ccsso_ela_item.csv');
    const rows = splitCsvRecords(readFileSync(path, 'utf8')).length - 1;
    expect(rows).toBe(1189);
    const gradebook = await openGradebook();
    const { preview } = importFile(gradebook, path);
    expect(preview.kind).toBe('case-csv');
    expect(preview.summary['standards']).toMatchObject({ added: rows });
    expect(count(gradebook, 'SELECT count(*) FROM standards')).toBe(rows);
    expectSecondImportChangesNothing(gradebook, path);
  });

  it.each([
    ['coherence-map-atc/data.js', /not a standards or roster file: Proficio does not import \.js files/],
    ['coherence-map-atc/coherence_map_math.json', /not a standards or roster file: the JSON names none of CFDocument/],
  ])('refuses %s (not a format Proficio reads) with a clear error and an unchanged gradebook', async (name, message) => {
    const gradebook = await openGradebook();
    const before = snapshotGradebook(gradebook.path);
    const preview = previewImport(gradebook, readImportPath(fixture(...name.split('/'))));
    expect(preview.canCommit).toBe(false);
    expect(preview.canImportValidRows).toBe(false);
    expect(preview.issueTotals.errors).toBeGreaterThan(0);
    expect(preview.issues[0]?.message).toMatch(message);
    expect(() => commitImport(gradebook, { previewId: preview.previewId })).toThrow(/nothing was imported|no longer available/);
    expect(snapshotGradebook(gradebook.path)).toEqual(before);
  });

  const rosterSets = ['Test_full_data_set', 'Test_minimal_data_set', 'oneroster_test_data'];
  it.each(rosterSets)('imports the OneRoster set %s with counts computed from its CSV files, and a re-import changes nothing', async (set) => {
    const dir = fixture('oneroster-catalyst-moodle', set);
    const table = (name: string): Record<string, string>[] => {
      const [header, ...rows] = splitCsvRecords(readFileSync(join(dir, `${name}.csv`), 'utf8'));
      return rows.map((row) => Object.fromEntries((header ?? []).map((column, index) => [column, row[index] ?? ''])));
    };
    const users = table('users');
    const roleOf = new Map<string, string>();
    if ('role' in (users[0] ?? {})) for (const user of users) roleOf.set(user['sourcedId'] ?? '', user['role'] ?? '');
    else for (const role of table('roles')) if (role['roleType'] === 'primary') roleOf.set(role['userSourcedId'] ?? '', role['role'] ?? '');
    const students = users.filter((u) => roleOf.get(u['sourcedId'] ?? '') === 'student');
    const staff = users.filter((u) => ['teacher', 'aide'].includes(roleOf.get(u['sourcedId'] ?? '') ?? ''));
    const studentIds = new Set(students.map((u) => u['sourcedId']));
    const parents = users.filter((u) => ['parent', 'guardian', 'relative'].includes(roleOf.get(u['sourcedId'] ?? '') ?? ''));
    const linkedParents = parents.filter(
      (p) =>
        (p['agentSourcedIds'] ?? '').split(',').some((agent) => studentIds.has(agent)) ||
        students.some((s) => (s['agentSourcedIds'] ?? '').split(',').includes(p['sourcedId'] ?? '')),
    );
    const enrollments = table('enrollments');
    const classes = table('classes');
    // a class marked tobedeleted that the gradebook never had is not added, nor are its enrollments
    const deleted = new Set(classes.filter((c) => c['status'] === 'tobedeleted').map((c) => c['sourcedId']));
    const placeable = enrollments.filter((e) => {
      if (deleted.has(e['classSourcedId'])) return false;
      const role = roleOf.get(e['userSourcedId'] ?? '');
      return e['role'] === 'student' ? role === 'student' : e['role'] === 'teacher' && (role === 'teacher' || role === 'aide');
    });
    const sessions = table('academicSessions');

    const gradebook = await openGradebook();
    const { preview, committed } = importFile(gradebook, dir);
    expect(preview.kind).toBe('oneroster');
    expect(preview.issueTotals.errors).toBe(0);
    expect(committed).not.toBeNull();
    expect(preview.summary['learners']).toMatchObject({ added: students.length });
    expect(preview.summary['educators']).toMatchObject({ added: staff.length });
    expect(preview.summary['contacts']).toMatchObject({ added: linkedParents.length, skipped: parents.length - linkedParents.length });
    expect(preview.summary['classes']).toMatchObject({ added: classes.length - deleted.size, skipped: deleted.size });
    expect(preview.summary['terms']).toMatchObject({ added: sessions.length });
    expect(preview.summary['enrollments']).toMatchObject({ added: placeable.length, skipped: enrollments.length - placeable.length });
    expect(count(gradebook, 'SELECT count(*) FROM learners')).toBe(students.length);
    expect(count(gradebook, 'SELECT count(*) FROM educators')).toBe(staff.length);
    expect(count(gradebook, 'SELECT count(*) FROM classes')).toBe(classes.length - deleted.size);
    expect(count(gradebook, 'SELECT count(*) FROM enrollments')).toBe(placeable.length);
    // every class needs a school: the org the classes name becomes the one school
    expect(count(gradebook, 'SELECT count(*) FROM schools')).toBe(1);
    if (set === 'oneroster_test_data') expect(count(gradebook, 'SELECT count(*) FROM demographics')).toBe(table('demographics').length);
    // the full set marks one class tobedeleted: never in the gradebook, it is not added (an inactive one is kept, archived)
    const inactive = classes.filter((c) => c['status'] === 'inactive').length;
    expect(count(gradebook, `SELECT count(*) FROM classes WHERE status = 'archived'`)).toBe(inactive);
    expectSecondImportChangesNothing(gradebook, dir);
  });
});
