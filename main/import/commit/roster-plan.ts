import type { GradebookReader } from '../../../db/handle.js';
import { newId } from '../../../db/ids.js';
import { warningIssue, type ImportIssue, type IssueFields } from '../import-issue.js';
import type { RecordStatus, RosterPackage, RosterUser } from '../roster-package.js';
import { createCounter, type ImportCounts } from './import-counts.js';
import { loadBySourcedId, opCount, queueUpsert, tableOps, type Row, type TableOps } from './table-ops.js';

/**
 * The diff of a roster package against the gradebook. Identity is the OneRoster sourcedId. Bulk files
 * are the complete set *for the classes imported*: a learner or educator missing from a bulk
 * enrollments file has their enrollment in those classes made inactive (never deleted, so evidence
 * keeps its class); delta files apply each row's status. Rows that cannot be placed (an enrollment
 * whose class is unknown, a parent linked to no learner) are skipped with a warning each.
 */
export type RosterPlan = {
  kind: 'roster';
  counts: ImportCounts;
  /** Tables in the order they must be written (parents before children). */
  ops: TableOps[];
  /** Classes whose enrollments change: their stored mastery is recomputed on next read. */
  touchedClassIds: string[];
  issues: ImportIssue[];
  total: number;
};

export const rosterTables = ['schools', 'terms', 'courses', 'classes', 'learners', 'educators', 'contacts', 'enrollments', 'demographics'] as const;

const contactRoles = new Set(['parent', 'guardian', 'relative']);
type Person = { kind: 'learner'; id: string } | { kind: 'educator'; id: string; role: 'teacher' | 'aide' };

