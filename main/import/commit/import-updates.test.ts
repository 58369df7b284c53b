import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../db/ids.js';
import type { Gradebook } from '../../../db/open.js';
import { snapshotGradebook } from '../../../test/helpers/snapshot.js';
import { useTempGradebook } from '../../../test/helpers/temp-gradebook.js';
import { fixturesDir, hasFixtures, noFixturesReason } from '../../../test/helpers/fixtures-dir.js';
import { smallOneRosterFiles } from '../../../test/helpers/small-oneroster.js';
import { commitImport, previewImport } from './import-service.js';
import { readImportBytes, readImportFiles } from './read-import-input.js';

const openGradebook = useTempGradebook();
const now = '2026-01-10T09:00:00.000Z';

type Item = { identifier: string; fullStatement: string; humanCodingScheme?: string };
type Association = { identifier: string; associationType: string; originNodeURI: { identifier: string }; destinationNodeURI: { identifier: string } };
type Package = { CFDocument: { identifier: string }; CFItems: Item[]; CFAssociations: Association[] };

function importJson(gradebook: Gradebook, json: unknown) {
  const preview = previewImport(gradebook, readImportBytes('framework.json', new TextEncoder().encode(JSON.stringify(json))));
  expect(preview.issueTotals.errors, preview.issues[0]?.message).toBe(0);
  return { preview, committed: commitImport(gradebook, { previewId: preview.previewId }) };
}

function rosterFiles(overrides: Record<string, string | null> = {}) {
  return [...smallOneRosterFiles(overrides)].map(([name, bytes]) => ({ name: `roster/${name}`, bytes }));
}

/** A OneRoster 1.2 delta set that changes one user row of the small roster (learner l3). */
async function deltaForLearnerL3(userRow: string) {
  // only users and roles change; the other files are absent from the delta (a listed file must be there)
  const manifest =
    (await import('../../../test/helpers/small-oneroster.js')).smallOneRoster12['manifest.csv']
      ?.replace(/,bulk/g, ',absent')
      .replace(/file\.(users|roles),absent/g, 'file.$1,delta') ?? '';
  const users = [usersHeader, userRow].join('\r\n');
  const roles = ['sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId', 'r5,active,2025-01-02T00:00:00.000Z,l3,primary,student,,,s1,'].join('\r\n');
  return readImportFiles([
    { name: 'delta/manifest.csv', bytes: new TextEncoder().encode(manifest) },
    { name: 'delta/users.csv', bytes: new TextEncoder().encode(users) },
    { name: 'delta/roles.csv', bytes: new TextEncoder().encode(roles) },
  ]);
}

const usersHeader =
  'sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns';

