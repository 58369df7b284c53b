import { newId } from '../../../../db/ids.js';
import { NumberPairSet } from '../../number-pair-set.js';
import { loadBySourcedId, type Row, type TableOps } from '../table-ops.js';
import type { ClassesPlan } from './plan-classes.js';
import type { PeoplePlan } from './plan-people.js';
import type { RosterPlanning } from './roster-planning.js';

export type EnrollmentsPlan = { ops: TableOps; touchedClassIds: Set<string> };

/**
 * Enrollments of learners and teachers in classes, matched by sourcedId or else by class and person.
 * Rows that cannot be placed are skipped with a warning each kind. A bulk enrollments file is
 * everything for its classes: whoever is not in it leaves those classes (made inactive, never deleted).
 */
export function planEnrollments(planning: RosterPlanning, classes: ClassesPlan, people: PeoplePlan): EnrollmentsPlan {
  const { reader, pkg, bump, warn, file, statusOf, upsertFrom } = planning;
  const enrollments = planning.ops('enrollments');
  const storedEnrollments = loadBySourcedId(reader, 'enrollments');
  const storedByPair = new Map<string, Row>();
  if (classes.importedClassIds.length > 0 || pkg.enrollments.length > 0) {
    for (const row of reader.prepare('SELECT * FROM enrollments').all() as Row[]) {
      storedByPair.set(`${String(row['class_id'])}\u0000${String(row['learner_id'] ?? row['educator_id'])}`, row);
    }
  }
  // who the file enrolls in each class: pairs of numbers (the class's, the person's key), rather than a
  // "class + person" string or a set per class for each of a district's enrollments
  const classNumbers = new Map<string, number>();
  const classNumber = (classId: string) => {
    let number = classNumbers.get(classId);
    if (number === undefined) classNumbers.set(classId, (number = classNumbers.size));
    return number;
  };
  const enrolled = new NumberPairSet();
  const matched = {
    has: (classId: string, personKey: number | null) => personKey !== null && enrolled.has(classNumber(classId), personKey),
    add: (classId: string, personKey: number) => enrolled.add(classNumber(classId), personKey),
  };
  const touched = new Set<string>();
  for (const enrollment of pkg.enrollments) {
    const skip = (group: string, column: string, value: string, expected: string, problem: string) => {
      bump('enrollments', 'skipped');
      warn(group, { file: file('enrollments'), column, value, expected, problem: `${problem}; the enrollment ${enrollment.sourcedId} is skipped` });
    };
    if (enrollment.role !== 'student' && enrollment.role !== 'teacher') {
      skip(`enrol-role\u0000${enrollment.role}`, 'role', enrollment.role, 'student or teacher', `Proficio keeps no ${enrollment.role} enrollments`);
      continue;
    }
    const classId = classes.classIdOf.get(enrollment.classSourcedId);
    if (classId === undefined && classes.deletedBeforeArrival.has(enrollment.classSourcedId)) {
      skip('enrol-class-deleted', 'classSourcedId', enrollment.classSourcedId, 'a class that is imported', 'classes.csv marks the class to be deleted, so it is not added');
      continue;
    }
    if (classId === undefined) {
      skip('enrol-class', 'classSourcedId', enrollment.classSourcedId, 'a class in classes.csv or already in the gradebook', 'the class is unknown');
      continue;
    }
    const person = people.personOf.get(enrollment.userSourcedId);
    if (person === undefined && people.deletedBeforeArrival.has(enrollment.userSourcedId)) {
      skip('enrol-user-deleted', 'userSourcedId', enrollment.userSourcedId, 'a person who is imported', 'users.csv marks the person to be deleted, so they are not added');
      continue;
    }
    const wantsLearner = enrollment.role === 'student';
    if (!person || (person.kind === 'learner') !== wantsLearner) {
      skip(
        `enrol-user\u0000${enrollment.role}`,
        'userSourcedId',
        enrollment.userSourcedId,
        wantsLearner ? 'a user with the role student' : 'a user with the role teacher or aide',
        person ? `the user’s role does not fit a ${enrollment.role} enrollment` : 'the user is unknown',
      );
      continue;
    }
    if (enrollment.beginDate !== null && enrollment.endDate !== null && enrollment.endDate < enrollment.beginDate) {
      skip('enrol-dates', 'endDate', enrollment.endDate, 'an endDate on or after the beginDate', 'the enrollment ends before it begins');
      continue;
    }
    if (matched.has(classId, person.key)) {
      skip('enrol-repeat', 'userSourcedId', enrollment.userSourcedId, 'one enrollment per person and class', 'the person is already enrolled in this class by an earlier row');
      continue;
    }
    const bySourcedId = storedEnrollments.get(enrollment.sourcedId);
    const byPair = storedByPair.size === 0 ? undefined : storedByPair.get(`${classId}\u0000${person.id}`);
    if (bySourcedId !== undefined && byPair !== undefined && bySourcedId['id'] !== byPair['id']) {
      // the source reused an enrollment id for a person already enrolled in this class under another one:
      // the person stays enrolled (the pair counts as listed), under the enrollment the gradebook knows
      matched.add(classId, person.key);
      skip('enrol-moved', 'sourcedId', enrollment.sourcedId, 'an enrollment id that keeps its class and person', 'the person is already enrolled in this class under another enrollment');
      continue;
    }
    matched.add(classId, person.key);
    const stored = bySourcedId ?? byPair;
    const kind = upsertFrom(enrollment, 'enrollments', enrollments, stored, {
      id: String(stored?.['id'] ?? newId()),
      sourced_id: enrollment.sourcedId,
      class_id: classId,
      learner_id: person.kind === 'learner' ? person.id : null,
      educator_id: person.kind === 'educator' ? person.id : null,
      role: person.kind === 'learner' ? 'learner' : person.role,
      is_primary: enrollment.primary === true ? 1 : 0,
      begins_on: enrollment.beginDate,
      ends_on: enrollment.endDate,
      status: statusOf(enrollment.status, pkg.fileModes.enrollments, stored, 'active', 'inactive'),
    });
    bump('enrollments', kind);
    if (kind !== 'unchanged') touched.add(classId);
  }
  if (pkg.fileModes.enrollments === 'bulk') {
    const scope = new Set(classes.importedClassIds);
    for (const row of storedByPair.values()) {
      const classId = String(row['class_id']);
      if (!scope.has(classId) || matched.has(classId, people.personOf.keyOfId(String(row['learner_id'] ?? row['educator_id']))) || row['status'] === 'inactive') continue;
      enrollments.deactivate({ id: String(row['id']), status: 'inactive' });
      bump('enrollments', 'deactivated');
      touched.add(String(row['class_id']));
    }
  }
  return { ops: enrollments, touchedClassIds: touched };
}
