import { readCsvRows, type CsvColumn } from '../csv-table.js';
import { normalizeGradeLevels } from '../grade-levels.js';
import { createIssueLog, finishImportWithPartial, type ImportResult } from '../import-issue.js';
import type { RosterClass, RosterEnrollment, RosterPackage, RosterUser } from '../roster-package.js';
import { stableId } from '../stable-id.js';
import { ClassListEnrollment, ClassListLearner, classListNamespace } from './class-list-records.js';

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

const namespace = classListNamespace;

/**
 * Reads the class list row by row as it is parsed (no table of rows is kept): the package holds one
 * record per learner and per enrollment, and a class's id once.
 */
export function readRosterCsv(text: string, file: string): ImportResult<RosterPackage> {
  // issues of the rows are said after the file's own (header, row width), as a reader of a whole table would
  const rowLog = createIssueLog();
  const classes = new Map<string, RosterClass>();
  const users: RosterUser[] = [];
  const userAt = new Map<string, number>();
  const userRows: number[] = [];
  const enrollments: RosterEnrollment[] = [];
  // the row that put each learner in each class: row numbers by learner id, per class
  const enrolledAt = new Map<string, Map<string, number>>();
  const grades = new Map<string, ReturnType<typeof normalizeGradeLevels>>();

  const { table, issues } = readCsvRows(text, { file, columns: rosterCsvColumns, headerMatch: 'loose' }, ({ row, values }) => {
    const log = rowLog;
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
    if (!complete) return;
    if (email !== '' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
      log.warning({ file, row, column: 'email', value: email, expected: 'an address like name@school.org', problem: 'the email does not look like an address; it is kept as written' });
    }

    const classKey = className.toLowerCase();
    let schoolClass = classes.get(classKey);
    if (schoolClass === undefined) {
      schoolClass = {
        sourcedId: stableId(namespace, 'class', classKey),
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
      };
      classes.set(classKey, schoolClass);
    }
    const classId = schoolClass.sourcedId;

    const userId =
      learnerId !== ''
        ? stableId(namespace, 'learner-id', learnerId)
        : stableId(namespace, 'learner-name', givenName.toLowerCase(), familyName.toLowerCase());
    const grade = values['grade'] ?? '';
    let levels = grades.get(grade);
    if (levels === undefined) {
      levels = normalizeGradeLevels(grade);
      grades.set(grade, levels);
    }
    for (const unknownGrade of levels.unrecognized) {
      log.warning({ file, row, column: 'grade', value: unknownGrade, expected: 'a grade like K, 5 or 10', problem: 'the grade is not one Proficio knows and is kept as written' });
    }
    const earlierAt = userAt.get(userId);
    const earlier = earlierAt === undefined ? undefined : users[earlierAt];
    if (earlier && learnerId !== '' && (earlier.givenName !== givenName || earlier.familyName !== familyName)) {
      log.error({
        file,
        row,
        column: 'learner id',
        value: learnerId,
        expected: 'one learner id per learner',
        problem: `row ${userRows[earlierAt ?? 0] ?? 0} gives this learner id to ${earlier.givenName} ${earlier.familyName}, this row to ${givenName} ${familyName}`,
      });
      return;
    }
    if (!earlier) {
      userAt.set(userId, users.length);
      userRows.push(row);
      users.push(new ClassListLearner(userId, givenName, familyName, values['preferred name'] || null, learnerId || null, email || null, levels.levels));
    }

    const learner = users[userAt.get(userId) ?? 0]?.sourcedId ?? userId;
    let inClass = enrolledAt.get(classId);
    if (!inClass) enrolledAt.set(classId, (inClass = new Map()));
    const repeated = inClass.get(learner);
    if (repeated !== undefined) {
      log.error({
        file,
        row,
        column: learnerId === '' ? 'family name' : 'learner id',
        value: learnerId === '' ? `${givenName} ${familyName}` : learnerId,
        expected: learnerId === '' ? 'a learner id to tell two learners with the same name apart' : 'each learner once per class',
        problem: `row ${repeated} already puts this learner in ${className}`,
      });
      return;
    }
    inClass.set(learner, row);
    enrollments.push(new ClassListEnrollment(classId, learner));
  });

  const log = createIssueLog();
  log.add(issues);
  if (!table) return { ok: false, issues: log.list() };
  log.add(rowLog.list());
  enrolledAt.clear();
  userAt.clear();
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
    users,
    enrollments,
    demographics: [],
    userProfiles: [],
  }));
}
