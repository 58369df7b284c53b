import { readCsvRows, type CsvColumn } from '../csv-table.js';
import type { TextPieces } from '../decode-text.js';
import { normalizeGradeLevels } from '../grade-levels.js';
import { createIssueLog, finishImportWithPartial, type ImportResult } from '../import-issue.js';
import type { RosterPackage } from '../roster-package.js';
import { stableId, stableIdBytes } from '../stable-id.js';
import { classListNamespace } from './class-list-records.js';
import { ClassListStore } from './class-list-store.js';

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
 * Reads the class list row by row as it is parsed (no table of rows is kept): the package holds a
 * class's id once, and its learners and enrollments as columns (`ClassListStore`).
 */
export function readRosterCsv(text: string | TextPieces, file: string): ImportResult<RosterPackage> {
  // issues of the rows are said after the file's own (header, row width), as a reader of a whole table would
  const rowLog = createIssueLog();
  const store = new ClassListStore();
  const classAt = new Map<string, number>();
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
    let classIndex = classAt.get(classKey);
    if (classIndex === undefined) {
      classIndex = store.classes.length;
      store.classes.push({
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
      });
      classAt.set(classKey, classIndex);
    }

    const userId =
      learnerId !== ''
        ? stableIdBytes(namespace, 'learner-id', learnerId)
        : stableIdBytes(namespace, 'learner-name', givenName.toLowerCase(), familyName.toLowerCase());
    const grade = values['grade'] ?? '';
    let levels = grades.get(grade);
    if (levels === undefined) {
      levels = normalizeGradeLevels(grade);
      grades.set(grade, levels);
    }
    for (const unknownGrade of levels.unrecognized) {
      log.warning({ file, row, column: 'grade', value: unknownGrade, expected: 'a grade like K, 5 or 10', problem: 'the grade is not one Proficio knows and is kept as written' });
    }
    let learner = store.findLearner(userId);
    if (learner !== -1 && learnerId !== '' && (store.givenName(learner) !== givenName || store.familyName(learner) !== familyName)) {
      log.error({
        file,
        row,
        column: 'learner id',
        value: learnerId,
        expected: 'one learner id per learner',
        problem: `row ${store.rowOfLearner(learner)} gives this learner id to ${store.givenName(learner)} ${store.familyName(learner)}, this row to ${givenName} ${familyName}`,
      });
      return;
    }
    if (learner === -1) {
      const fields = { givenName, familyName, preferredGivenName: values['preferred name'] || null, identifier: learnerId || null, email: email || null, grades: levels.levels };
      learner = store.addLearner(userId, fields, row);
    }

    const repeated = store.enroll(classIndex, learner, row);
    if (repeated !== null) {
      log.error({
        file,
        row,
        column: learnerId === '' ? 'family name' : 'learner id',
        value: learnerId === '' ? `${givenName} ${familyName}` : learnerId,
        expected: learnerId === '' ? 'a learner id to tell two learners with the same name apart' : 'each learner once per class',
        problem: `row ${repeated} already puts this learner in ${className}`,
      });
    }
  });

  const log = createIssueLog();
  log.add(issues);
  if (!table) return { ok: false, issues: log.list() };
  log.add(rowLog.list());
  const { users, enrollments } = store.finish();
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
    classes: store.classes,
    users,
    enrollments,
    demographics: [],
    userProfiles: [],
  }));
}
