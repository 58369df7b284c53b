import { CompactStringMap } from '../compact-string-map.js';
import type { CsvRow } from '../csv-table.js';
import { createIssueLog, type IssueLog } from '../import-issue.js';
import type { FileMode, OneRosterVersion, RosterFileName, RosterRecord, RosterRecords, RosterUserRole } from '../roster-package.js';
import { rowFields, type RowFields } from './oneroster-fields.js';
import { classLayout, courseLayout, demographicsLayout, enrollmentLayout, orgLayout, termLayout, userLayout, userProfileLayout } from './oneroster-layouts.js';
import { readClass, readCourse, readDemographics, readEnrollment, readOrg, readRole, readTerm, readUser, readUserProfile } from './oneroster-records.js';
import { PackedRecords } from './packed-records.js';

export type OneRosterRecords = RosterRecords;

/** The files whose rows are records of their own (a roles.csv row joins its user). */
export type RecordFile = Exclude<RosterFileName, 'roles'>;

/** The order records were always read in, so their issues are listed in that order. */
const issueOrder: readonly RosterFileName[] = ['orgs', 'academicSessions', 'courses', 'classes', 'users', 'enrollments', 'demographics', 'userProfiles', 'roles'];

/**
 * Turns the rows of a OneRoster set's files into records one row at a time, as they are parsed:
 * each file's sourcedIds are checked for repeats, bulk and delta rows for their status, and the
 * rows of roles.csv (1.2) join their users. Records are kept packed (`PackedRecords`, which also finds
 * them by sourcedId), so a district's files cost a few times their size, not ten.
 * Each file keeps its own issue log; `finish` lists them after the files' own issues.
 */
