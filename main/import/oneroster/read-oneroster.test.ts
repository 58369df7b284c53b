import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixturesDir, hasFixtures, noFixturesReason, splitCsvRecords } from '../../../test/helpers/fixtures-dir.js';
import { smallOneRosterFiles } from '../../../test/helpers/small-oneroster.js';
import type { RosterPackage } from '../roster-package.js';
import { readOneRosterSource, unzipOneRoster } from './read-oneroster-source.js';
import { readOneRoster } from './read-oneroster.js';
import { selectClasses } from './select-classes.js';

const setsDir = join(fixturesDir, 'oneroster-catalyst-moodle');
const dataRows = (set: string, file: string) => splitCsvRecords(readFileSync(join(setsDir, set, file), 'utf8')).slice(1);

async function readSet(set: string): Promise<{ value: RosterPackage; warnings: string[] }> {
  const source = await readOneRosterSource(join(setsDir, set));
  if (!source.ok) throw new Error('cannot read the set');
  const result = readOneRoster(source.value);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return { value: result.value, warnings: result.issues.map((issue) => issue.message) };
}

describe.skipIf(!hasFixtures)(`OneRoster fixtures (${noFixturesReason})`, () => {
  it.each(['Test_full_data_set', 'Test_minimal_data_set', 'oneroster_test_data'])('%s: record counts match the raw files', async (set) => {
    const { value } = await readSet(set);
    const present = readdirSync(join(setsDir, set));
    const count = (file: string) => (present.includes(file) ? dataRows(set, file).length : 0);
    expect(value.users).toHaveLength(count('users.csv'));
    expect(value.classes).toHaveLength(count('classes.csv'));
    expect(value.orgs).toHaveLength(count('orgs.csv'));
    expect(value.terms).toHaveLength(count('academicSessions.csv'));
    expect(value.courses).toHaveLength(count('courses.csv'));
    expect(value.enrollments).toHaveLength(count('enrollments.csv'));
    expect(value.demographics).toHaveLength(count('demographics.csv'));
    expect(value.userProfiles).toHaveLength(count('userProfiles.csv'));
  });

  it('Test_full_data_set: 1.1 bulk with its quirks repaired and reported', async () => {
    const { value, warnings } = await readSet('Test_full_data_set');
    expect([value.users.length, value.classes.length, value.orgs.length, value.enrollments.length, value.terms.length]).toEqual([6, 2, 1, 6, 5]);
    expect(value.version).toBe('1.1');
    expect(value.fileModes).toMatchObject({ users: 'bulk', courses: 'absent', demographics: 'absent' });
    const raw = dataRows('Test_full_data_set', 'academicSessions.csv');
    expect(value.terms.map((term) => term.status)).toEqual(raw.map((fields) => (fields[1] === 'inactive' ? 'tobedeleted' : fields[1] || null)));
    expect(value.classes[0]).toMatchObject({ classType: 'scheduled', grades: ['09', '10', '11'], subjects: ['Science', 'Physics', 'Biology'], periods: ['1'] });
    expect(value.classes[1]?.termSourcedIds).toEqual(['as-trm-222-1234', 'as-trm-222-1235']);
    expect(value.users.every((user) => user.enabled)).toBe(true);
    expect(value.users.map((user) => user.roles[0]?.role)).toEqual(dataRows('Test_full_data_set', 'users.csv').map((fields) => fields[5]));
    expect(value.users[2]?.userIds).toEqual([{ type: 'LDAP', identifier: '12' }, { type: 'LTI', identifier: '15' }, { type: 'Fed', identifier: '23' }]);
    expect(value.users[0]?.dateLastModified).toBe('2023-05-01T00:00:00.000Z');
    expect(value.sourceSystem).toEqual({ name: null, code: null });
    for (const expected of [/inactive/, /"Scheduled" was read as scheduled/, /"TRUE" was read as true/, /courses\.csv is absent/, /org-sch-222-3456/, /as-syr-222-2023/, /type department/, /bulk but the row fills status/]) {
      expect(warnings.some((message) => expected.test(message))).toBe(true);
    }
  });

  it('oneroster_test_data: 1.2 delta with roles.csv joined and resourceSourcedIds optional', async () => {
    const { value, warnings } = await readSet('oneroster_test_data');
    expect(value.version).toBe('1.2');
    expect(Object.values(value.fileModes).every((mode) => mode === 'delta')).toBe(true);
    expect(value.users[0]).toMatchObject({ sourcedId: 'USER_0', givenName: 'Bruce', preferredGivenName: null, roles: [{ role: 'student', roleType: 'primary', orgSourcedId: 'ORG_1', sourcedId: 'ROLE_8' }] });
    expect(value.userProfiles[0]).toMatchObject({ profileType: 'SYSTEM', username: 'brucewayne' });
    expect(value.userProfiles[0]).not.toHaveProperty('password');
    expect(value.demographics[0]?.birthDate).toBe('2010-04-17');
    expect(value.sourceSystem).toEqual({ name: 'DataGen', code: 'DataGen' });
    expect(warnings.some((message) => message.includes('resourceSourcedIds'))).toBe(false);
  });

  it('reads the same set from a zip made by "compress folder"', async () => {
    const folder = join(setsDir, 'Test_minimal_data_set');
    const entries = Object.fromEntries(readdirSync(folder).map((name) => [`Test_minimal_data_set/${name}`, new Uint8Array(readFileSync(join(folder, name)))]));
    const unzipped = unzipOneRoster(zipSync(entries), 'minimal.zip');
    if (!unzipped.ok) throw new Error('zip');
    const result = readOneRoster(unzipped.value);
    expect(result.ok && result.value.users.length).toBe(dataRows('Test_minimal_data_set', 'users.csv').length);
    expect(result.issues[0]?.file.startsWith('minimal.zip/')).toBe(true);
  });
});