export function planRoster(reader: GradebookReader, pkg: RosterPackage, fileLabel: string): RosterPlan {
  const { counts, bump } = createCounter(rosterTables);
  const issues: ImportIssue[] = [];
  const folded = new Map<string, { issue: ImportIssue; more: number }>();
  const warn = (group: string, fields: IssueFields) => {
    const earlier = folded.get(group);
    if (earlier) earlier.more++;
    else {
      const issue = warningIssue(fields);
      folded.set(group, { issue, more: 0 });
      issues.push(issue);
    }
  };
  const file = (name: string) => (pkg.source === 'oneroster' ? `${fileLabel}/${name}.csv` : fileLabel);
  const statusOf = (status: RecordStatus, mode: 'bulk' | 'delta' | 'absent', stored: Row | undefined, active: string, inactive: string): string => {
    if (status === 'tobedeleted') return inactive;
    if (status === 'active' || mode === 'bulk') return active;
    return stored ? String(stored['status']) : active;
  };
  const modes = pkg.fileModes;
  /** Queues a row from a source record; a record older than the gradebook's copy is skipped, said once per file. */
  const upsertFrom = (record: { dateLastModified: string | null }, from: string, ops: TableOps, stored: Row | undefined, next: Row) => {
    const counted = queueUpsert(ops, stored, next, record.dateLastModified);
    if (counted === 'skipped') {
      warn(`stale\u0000${from}`, {
        file: file(from),
        column: 'dateLastModified',
        value: record.dateLastModified ?? '',
        expected: `a dateLastModified after the gradebook's copy (${String(stored?.['source_modified_at'])})`,
        problem: 'the row is older than what the gradebook already holds, so the newer data is kept',
      });
    }
    return counted;
  };

  // ── schools: orgs that classes and courses use ────────────────────────────────────────────────────
  const schools = tableOps('schools');
  const storedSchools = loadBySourcedId(reader, 'schools');
  const schoolIdOf = new Map<string, string>();
  const orgById = new Map(pkg.orgs.map((org) => [org.sourcedId, org]));
  let fallbackSchoolId: string | null = null;
  const fallbackSchool = (): string => {
    if (fallbackSchoolId !== null) return fallbackSchoolId;
    // a school this set already names beats any other; then the gradebook's first; then a new one
    const fromSet = schoolIdOf.values().next();
    if (fromSet.done !== true) return (fallbackSchoolId = fromSet.value);
    const first = reader.prepare('SELECT id FROM schools ORDER BY rowid LIMIT 1').pluck().get() as string | undefined;
    if (first !== undefined) fallbackSchoolId = first;
    else {
      fallbackSchoolId = newId();
      const name = pkg.sourceSystem.name ?? fileLabel.replace(/\.(zip|csv)$/i, '');
      schools.inserts.push({ id: fallbackSchoolId, sourced_id: null, name: name === '' ? 'My school' : name });
      bump('schools', 'added');
    }
    return fallbackSchoolId;
  };
  const schoolFor = (orgSourcedId: string | null, from: string, column: string): string => {
    if (orgSourcedId === null || orgSourcedId === '') return fallbackSchool();
    const known = schoolIdOf.get(orgSourcedId);
    if (known !== undefined) return known;
    const org = orgById.get(orgSourcedId);
    const stored = storedSchools.get(orgSourcedId);
    if (org) {
      const id = String(stored?.['id'] ?? newId());
      bump('schools', upsertFrom(org, 'orgs', schools, stored, { id, sourced_id: org.sourcedId, name: org.name }));
      schoolIdOf.set(orgSourcedId, id);
      return id;
    }
    if (stored) {
      schoolIdOf.set(orgSourcedId, String(stored['id']));
      return String(stored['id']);
    }
    const id = fallbackSchool();
    warn(`school\u0000${orgSourcedId}`, {
      file: file(from),
      column,
      value: orgSourcedId,
      expected: 'an org in orgs.csv (or a school already in the gradebook)',
      problem: 'the school is not in the set, so the gradebook’s own school is used',
    });
    schoolIdOf.set(orgSourcedId, id);
    return id;
  };
  // orgs that are schools already, or that classes/courses name, are written; others (districts) are not stored
  for (const org of pkg.orgs) if (storedSchools.has(org.sourcedId)) schoolFor(org.sourcedId, 'orgs', 'sourcedId');

  // ── terms ───────────────────────────────────────────────────────────────────────────────────────
  const classSchool = new Map<string, string>();
  for (const schoolClass of pkg.classes) classSchool.set(schoolClass.sourcedId, schoolFor(schoolClass.schoolSourcedId, 'classes', 'schoolSourcedId'));
  const terms = tableOps('terms');
  const storedTerms = loadBySourcedId(reader, 'terms');
  const termIdOf = new Map<string, string>();
  for (const [sourced, row] of storedTerms) termIdOf.set(sourced, String(row['id']));
  for (const term of pkg.terms) termIdOf.set(term.sourcedId, String(storedTerms.get(term.sourcedId)?.['id'] ?? newId()));
  const termSchool = new Map<string, string>();
  for (const schoolClass of pkg.classes) {
    for (const term of schoolClass.termSourcedIds) if (!termSchool.has(term)) termSchool.set(term, classSchool.get(schoolClass.sourcedId) as string);
  }
  const depth = (sourcedId: string, seen = new Set<string>()): number => {
    const parent = pkg.terms.find((term) => term.sourcedId === sourcedId)?.parentSourcedId;
    if (!parent || seen.has(parent)) return 0;
    seen.add(parent);
    return 1 + depth(parent, seen);
  };
  const termDepth = new Map(pkg.terms.map((term) => [term.sourcedId, depth(term.sourcedId)]));
  for (const term of [...pkg.terms].sort((a, b) => (termDepth.get(a.sourcedId) ?? 0) - (termDepth.get(b.sourcedId) ?? 0))) {
    if (term.startDate > term.endDate) {
      bump('terms', 'skipped');
      termIdOf.delete(term.sourcedId);
      warn(`term-dates\u0000${term.sourcedId}`, {
        file: file('academicSessions'),
        column: 'endDate',
        value: term.endDate,
        expected: 'an endDate on or after the startDate',
        problem: `the session ${term.sourcedId} ends before it starts, so it is skipped`,
      });
      continue;
    }
    const stored = storedTerms.get(term.sourcedId);
    const type = term.type.startsWith('ext:') ? 'term' : term.type;
    const parent = term.parentSourcedId === null ? null : (termIdOf.get(term.parentSourcedId) ?? null);
    bump(
      'terms',
      upsertFrom(term, 'academicSessions', terms, stored, {
        id: termIdOf.get(term.sourcedId) as string,
        sourced_id: term.sourcedId,
        school_id: String(stored?.['school_id'] ?? termSchool.get(term.sourcedId) ?? fallbackSchool()),
        parent_id: parent === termIdOf.get(term.sourcedId) ? null : parent,
        title: term.title,
        type,
        starts_on: term.startDate,
        ends_on: term.endDate,
        school_year: term.schoolYear,
      }),
    );
  }

  // ── courses ─────────────────────────────────────────────────────────────────────────────────────
  const courses = tableOps('courses');
  const storedCourses = loadBySourcedId(reader, 'courses');
  const courseIdOf = new Map<string, string>();
  for (const [sourced, row] of storedCourses) courseIdOf.set(sourced, String(row['id']));
  for (const course of pkg.courses) {
    const stored = storedCourses.get(course.sourcedId);
    const id = String(stored?.['id'] ?? newId());
    courseIdOf.set(course.sourcedId, id);
    bump(
      'courses',
      upsertFrom(course, 'courses', courses, stored, {
        id,
        sourced_id: course.sourcedId,
        school_id: schoolFor(course.orgSourcedId, 'courses', 'orgSourcedId'),
        title: course.title,
        code: course.courseCode,
        grade_levels: JSON.stringify(course.grades),
        subjects: JSON.stringify(course.subjects),
      }),
    );
  }

  // ── classes ─────────────────────────────────────────────────────────────────────────────────────
  const classes = tableOps('classes');
  const storedClasses = loadBySourcedId(reader, 'classes');
  const classIdOf = new Map<string, string>();
  for (const [sourced, row] of storedClasses) classIdOf.set(sourced, String(row['id']));
  const importedClassIds: string[] = [];
  for (const schoolClass of pkg.classes) {
    const stored = storedClasses.get(schoolClass.sourcedId);
    const id = String(stored?.['id'] ?? newId());
    classIdOf.set(schoolClass.sourcedId, id);
    importedClassIds.push(id);
    const termId = schoolClass.termSourcedIds.map((term) => termIdOf.get(term)).find((term) => term !== undefined) ?? null;
    bump(
      'classes',
      upsertFrom(schoolClass, 'classes', classes, stored, {
        id,
        sourced_id: schoolClass.sourcedId,
        school_id: classSchool.get(schoolClass.sourcedId) as string,
        course_id: schoolClass.courseSourcedId === null ? null : (courseIdOf.get(schoolClass.courseSourcedId) ?? null),
        term_id: termId,
        title: schoolClass.title,
        code: schoolClass.classCode,
        location: schoolClass.location,
        grade_levels: JSON.stringify(schoolClass.grades),
        status: statusOf(schoolClass.status, modes.classes, stored, 'active', 'archived'),
      }),
    );
  }

  // a bulk classes file is every class of its schools: a class the source no longer lists is archived
  // (never deleted — its evidence and mastery stay readable)
  if (modes.classes === 'bulk') {
    const listed = new Set(pkg.classes.map((schoolClass) => schoolClass.sourcedId));
    const schoolsInFile = new Set(classSchool.values());
    for (const [sourced, row] of storedClasses) {
      if (listed.has(sourced) || row['status'] !== 'active' || !schoolsInFile.has(String(row['school_id']))) continue;
      classes.deactivations.push({ id: String(row['id']), status: 'archived' });
      bump('classes', 'deactivated');
    }
  }

  // ── people ──────────────────────────────────────────────────────────────────────────────────────
  const learners = tableOps('learners');
  const educators = tableOps('educators');
  const storedLearners = loadBySourcedId(reader, 'learners');
  const storedEducators = loadBySourcedId(reader, 'educators');
  const personOf = new Map<string, Person>();
  for (const [sourced, row] of storedLearners) personOf.set(sourced, { kind: 'learner', id: String(row['id']) });
  for (const [sourced, row] of storedEducators) if (!personOf.has(sourced)) personOf.set(sourced, { kind: 'educator', id: String(row['id']), role: 'teacher' });
  const contactsToLink: { user: RosterUser; relationship: string }[] = [];
  for (const user of pkg.users) {
    const role = user.roles.map((r) => r.role).find((r) => r === 'student' || r === 'teacher' || r === 'aide' || contactRoles.has(r));
    if (role === undefined) {
      bump('learners', 'skipped');
      warn(`role\u0000${user.roles.map((r) => r.role).join('/')}`, {
        file: file(pkg.version === '1.2' ? 'roles' : 'users'),
        column: 'role',
        value: user.roles.map((r) => r.role).join(', ') || '(none)',
        expected: 'student, teacher, aide, parent, guardian or relative',
        problem: `the user ${user.sourcedId} has no role Proficio keeps, so they are not imported`,
      });
      continue;
    }
    if (contactRoles.has(role)) {
      contactsToLink.push({ user, relationship: role });
      continue;
    }
    if (role === 'student') {
      const stored = storedLearners.get(user.sourcedId);
      const id = String(stored?.['id'] ?? newId());
      personOf.set(user.sourcedId, { kind: 'learner', id });
      bump(
        'learners',
        upsertFrom(user, 'users', learners, stored, {
          id,
          sourced_id: user.sourcedId,
          given_name: user.givenName,
          family_name: user.familyName,
          preferred_name: user.preferredGivenName,
          pronouns: user.pronouns,
          identifier: user.identifier,
          username: user.username === '' ? null : user.username,
          email: user.email,
          grade_level: user.grades[0] ?? null,
          status: statusOf(user.status, modes.users, stored, 'active', 'inactive'),
        }),
      );
    } else {
      const stored = storedEducators.get(user.sourcedId);
      const id = String(stored?.['id'] ?? newId());
      personOf.set(user.sourcedId, { kind: 'educator', id, role: role === 'aide' ? 'aide' : 'teacher' });
      bump(
        'educators',
        upsertFrom(user, 'users', educators, stored, {
          id,
          sourced_id: user.sourcedId,
          given_name: user.givenName,
          family_name: user.familyName,
          email: user.email,
          username: user.username === '' ? null : user.username,
          status: statusOf(user.status, modes.users, stored, 'active', 'inactive'),
        }),
      );
    }
  }

  // a bulk users file is everyone the source knows at its schools: a learner or educator enrolled at one
  // of those schools whom it no longer lists has left, and becomes inactive (never deleted — their
  // evidence keeps its meaning); people of other schools in the same gradebook are not the file's to judge
  if (modes.users === 'bulk') {
    const listed = new Set(pkg.users.map((user) => user.sourcedId));
    const schoolIds = [...new Set(classSchool.values())];
    const atTheseSchools = (column: 'learner_id' | 'educator_id'): Set<string> =>
      new Set(
        schoolIds.length === 0
          ? []
          : (reader
              .prepare(
                `SELECT DISTINCT e.${column} FROM enrollments e JOIN classes c ON c.id = e.class_id
                 WHERE e.${column} IS NOT NULL AND c.school_id IN (${schoolIds.map(() => '?').join(', ')})`,
              )
              .pluck()
              .all(...schoolIds) as string[]),
      );
    for (const [table, ops, stored, column] of [
      ['learners', learners, storedLearners, 'learner_id'],
      ['educators', educators, storedEducators, 'educator_id'],
    ] as const) {
      const inScope = atTheseSchools(column);
      for (const [sourced, row] of stored) {
        if (listed.has(sourced) || row['status'] !== 'active' || !inScope.has(String(row['id']))) continue;
        ops.deactivations.push({ id: String(row['id']), status: 'inactive' });
        bump(table, 'deactivated');
      }
    }
  }

  // ── contacts: family members linked to learners through agentSourcedIds ─────────────────────────
  const contacts = tableOps('contacts');
  const storedContacts = loadBySourcedId(reader, 'contacts');
  for (const { user, relationship } of contactsToLink) {
    const linked = new Set(user.agentSourcedIds.filter((agent) => personOf.get(agent)?.kind === 'learner'));
    for (const other of pkg.users) if (other.agentSourcedIds.includes(user.sourcedId) && personOf.get(other.sourcedId)?.kind === 'learner') linked.add(other.sourcedId);
    if (linked.size === 0) {
      bump('contacts', 'skipped');
      warn('contact-unlinked', {
        file: file('users'),
        column: 'agentSourcedIds',
        value: user.sourcedId,
        expected: 'a parent, guardian or relative linked to a learner of the set through agentSourcedIds',
        problem: `the ${relationship} is linked to no learner in the set, so they are skipped`,
      });
      continue;
    }
    [...linked].sort().forEach((learnerSourcedId, index) => {
      const sourcedId = index === 0 ? user.sourcedId : `${user.sourcedId}:${learnerSourcedId}`;
      const stored = storedContacts.get(sourcedId);
      const learner = personOf.get(learnerSourcedId) as Person;
      bump(
        'contacts',
        upsertFrom(user, 'users', contacts, stored, {
          id: String(stored?.['id'] ?? newId()),
          sourced_id: sourcedId,
          learner_id: learner.id,
          given_name: user.givenName,
          family_name: user.familyName,
          relationship,
          email: user.email,
          phone: user.phone ?? user.sms,
        }),
      );
    });
  }

  // ── enrollments ─────────────────────────────────────────────────────────────────────────────────
  const enrollments = tableOps('enrollments');
  const storedEnrollments = loadBySourcedId(reader, 'enrollments');
  const storedByPair = new Map<string, Row>();
  if (importedClassIds.length > 0 || pkg.enrollments.length > 0) {
    for (const row of reader.prepare('SELECT * FROM enrollments').all() as Row[]) {
      storedByPair.set(`${String(row['class_id'])}\u0000${String(row['learner_id'] ?? row['educator_id'])}`, row);
    }
  }
  const matched = new Set<string>();
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
    const classId = classIdOf.get(enrollment.classSourcedId);
    if (classId === undefined) {
      skip('enrol-class', 'classSourcedId', enrollment.classSourcedId, 'a class in classes.csv or already in the gradebook', 'the class is unknown');
      continue;
    }
    const person = personOf.get(enrollment.userSourcedId);
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
    const pair = `${classId}\u0000${person.id}`;
    if (matched.has(pair)) {
      skip('enrol-repeat', 'userSourcedId', enrollment.userSourcedId, 'one enrollment per person and class', 'the person is already enrolled in this class by an earlier row');
      continue;
    }
    const bySourcedId = storedEnrollments.get(enrollment.sourcedId);
    const byPair = storedByPair.get(pair);
    if (bySourcedId !== undefined && byPair !== undefined && bySourcedId['id'] !== byPair['id']) {
      // the source reused an enrollment id for a person already enrolled in this class under another one:
      // the person stays enrolled (the pair counts as listed), under the enrollment the gradebook knows
      matched.add(pair);
      skip('enrol-moved', 'sourcedId', enrollment.sourcedId, 'an enrollment id that keeps its class and person', 'the person is already enrolled in this class under another enrollment');
      continue;
    }
    matched.add(pair);
    const stored = bySourcedId ?? byPair;
    const kind = bumpAndTouch(
      upsertFrom(enrollment, 'enrollments', enrollments, stored, {
        id: String(stored?.['id'] ?? newId()),
        sourced_id: enrollment.sourcedId,
        class_id: classId,
        learner_id: person.kind === 'learner' ? person.id : null,
        educator_id: person.kind === 'educator' ? person.id : null,
        role: person.kind === 'learner' ? 'learner' : person.role,
        is_primary: enrollment.primary === true ? 1 : 0,
        begins_on: enrollment.beginDate,
        ends_on: enrollment.endDate,
        status: statusOf(enrollment.status, modes.enrollments, stored, 'active', 'inactive'),
      }),
    );
    if (kind !== 'unchanged') touched.add(classId);
  }
  function bumpAndTouch(kind: ReturnType<typeof queueUpsert>) {
    bump('enrollments', kind);
    return kind;
  }
  // a bulk enrollments file is everything for its classes: whoever is not in it leaves those classes
  if (modes.enrollments === 'bulk') {
    const scope = new Set(importedClassIds);
    for (const [pair, row] of storedByPair) {
      if (!scope.has(String(row['class_id'])) || matched.has(pair) || row['status'] === 'inactive') continue;
      enrollments.deactivations.push({ id: String(row['id']), status: 'inactive' });
      bump('enrollments', 'deactivated');
      touched.add(String(row['class_id']));
    }
  }

  // ── demographics ────────────────────────────────────────────────────────────────────────────────
  const demographics = tableOps('demographics', 'learner_id');
  const storedDemographics = new Map(
    (reader.prepare('SELECT * FROM demographics').all() as Row[]).map((row) => [String(row['learner_id']), row]),
  );
  const flag = (value: boolean | null) => (value === null ? null : value ? 1 : 0);
  for (const record of pkg.demographics) {
    const person = personOf.get(record.sourcedId);
    if (person?.kind !== 'learner') {
      bump('demographics', 'skipped');
      warn('demographics-user', {
        file: file('demographics'),
        column: 'sourcedId',
        value: record.sourcedId,
        expected: 'the sourcedId of a learner',
        problem: 'demographics are kept for learners only, and this user is not one; the row is skipped',
      });
      continue;
    }
    const stored = storedDemographics.get(person.id);
    if (record.status === 'tobedeleted') {
      if (stored) {
        demographics.deletes.push(person.id);
        bump('demographics', 'removed');
      }
      continue;
    }
    bump(
      'demographics',
      upsertFrom(record, 'demographics', demographics, stored, {
        learner_id: person.id,
        sourced_id: record.sourcedId,
        birth_date: record.birthDate,
        sex: record.sex,
        american_indian_or_alaska_native: flag(record.americanIndianOrAlaskaNative),
        asian: flag(record.asian),
        black_or_african_american: flag(record.blackOrAfricanAmerican),
        native_hawaiian_or_other_pacific_islander: flag(record.nativeHawaiianOrOtherPacificIslander),
        white: flag(record.white),
        two_or_more_races: flag(record.demographicRaceTwoOrMoreRaces),
        hispanic_or_latino: flag(record.hispanicOrLatinoEthnicity),
        country_of_birth_code: record.countryOfBirthCode,
        state_of_birth_abbreviation: record.stateOfBirthAbbreviation,
        city_of_birth: record.cityOfBirth,
        public_school_residence_status: record.publicSchoolResidenceStatus,
      }),
    );
  }

  for (const { issue, more } of folded.values()) {
    if (more > 0) issue.message = issue.message.replace(/\.$/, ` (and ${more} more like it).`);
  }
  const ops = [schools, terms, courses, classes, learners, educators, contacts, enrollments, demographics];
  return { kind: 'roster', counts, ops, touchedClassIds: [...touched], issues, total: ops.reduce((sum, o) => sum + opCount(o), 0) };
}