describe.skipIf(!hasFixtures)(`a newer framework version (${noFixturesReason})`, () => {
  it('updates statements and order in place, retires a dropped item, adds a new one, and keeps evidence on the same row', async () => {
    const original = JSON.parse(readFileSync(join(fixturesDir, 'case-opensalt-tests', 'Ordering.json'), 'utf8')) as Package;
    const gradebook = await openGradebook();
    importJson(gradebook, original);
    const rowId = (sourced: string) => String(gradebook.reader.prepare('SELECT id FROM standards WHERE sourced_id = ?').pluck().get(sourced));

    // evidence on a standard the new version rewords
    const reworded = original.CFItems[3] as Item;
    const standardId = rowId(reworded.identifier);
    const run = (sql: string, ...params: unknown[]) => gradebook.writer.prepare(sql).run(...params);
    const [school, klass, learner, evidence] = [newId(), newId(), newId(), newId()];
    run(`INSERT INTO schools (id, name, created_at, updated_at) VALUES (?, 'S', ?, ?)`, school, now, now);
    run(`INSERT INTO classes (id, school_id, title, created_at, updated_at) VALUES (?, ?, 'C', ?, ?)`, klass, school, now, now);
    run(`INSERT INTO learners (id, given_name, family_name, created_at, updated_at) VALUES (?, 'A', 'B', ?, ?)`, learner, now, now);
    run(`INSERT INTO evidence (id, class_id, learner_id, standard_id, level, observed_on, kind, recorded_at) VALUES (?, ?, ?, ?, 3, '2026-01-09', 'for', ?)`, evidence, klass, learner, standardId, now);

    const next = structuredClone(original);
    const leaves = next.CFItems.filter((item) => !next.CFAssociations.some((a) => a.associationType === 'isChildOf' && a.destinationNodeURI.identifier === item.identifier));
    const dropped = leaves[0] as Item;
    next.CFItems = next.CFItems.filter((item) => item !== dropped);
    next.CFAssociations = next.CFAssociations.filter((a) => a.originNodeURI.identifier !== dropped.identifier);
    (next.CFItems.find((item) => item.identifier === reworded.identifier) as Item).fullStatement = 'A clearer statement.';
    (next.CFItems.find((item) => item.identifier === (original.CFItems[5] as Item).identifier) as Item).fullStatement = 'Another clearer statement.';
    const added: Item = { ...(original.CFItems[1] as Item), identifier: 'a7f0c7f4-0000-4000-8000-000000000001', fullStatement: 'Brand new.', humanCodingScheme: 'NEW.1' };
    next.CFItems.push(added);
    // a new top-level item: a copy of a real association with the new item as its origin
    const topLevel = original.CFAssociations.find((a) => a.destinationNodeURI.identifier === original.CFDocument.identifier) as Association;
    next.CFAssociations.push({
      ...topLevel,
      identifier: 'a7f0c7f4-0000-4000-8000-000000000002',
      originNodeURI: { ...topLevel.originNodeURI, identifier: added.identifier },
    });
    const { preview } = importJson(gradebook, next);
    expect(preview.summary['standards']?.added).toBe(1);
    expect(preview.summary['standards']?.retired).toBe(1);
    expect(preview.summary['standards']?.updated).toBeGreaterThanOrEqual(2);
    expect(gradebook.reader.prepare('SELECT statement FROM standards WHERE id = ?').pluck().get(standardId)).toBe('A clearer statement.');
    expect(gradebook.reader.prepare('SELECT standard_id FROM evidence WHERE id = ?').pluck().get(evidence)).toBe(standardId);
    expect(gradebook.reader.prepare('SELECT retired_at IS NOT NULL FROM standards WHERE sourced_id = ?').pluck().get(dropped.identifier)).toBe(1);
    expect(gradebook.reader.prepare('SELECT count(*) FROM standards').pluck().get()).toBe(original.CFItems.length + 1);
  });

  it('syncs precedes edges: removed framework edges go, edges a teacher drew stay', async () => {
    const base = JSON.parse(readFileSync(join(fixturesDir, 'case-opensalt-tests', 'Ordering.json'), 'utf8')) as Package;
    const [a, b, c] = base.CFItems.slice(1, 4) as [Item, Item, Item];
    const edge = (id: string, from: Item, to: Item) => ({
      ...(base.CFAssociations[0] as Association),
      identifier: id,
      associationType: 'precedes',
      originNodeURI: { identifier: from.identifier, uri: 'x', title: 'x' },
      destinationNodeURI: { identifier: to.identifier, uri: 'x', title: 'x' },
    });
    const gradebook = await openGradebook();
    importJson(gradebook, { ...base, CFAssociations: [...base.CFAssociations, edge('e0000000-0000-4000-8000-000000000001', a, b), edge('e0000000-0000-4000-8000-000000000002', b, c)] });
    expect(gradebook.reader.prepare(`SELECT count(*) FROM prerequisites WHERE origin = 'framework'`).pluck().get()).toBe(2);
    const id = (item: Item) => String(gradebook.reader.prepare('SELECT id FROM standards WHERE sourced_id = ?').pluck().get(item.identifier));
    gradebook.writer.prepare(`INSERT INTO prerequisites (id, standard_id, prerequisite_id, origin, created_at) VALUES (?, ?, ?, 'educator', ?)`).run(newId(), id(c), id(a), now);
    const { preview } = importJson(gradebook, { ...base, CFAssociations: [...base.CFAssociations, edge('e0000000-0000-4000-8000-000000000001', a, b)] });
    expect(preview.summary['prerequisites']).toMatchObject({ removed: 1, unchanged: 1 });
    expect(gradebook.reader.prepare(`SELECT origin, count(*) AS n FROM prerequisites GROUP BY origin ORDER BY origin`).all()).toEqual([
      { origin: 'educator', n: 1 },
      { origin: 'framework', n: 1 },
    ]);
  });
});