export function startRecords(version: OneRosterVersion, display: (name: string) => string) {
  const stores = {
    orgs: new PackedRecords(orgLayout),
    academicSessions: new PackedRecords(termLayout),
    courses: new PackedRecords(courseLayout),
    classes: new PackedRecords(classLayout),
    users: new PackedRecords(userLayout),
    enrollments: new PackedRecords(enrollmentLayout),
    demographics: new PackedRecords(demographicsLayout),
    userProfiles: new PackedRecords(userProfileLayout),
  } satisfies { [name in RecordFile]: PackedRecords<RosterRecord> };
  const readers: { [name in RecordFile]: { store: PackedRecords<RosterRecord>; read: (fields: RowFields) => RosterRecord } } = {
    orgs: { store: stores.orgs, read: readOrg },
    academicSessions: { store: stores.academicSessions, read: readTerm },
    courses: { store: stores.courses, read: readCourse },
    classes: { store: stores.classes, read: readClass },
    users: { store: stores.users, read: (fields) => readUser(fields, version) },
    enrollments: { store: stores.enrollments, read: readEnrollment },
    demographics: { store: stores.demographics, read: readDemographics },
    userProfiles: { store: stores.userProfiles, read: readUserProfile },
  };
  const logs = new Map<RosterFileName, IssueLog>();
  const logOf = (name: RosterFileName): IssueLog => {
    let log = logs.get(name);
    if (!log) logs.set(name, (log = createIssueLog()));
    return log;
  };
  const roleSourcedIds = new CompactStringMap();

  function takeRecord(name: RecordFile, row: CsvRow, mode: FileMode): void {
    const file = display(`${name}.csv`);
    const log = logOf(name);
    const { store, read } = readers[name];
    const record = read(rowFields(file, row, log));
    checkStatusForMode(mode, record, file, row.row, log);
    // rows without a sourcedId are all kept (each is an error already); the last of them is the one found by ''
    const earlier = store.indexOf(record.sourcedId);
    if (earlier !== undefined && record.sourcedId !== '') {
      log.error({ file, row: row.row, column: 'sourcedId', value: record.sourcedId, expected: 'each sourcedId once per file', problem: `row ${store.rowAt(earlier)} already has this sourcedId` });
      return;
    }
    store.push(record, row.row);
  }

  /** A roles.csv row becomes one of its user's roles (users.csv is read before roles.csv), primary roles first. */
  function takeRole(row: CsvRow): void {
    const file = display('roles.csv');
    const log = logOf('roles');
    const { userSourcedId, role } = readRole(rowFields(file, row, log));
    if (role.sourcedId !== null && roleSourcedIds.get(role.sourcedId) !== undefined) {
      log.error({ file, row: row.row, column: 'sourcedId', value: role.sourcedId, expected: 'each sourcedId once per file', problem: 'the sourcedId repeats an earlier row' });
      return;
    }
    if (role.sourcedId !== null) roleSourcedIds.set(role.sourcedId, 1);
    const user = stores.users.indexOf(userSourcedId);
    if (user === undefined) {
      if (userSourcedId !== '') {
        log.warning({
          file,
          row: row.row,
          column: 'userSourcedId',
          value: userSourcedId,
          expected: 'the sourcedId of a user in users.csv',
          problem: 'the role belongs to a user who is not in users.csv; it is ignored',
        });
      }
      return;
    }
    stores.users.updateField(user, 'roles', (roles) => insertRole(roles, role));
  }

  return {
    take(name: RosterFileName, row: CsvRow, mode: FileMode): void {
      if (name !== 'roles') takeRecord(name, row, mode);
      else if (version === '1.2') takeRole(row);
    },
    /** The spreadsheet row a record came from, by its place in its file's records. */
    rowOf(name: RecordFile, index: number): number {
      return stores[name].rowAt(index);
    },
    /** Whether the file holds a record with this sourcedId (until `forgetSourcedIds`). */
    holds(name: RecordFile, sourcedId: string): boolean {
      return stores[name].indexOf(sourcedId) !== undefined;
    },
    /** Lets go of the tables that find records by sourcedId, once the references between files are checked. */
    forgetSourcedIds(): void {
      for (const store of Object.values(stores)) store.forgetKeys();
    },
    /** The records at these places of each file (for "import the valid rows"), built when read. */
    recordsAt(kept: { [name in RecordFile]: Int32Array }): OneRosterRecords {
      return {
        orgs: stores.orgs.recordsAt(kept.orgs),
        terms: stores.academicSessions.recordsAt(kept.academicSessions),
        courses: stores.courses.recordsAt(kept.courses),
        classes: stores.classes.recordsAt(kept.classes),
        users: stores.users.recordsAt(kept.users),
        enrollments: stores.enrollments.recordsAt(kept.enrollments),
        demographics: stores.demographics.recordsAt(kept.demographics),
        userProfiles: stores.userProfiles.recordsAt(kept.userProfiles),
      };
    },
    /** The records, built when read, with every file's issues added to `log` in reading order. */
    finish(log: IssueLog): OneRosterRecords {
      for (const name of issueOrder) log.add(logs.get(name)?.list() ?? []);
      return {
        orgs: stores.orgs.records(),
        terms: stores.academicSessions.records(),
        courses: stores.courses.records(),
        classes: stores.classes.records(),
        users: stores.users.records(),
        enrollments: stores.enrollments.records(),
        demographics: stores.demographics.records(),
        userProfiles: stores.userProfiles.records(),
      };
    },
  };
}

/** Primary roles before secondary ones, each in the order of roles.csv (what a stable sort by kind gives). */
function insertRole(roles: RosterUserRole[], role: RosterUserRole): void {
  if (role.roleType !== 'primary') {
    roles.push(role);
    return;
  }
  const firstSecondary = roles.findIndex((held) => held.roleType !== 'primary');
  if (firstSecondary === -1) roles.push(role);
  else roles.splice(firstSecondary, 0, role);
}

/** Bulk rows must leave status empty and delta rows must fill it; the record is still read either way. */
function checkStatusForMode(mode: FileMode, record: RosterRecord, file: string, row: number, log: IssueLog): void {
  if (mode === 'bulk' && (record.status !== null || record.dateLastModified !== null)) {
    log.repeatedWarning(`${file}\u0000bulk-status`, {
      file,
      row,
      column: 'status',
      expected: 'status and dateLastModified left empty in a bulk file',
      problem: 'the file is bulk but the row fills status or dateLastModified; the status is kept',
    });
  }
  if (mode === 'delta' && record.status === null) {
    log.repeatedWarning(`${file}\u0000delta-status`, {
      file,
      row,
      column: 'status',
      expected: 'active or tobedeleted on every row of a delta file',
      problem: 'the file is delta but the row has no status; it is read as active',
    });
    record.status = 'active';
  }
}