describe('readOneRoster on hand-written sets', () => {
  const read = (overrides: Record<string, string | null> = {}) => readOneRoster({ label: '', files: smallOneRosterFiles(overrides) });

  it('reads the valid small set with no issues', () => {
    const result = read();
    expect(result.issues).toEqual([]);
    if (!result.ok) throw new Error('expected a package');
    expect(result.value.users.find((user) => user.sourcedId === 'l1')).toMatchObject({ givenName: 'Chloé', preferredGivenName: 'Clo', grades: ['05'], agentSourcedIds: ['p1'] });
  });

  it('refuses an enrollment whose user is missing from a bulk users.csv, naming row and value', () => {
    const enrollments = 'sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate\r\ne1,,,k1,s1,ghost,student,,,';
    const result = read({ 'enrollments.csv': enrollments });
    expect(result.ok).toBe(false);
    expect(result.issues.find((issue) => issue.severity === 'error')).toMatchObject({ file: 'enrollments.csv', row: 2, column: 'userSourcedId', value: 'ghost' });
  });

  it('only warns when the enrollment points into a file the manifest calls absent', () => {
    const manifest = new TextDecoder().decode(smallOneRosterFiles().get('manifest.csv')).replace('file.users,bulk', 'file.users,absent').replace('file.roles,bulk', 'file.roles,absent');
    const result = read({ 'manifest.csv': manifest, 'users.csv': null, 'roles.csv': null });
    expect(result.ok).toBe(true);
    expect(result.issues.some((issue) => /users\.csv is absent/.test(issue.message))).toBe(true);
  });

  it('refuses a set without a file its manifest lists as bulk or delta, naming the file (issue 8, item 4)', () => {
    const missingUsers = read({ 'users.csv': null });
    expect(missingUsers.ok).toBe(false);
    expect(missingUsers.issues.filter((issue) => issue.severity === 'error')).toEqual([
      expect.objectContaining({
        file: 'users.csv',
        message: 'users.csv: the manifest lists this file as bulk but the set does not hold it, so the import would be incomplete; expected the file users.csv beside manifest.csv (or the manifest saying file.users,absent).',
      }),
    ]);
    const missingEnrollments = read({ 'enrollments.csv': null });
    expect(missingEnrollments.ok).toBe(false);
    expect(missingEnrollments.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.file)).toEqual(['enrollments.csv']);
  });

  it('refuses a manifest alone, naming each file it lists', () => {
    const alone = readOneRoster({ label: 'set', files: smallOneRosterFiles(Object.fromEntries([...smallOneRosterFiles().keys()].filter((name) => name !== 'manifest.csv').map((name) => [name, null]))) });
    expect(alone.ok).toBe(false);
    expect(alone.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.file)).toEqual(
      ['orgs', 'academicSessions', 'courses', 'classes', 'users', 'roles', 'enrollments'].map((name) => `set/${name}.csv`),
    );
    // a manifest that lists nothing at all still holds nothing to import
    const empty = readOneRoster({ label: 'set', files: new Map([['manifest.csv', new TextEncoder().encode('propertyName,value\r\noneroster.version,1.2')]]) });
    expect(empty.ok).toBe(false);
    expect(empty.issues.filter((issue) => issue.severity === 'error')).toEqual([expect.objectContaining({ file: 'set', message: expect.stringMatching(/holds no OneRoster data files/) })]);
  });

  it('names a missing required column and refuses ambiguous dates', () => {
    const missing = read({ 'orgs.csv': 'sourcedId,status,dateLastModified,type\r\ns1,,,school' });
    expect(missing.issues.find((issue) => issue.severity === 'error')).toMatchObject({ file: 'orgs.csv', column: 'name' });
    const sessions = 'sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear\r\nsem1,,,S1,semester,1/05/2023,2025-01-24,,2025';
    const dated = read({ 'academicSessions.csv': sessions });
    expect(dated.issues.find((issue) => issue.severity === 'error')).toMatchObject({ row: 2, column: 'startDate', value: '1/05/2023' });
  });

  it('lets the files win over the manifest: a file marked absent is read, with a warning', () => {
    const manifest = new TextDecoder().decode(smallOneRosterFiles().get('manifest.csv')).replace('file.courses,bulk', 'file.courses,absent');
    const result = read({ 'manifest.csv': manifest });
    expect(result.ok && result.value.courses.length).toBe(1);
    expect(result.issues.some((issue) => issue.file === 'courses.csv' && /calls this file absent/.test(issue.message))).toBe(true);
  });

  it('selectClasses keeps one teacher’s classes and only what they need', () => {
    const result = read();
    if (!result.ok) throw new Error('expected a package');
    const mine = selectClasses(result.value, { teacherSourcedId: 't1' });
    expect(mine.classes.map((c) => c.sourcedId)).toEqual(['k1']);
    expect(mine.users.map((u) => u.sourcedId).sort()).toEqual(['l1', 'l2', 'p1', 't1']);
    expect(mine.enrollments).toHaveLength(3);
    expect(mine.terms.map((t) => t.sourcedId).sort()).toEqual(['sem1', 'y25']);
    expect(mine.orgs.map((o) => o.sourcedId).sort()).toEqual(['d1', 's1']);
    expect(selectClasses(result.value, { classSourcedIds: ['k2'] }).users.map((u) => u.sourcedId).sort()).toEqual(['l3', 't2']);
  });
});