describe('roster updates', () => {
  it('a bulk enrollments file is everything for its classes: a learner left out is made inactive, never deleted', async () => {
    const gradebook = await openGradebook();
    const first = previewImport(gradebook, readImportFiles(rosterFiles()));
    expect(first.canCommit).toBe(true);
    commitImport(gradebook, { previewId: first.previewId });
    expect(gradebook.reader.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(1);
    // l2 (row e3) is no longer in the file
    const enrollments = ['sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate', 'e1,,,k1,s1,t1,teacher,true,2024-08-26,', 'e2,,,k1,s1,l1,student,false,2024-08-26,', 'e4,,,k2,s1,t2,teacher,true,,', 'e5,,,k2,s1,l3,student,false,,'].join('\r\n');
    const second = previewImport(gradebook, readImportFiles(rosterFiles({ 'enrollments.csv': enrollments })));
    expect(second.summary['enrollments']).toMatchObject({ deactivated: 1, unchanged: 4 });
    commitImport(gradebook, { previewId: second.previewId });
    expect(gradebook.reader.prepare(`SELECT e.status FROM enrollments e JOIN learners l ON l.id = e.learner_id WHERE l.sourced_id = 'l2'`).pluck().get()).toBe('inactive');
    expect(gradebook.reader.prepare('SELECT count(*) FROM learners').pluck().get()).toBe(3);
  });

  it('a delta file applies tobedeleted: the learner becomes inactive', async () => {
    const gradebook = await openGradebook();
    commitImport(gradebook, { previewId: previewImport(gradebook, readImportFiles(rosterFiles())).previewId });
    const files = await deltaForLearnerL3('l3,tobedeleted,2025-01-02T00:00:00.000Z,true,ewong,{SIS:1003},Emi,Wong,,1003,,,,,05,,,,,,,s1,');
    const preview = previewImport(gradebook, files);
    expect(preview.issueTotals.errors, preview.issues[0]?.message).toBe(0);
    expect(preview.summary['learners']).toMatchObject({ deactivated: 1 });
    commitImport(gradebook, { previewId: preview.previewId });
    expect(gradebook.reader.prepare(`SELECT status FROM learners WHERE sourced_id = 'l3'`).pluck().get()).toBe('inactive');
    expect(gradebook.reader.prepare(`SELECT status FROM learners WHERE sourced_id = 'l1'`).pluck().get()).toBe('active');
  });

  it('a bulk classes file archives a class the source no longer lists, unless only some classes were chosen', async () => {
    const gradebook = await openGradebook();
    commitImport(gradebook, { previewId: previewImport(gradebook, readImportFiles(rosterFiles())).previewId });
    const small = (await import('../../../test/helpers/small-oneroster.js')).smallOneRoster12;
    const withoutK2 = {
      'classes.csv': (small['classes.csv'] ?? '').split('\r\n').filter((line) => !line.startsWith('k2,')).join('\r\n'),
      'enrollments.csv': (small['enrollments.csv'] ?? '').split('\r\n').filter((line) => !line.includes(',k2,')).join('\r\n'),
    };
    const status = (sourced: string) => gradebook.reader.prepare('SELECT status FROM classes WHERE sourced_id = ?').pluck().get(sourced);

    // a teacher importing only their own class from the same export archives nothing
    const chosen = previewImport(gradebook, readImportFiles(rosterFiles(withoutK2)), { classSourcedIds: ['k1'] });
    expect(chosen.summary['classes']).toMatchObject({ deactivated: 0 });

    const whole = previewImport(gradebook, readImportFiles(rosterFiles(withoutK2)));
    expect(whole.issueTotals.errors, whole.issues[0]?.message).toBe(0);
    expect(whole.summary['classes']).toMatchObject({ deactivated: 1, unchanged: 1 });
    commitImport(gradebook, { previewId: whole.previewId });
    expect(status('k2')).toBe('archived');
    expect(status('k1')).toBe('active');
  });

  it('a bulk users file makes a learner it no longer lists inactive, never deleted, unless only some classes were chosen', async () => {
    const gradebook = await openGradebook();
    commitImport(gradebook, { previewId: previewImport(gradebook, readImportFiles(rosterFiles())).previewId });
    const small = (await import('../../../test/helpers/small-oneroster.js')).smallOneRoster12;
    const withoutL3 = {
      'users.csv': (small['users.csv'] ?? '').split('\r\n').filter((line) => !line.startsWith('l3,')).join('\r\n'),
      'roles.csv': (small['roles.csv'] ?? '').split('\r\n').filter((line) => !line.includes(',l3,')).join('\r\n'),
      'enrollments.csv': (small['enrollments.csv'] ?? '').split('\r\n').filter((line) => !line.includes(',l3,')).join('\r\n'),
    };
    const status = (sourced: string) => gradebook.reader.prepare('SELECT status FROM learners WHERE sourced_id = ?').pluck().get(sourced);
    // a learner of another school in the same gradebook, whom this file does not know about
    const run = (sql: string, ...params: unknown[]) => gradebook.writer.prepare(sql).run(...params);
    const [school, klass, other] = [newId(), newId(), newId()];
    run(`INSERT INTO schools (id, sourced_id, name, created_at, updated_at) VALUES (?, 'hill', 'Hill School', ?, ?)`, school, now, now);
    run(`INSERT INTO classes (id, sourced_id, school_id, title, created_at, updated_at) VALUES (?, 'hill-5', ?, 'Hill 5', ?, ?)`, klass, school, now, now);
    run(`INSERT INTO learners (id, sourced_id, given_name, family_name, created_at, updated_at) VALUES (?, 'hill-l1', 'Ines', 'Duarte', ?, ?)`, other, now, now);
    run(`INSERT INTO enrollments (id, class_id, learner_id, role, created_at, updated_at) VALUES (?, ?, ?, 'learner', ?, ?)`, newId(), klass, other, now, now);

    const chosen = previewImport(gradebook, readImportFiles(rosterFiles(withoutL3)), { classSourcedIds: ['k1'] });
    expect(chosen.summary['learners']).toMatchObject({ deactivated: 0 });

    const whole = previewImport(gradebook, readImportFiles(rosterFiles(withoutL3)));
    expect(whole.issueTotals.errors, whole.issues[0]?.message).toBe(0);
    expect(whole.summary['learners']).toMatchObject({ deactivated: 1 });
    commitImport(gradebook, { previewId: whole.previewId });
    expect(status('l3')).toBe('inactive');
    expect(status('l1')).toBe('active');
    expect(status('hill-l1')).toBe('active');
    expect(gradebook.reader.prepare('SELECT count(*) FROM learners').pluck().get()).toBe(4);
  });

  it('an enrollment id the source reuses for a person already enrolled in that class is skipped and said, not a crash', async () => {
    const gradebook = await openGradebook();
    commitImport(gradebook, { previewId: previewImport(gradebook, readImportFiles(rosterFiles())).previewId });
    const small = (await import('../../../test/helpers/small-oneroster.js')).smallOneRoster12;
    // e4 was Binh teaching 5M-B; now it names Emi, who is enrolled there already as e5
    const enrollments = (small['enrollments.csv'] ?? '')
      .split('\r\n')
      .filter((line) => !line.startsWith('e5,'))
      .map((line) => (line.startsWith('e4,') ? 'e4,,,k2,s1,l3,student,false,,' : line))
      .join('\r\n');
    const preview = previewImport(gradebook, readImportFiles(rosterFiles({ 'enrollments.csv': enrollments })));
    expect(preview.issueTotals.errors, preview.issues[0]?.message).toBe(0);
    expect(preview.issues.find((issue) => issue.column === 'sourcedId' && issue.value === 'e4')?.message).toMatch(/already enrolled in this class under another enrollment/);
    expect(preview.summary['enrollments']).toMatchObject({ skipped: 1 });
    commitImport(gradebook, { previewId: preview.previewId });
    const learnerEnrollments = gradebook.reader
      .prepare(`SELECT e.sourced_id, e.status FROM enrollments e JOIN learners l ON l.id = e.learner_id WHERE l.sourced_id = 'l3'`)
      .all();
    // Emi stays enrolled, under the enrollment the gradebook already had
    expect(learnerEnrollments).toEqual([{ sourced_id: 'e5', status: 'active' }]);
  });

  it('a delta row older than the gradebook\'s copy never overwrites it; a newer one does', async () => {
    const gradebook = await openGradebook();
    commitImport(gradebook, { previewId: previewImport(gradebook, readImportFiles(rosterFiles())).previewId });
    const delta = async (modified: string, givenName: string) => {
      const preview = previewImport(gradebook, await deltaForLearnerL3(`l3,active,${modified},true,ewong,{SIS:1003},${givenName},Wong,,1003,,,,,05,,,,,,,s1,`));
      expect(preview.issueTotals.errors, preview.issues[0]?.message).toBe(0);
      commitImport(gradebook, { previewId: preview.previewId });
      return preview;
    };
    const name = () => gradebook.reader.prepare(`SELECT given_name FROM learners WHERE sourced_id = 'l3'`).pluck().get();

    expect((await delta('2026-03-10T08:00:00Z', 'Emiko')).summary['learners']).toMatchObject({ updated: 1 });
    expect(name()).toBe('Emiko');
    // a file exported earlier but imported later: skipped, and the preview says why
    const late = await delta('2026-02-01T08:00:00Z', 'Emi');
    expect(late.summary['learners']).toMatchObject({ skipped: 1, updated: 0 });
    expect(late.issues.find((issue) => issue.column === 'dateLastModified')).toMatchObject({
      severity: 'warning',
      file: 'delta/users.csv',
      value: '2026-02-01T08:00:00.000Z',
    });
    expect(name()).toBe('Emiko');
    expect((await delta('2026-04-01T08:00:00Z', 'Emi')).summary['learners']).toMatchObject({ updated: 1 });
    expect(name()).toBe('Emi');
  });

  it('a roster with a row error commits nothing, unless the user chooses the valid rows; then the bad row and its dependents are skipped and listed', async () => {
    const gradebook = await openGradebook();
    const broken = smallOneRosterFiles();
    const classes = new TextDecoder().decode(broken.get('classes.csv')).replace('k2,,,5M-B,05,c5m,5MB,scheduled', 'k2,,,5M-B,05,c5m,5MB,lecture');
    const preview = previewImport(gradebook, readImportFiles(rosterFiles({ 'classes.csv': classes })));
    expect(preview.canCommit).toBe(false);
    expect(preview.canImportValidRows).toBe(true);
    expect(preview.issues[0]).toMatchObject({ severity: 'error', file: 'roster/classes.csv', row: 3, column: 'classType' });
    const before = snapshotGradebook(gradebook.path);
    expect(() => commitImport(gradebook, { previewId: preview.previewId })).toThrow(/1 error, so nothing was imported/);
    expect(snapshotGradebook(gradebook.path)).toEqual(before);

    const committed = commitImport(gradebook, { previewId: preview.previewId, validRowsOnly: true });
    expect(committed.summary['classes']).toMatchObject({ added: 1 });
    expect(committed.summary['enrollments']).toMatchObject({ added: 3, skipped: 2 });
    expect(committed.skipped[0]).toMatchObject({ file: 'roster/classes.csv', row: 3 });
    expect(committed.skippedTotal).toBeGreaterThanOrEqual(2);
    expect(gradebook.reader.prepare(`SELECT count(*) FROM classes WHERE sourced_id = 'k2'`).pluck().get()).toBe(0);
  });

  it('refuses "valid rows only" for a standards file, a stale preview, and a preview made before a write', async () => {
    const gradebook = await openGradebook();
    const bad = 'code,statement,parent code,grade,type\r\nA.1,,,5,domain\r\n';
    const preview = previewImport(gradebook, readImportBytes('bad.csv', new TextEncoder().encode(bad)));
    expect(preview.canCommit).toBe(false);
    expect(() => commitImport(gradebook, { previewId: preview.previewId, validRowsOnly: true })).toThrow(/imported whole or not at all/);
    expect(() => commitImport(gradebook, { previewId: newId() })).toThrow(/no longer available/);
    const good = previewImport(gradebook, readImportFiles(rosterFiles()));
    gradebook.writer.prepare(`INSERT INTO settings (key, value) VALUES ('title', 'Changed')`).run();
    expect(() => commitImport(gradebook, { previewId: good.previewId })).toThrow(expect.objectContaining({ code: 'conflict' }));
  });
});
