import { readCsvTable, type CsvColumn } from '../csv-table.js';
import { normalizeGradeLevels } from '../grade-levels.js';
import { createIssueLog, finishImportWithPartial, type ImportResult } from '../import-issue.js';
import type { RosterClass, RosterEnrollment, RosterPackage, RosterUser } from '../roster-package.js';
import { stableId } from '../stable-id.js';

/**
 * The plain roster CSV, for schools without a student information system: one row per learner per class.
 *
 *   class, given name, family name, preferred name, learner id, email, grade
 *
 * `class`, `given name` and `family name` are required; the rest are optional. Header names ignore
 * case, spaces and underscores; `student id` and `id` also work for `learner id`.
 *
 * Ids are derived, so a re-import updates instead of duplicating: a class from its name (ignoring
 * case), a learner from the learner id when there is one, else from given + family name (so the same
 * child in two classes is one learner), an enrollment from both. The files are applied as delta:
 * a learner missing from a later file is not removed.
 */
export const rosterCsvColumns = [
  { name: 'class', required: true, aliases: ['class name', 'section'] },
  { name: 'given name', required: true, aliases: ['first name', 'givenname', 'firstname'] },
  { name: 'family name', required: true, aliases: ['last name', 'surname', 'lastname'] },
  { name: 'preferred name', required: false },
  { name: 'learner id', required: false, aliases: ['student id', 'id'] },
  { name: 'email', required: false, aliases: ['e-mail'] },
  { name: 'grade', required: false, aliases: ['grade level'] },
] as const satisfies readonly CsvColumn[];

const namespace = 'proficio-roster-csv';

export function readRosterCsv(text: string, file: string): ImportResult<RosterPackage> {
  const log = createIssueLog();
  const { table, issues } = readCsvTable(text, { file, columns: rosterCsvColumns, headerMatch: 'loose' });
  log.add(issues);
  if (!table) return { ok: false, issues: log.list() };

  const classes = new Map<string, RosterClass>();
  const users = new Map<string, { user: RosterUser; row: number }>();
  const enrollments = new Map<string, { enrollment: RosterEnrollment; row: number }>();

  for (const { row, values } of table.rows) {
    const className = values['class'] ?? '';
    const givenName = values['given name'] ?? '';
    const familyName = values['family name'] ?? '';
    const learnerId = values['learner id'] ?? '';
    const email = values['email'] ?? '';
    let complete = true;
    for (const [column, value] of [['class', className], ['given name', givenName], ['family name', familyName]] as const) {
      if (value === '') {
        log.error({ file, row, column, expected: `the learner’s ${column}`, problem: `the ${column} is empty` });
        complete = false;
      }
    }
    if (!complete) continue;
    if (email !== '' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
      log.warning({ file, row, column: 'email', value: email, expected: 'an address like name@school.org', problem: 'the email does not look like an address; it is kept as written' });
    }

    const classKey = className.toLowerCase();
    const classId = stableId(namespace, 'class', classKey);
    if (!classes.has(classKey)) {
      classes.set(classKey, {
        sourcedId: classId,
        status: null,
        dateLastModified: null,
        title: className,
        classCode: null,
        classType: 'scheduled',
        location: null,
        courseSourcedId: null,
        schoolSourcedId: null,
        termSourcedIds: [],
        grades: [],
        subjects: [],
        subjectCodes: [],
        periods: [],
      });
    }

    const userId =
      learnerId !== ''
        ? stableId(namespace, 'learner-id', learnerId)
        : stableId(namespace, 'learner-name', givenName.toLowerCase(), familyName.toLowerCase());
    const { levels, unrecognized } = normalizeGradeLevels(values['grade'] ?? '');
    for (const grade of unrecognized) {
      log.warning({ file, row, column: 'grade', value: grade, expected: 'a grade like K, 5 or 10', problem: 'the grade is not one Proficio knows and is kept as written' });
    }
    const earlier = users.get(userId);
    if (earlier && learnerId !== '' && (earlier.user.givenName !== givenName || earlier.user.familyName !== familyName)) {
      log.error({
        file,
        row,
        column: 'learner id',
        value: learnerId,
        expected: 'one learner id per learner',
        problem: `row ${earlier.row} gives this learner id to ${earlier.user.givenName} ${earlier.user.familyName}, this row to ${givenName} ${familyName}`,
      });
      continue;
    }
    if (!earlier) {
      users.set(userId, {
        row,
        user: {
          sourcedId: userId,
          status: null,
          dateLastModified: null,
          enabled: true,
          username: '',
          userIds: [],
          givenName,
          familyName,
          middleName: null,
          preferredGivenName: values['preferred name'] || null,
          preferredMiddleName: null,
          preferredFamilyName: null,
          pronouns: null,
          identifier: learnerId || null,
          email: email || null,
          sms: null,
          phone: null,
          grades: levels,
          roles: [{ role: 'student', roleType: 'primary', orgSourcedId: null, beginDate: null, endDate: null, sourcedId: null, userProfileSourcedId: null }],
          orgSourcedIds: [],
          primaryOrgSourcedId: null,
          agentSourcedIds: [],
          userMasterIdentifier: null,
        },
      });
    }

    const enrollmentId = stableId(namespace, 'enrollment', classId, userId);
    const repeated = enrollments.get(enrollmentId);
    if (repeated) {
      log.error({
        file,
        row,
        column: learnerId === '' ? 'family name' : 'learner id',
        value: learnerId === '' ? `${givenName} ${familyName}` : learnerId,
        expected: learnerId === '' ? 'a learner id to tell two learners with the same name apart' : 'each learner once per class',
        problem: `row ${repeated.row} already puts this learner in ${className}`,
      });
      continue;
    }
    enrollments.set(enrollmentId, {
      row,
      enrollment: {
        sourcedId: enrollmentId,
        status: null,
        dateLastModified: null,
        classSourcedId: classId,
        schoolSourcedId: null,
        userSourcedId: userId,
        role: 'student',
        primary: null,
        beginDate: null,
        endDate: null,
      },
    });
  }

  return finishImportWithPartial(log, () => ({
    source: 'roster-csv',
    version: null,
    sourceSystem: { name: null, code: null },
    fileModes: {
      orgs: 'absent',
      academicSessions: 'absent',
      courses: 'absent',
      classes: 'delta',
      users: 'delta',
      roles: 'absent',
      userProfiles: 'absent',
      enrollments: 'delta',
      demographics: 'absent',
    },
    orgs: [],
    terms: [],
    courses: [],
    classes: [...classes.values()],
    users: [...users.values()].map(({ user }) => user),
    enrollments: [...enrollments.values()].map(({ enrollment }) => enrollment),
    demographics: [],
    userProfiles: [],
  }));
}
