import type { IssueLog } from '../import-issue.js';
import type { FileMode, RosterFileName, RosterPackage } from '../roster-package.js';
import type { RecordFile } from './oneroster-record-reader.js';

/** Where the set's records came from, and which sourcedIds each file holds (`startRecords` answers both). */
export type RecordLookup = {
  rowOf(file: RecordFile, index: number): number | undefined;
  holds(file: RecordFile, sourcedId: string): boolean;
};

/**
 * References between the files of one set. An enrollment whose class or user is missing from a
 * complete (bulk) file is an error: the enrollment cannot be placed. Every other dangling reference is
 * a warning (INTEROP.md: real files point at parents and courses that are not there), as is any
 * reference into a file that is absent or delta, whose records may already be in the gradebook.
 */
export function checkRosterReferences(
  roster: RosterPackage,
  display: (name: string) => string,
  log: IssueLog,
  records: RecordLookup,
): void {
  const { rowOf, holds } = records;
  type Target = 'orgs' | 'academicSessions' | 'courses' | 'classes' | 'users';

  const check = (from: RosterFileName, column: string, target: Target, value: string | null, strict: boolean, row?: number) => {
    if (value === null || value === '' || holds(target, value)) return;
    const mode: FileMode = roster.fileModes[target];
    const file = display(`${from}.csv`);
    const place = mode === 'absent' ? `${target}.csv is absent, so it cannot be found` : `it is not in ${target}.csv`;
    const fields = {
      file,
      ...(row === undefined ? {} : { row }),
      column,
      value,
      expected: `the sourcedId of a record in ${target}.csv`,
      problem: `the ${column} points to a record that is missing (${place})`,
    };
    if (strict && mode === 'bulk') log.error(fields);
    else log.repeatedWarning(`ref\u0000${from}\u0000${column}\u0000${mode}`, fields);
  };

  roster.orgs.forEach((org, index) => check('orgs', 'parentSourcedId', 'orgs', org.parentSourcedId, false, rowOf('orgs', index)));
  roster.terms.forEach((term, index) => check('academicSessions', 'parentSourcedId', 'academicSessions', term.parentSourcedId, false, rowOf('academicSessions', index)));
  for (const course of roster.courses) {
    check('courses', 'orgSourcedId', 'orgs', course.orgSourcedId, false);
    check('courses', 'schoolYearSourcedId', 'academicSessions', course.schoolYearSourcedId, false);
  }
  const orgType = new Map(roster.orgs.map((org) => [org.sourcedId, org.type]));
  roster.classes.forEach((schoolClass, index) => {
    const row = rowOf('classes', index);
    check('classes', 'courseSourcedId', 'courses', schoolClass.courseSourcedId, false, row);
    check('classes', 'schoolSourcedId', 'orgs', schoolClass.schoolSourcedId, false, row);
    for (const term of schoolClass.termSourcedIds) check('classes', 'termSourcedIds', 'academicSessions', term, false);
    const type = schoolClass.schoolSourcedId === null ? undefined : orgType.get(schoolClass.schoolSourcedId);
    if (type !== undefined && type !== 'school') {
      log.repeatedWarning(`school-type\u0000${schoolClass.schoolSourcedId ?? ''}`, {
        file: display('classes.csv'),
        column: 'schoolSourcedId',
        value: schoolClass.schoolSourcedId ?? '',
        expected: 'an org of type school',
        problem: `the class’s school is an org of type ${type}; it is used as the school`,
      });
    }
  });
  for (const user of roster.users) {
    for (const org of user.orgSourcedIds) check('users', 'orgSourcedIds', 'orgs', org, false);
    for (const agent of user.agentSourcedIds) check('users', 'agentSourcedIds', 'users', agent, false);
    for (const role of user.roles) check('roles', 'orgSourcedId', 'orgs', role.orgSourcedId, false);
  }
  roster.enrollments.forEach((enrollment, index) => {
    const row = rowOf('enrollments', index);
    check('enrollments', 'classSourcedId', 'classes', enrollment.classSourcedId, true, row);
    check('enrollments', 'userSourcedId', 'users', enrollment.userSourcedId, true, row);
    check('enrollments', 'schoolSourcedId', 'orgs', enrollment.schoolSourcedId, false, row);
  });
  for (const record of roster.demographics) check('demographics', 'sourcedId', 'users', record.sourcedId, false);
  for (const profile of roster.userProfiles) check('userProfiles', 'userSourcedId', 'users', profile.userSourcedId, false);
}
