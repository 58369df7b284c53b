import type { CsvRow } from '../csv-table.js';
import { createIssueLog, type IssueLog } from '../import-issue.js';
import type { FileMode, OneRosterVersion, RosterFileName, RosterRecord, RosterRecords, RosterUser, RosterUserRole } from '../roster-package.js';
import { rowFields, type RowFields } from './oneroster-fields.js';
import { readClass, readCourse, readDemographics, readEnrollment, readOrg, readRole, readTerm, readUser, readUserProfile } from './oneroster-records.js';

export type OneRosterRecords = RosterRecords;

type RecordFile = Exclude<RosterFileName, 'roles'>;

/** The order records were always read in, so their issues are listed in that order. */
const issueOrder: readonly RosterFileName[] = ['orgs', 'academicSessions', 'courses', 'classes', 'users', 'enrollments', 'demographics', 'userProfiles', 'roles'];

/**
 * Turns the rows of a OneRoster set's files into records one row at a time, as they are parsed:
 * each file's sourcedIds are checked for repeats, bulk and delta rows for their status, and the
 * rows of roles.csv (1.2) join their users. Each file keeps its own issue log; `finish` lists them
 * after the files' own issues.
 */
export function startRecords(version: OneRosterVersion, display: (name: string) => string) {
  const records: OneRosterRecords = { orgs: [], terms: [], courses: [], classes: [], users: [], enrollments: [], demographics: [], userProfiles: [] };
  const readers: { [name in RecordFile]: { list: RosterRecord[]; read: (fields: RowFields) => RosterRecord } } = {
    orgs: { list: records.orgs, read: readOrg },
    academicSessions: { list: records.terms, read: readTerm },
    courses: { list: records.courses, read: readCourse },
    classes: { list: records.classes, read: readClass },
    users: { list: records.users, read: (fields) => readUser(fields, version) },
    enrollments: { list: records.enrollments, read: readEnrollment },
    demographics: { list: records.demographics, read: readDemographics },
    userProfiles: { list: records.userProfiles, read: readUserProfile },
  };
  const logs = new Map<RosterFileName, IssueLog>();
  const logOf = (name: RosterFileName): IssueLog => {
    let log = logs.get(name);
    if (!log) logs.set(name, (log = createIssueLog()));
    return log;
  };
  // spreadsheet row of each record, for reference errors found after reading
  const rowOfRecord = new WeakMap<object, number>();
  const rowOfSourcedId = new Map<RosterFileName, Map<string, number>>();
  const roles = { byUser: null as Map<string, RosterUser> | null, seen: new Set<string>() };

  function takeRecord(name: RecordFile, row: CsvRow, mode: FileMode): void {
    const file = display(`${name}.csv`);
    const log = logOf(name);
    const { list, read } = readers[name];
    const record = read(rowFields(file, row, log));
    checkStatusForMode(mode, record, file, row.row, log);
    let rowOf = rowOfSourcedId.get(name);
    if (!rowOf) rowOfSourcedId.set(name, (rowOf = new Map()));
    const earlier = rowOf.get(record.sourcedId);
    if (earlier !== undefined && record.sourcedId !== '') {
      log.error({ file, row: row.row, column: 'sourcedId', value: record.sourcedId, expected: 'each sourcedId once per file', problem: `row ${earlier} already has this sourcedId` });
      return;
    }
    rowOf.set(record.sourcedId, row.row);
    rowOfRecord.set(record, row.row);
    list.push(record);
  }

  /** A roles.csv row becomes one of its user's roles (users.csv is read before roles.csv). */
  function takeRole(row: CsvRow): void {
    const file = display('roles.csv');
    const log = logOf('roles');
    const byUser = (roles.byUser ??= new Map(records.users.map((user) => [user.sourcedId, user])));
    const { userSourcedId, role } = readRole(rowFields(file, row, log));
    if (role.sourcedId !== null && roles.seen.has(role.sourcedId)) {
      log.error({ file, row: row.row, column: 'sourcedId', value: role.sourcedId, expected: 'each sourcedId once per file', problem: 'the sourcedId repeats an earlier row' });
      return;
    }
    if (role.sourcedId !== null) roles.seen.add(role.sourcedId);
    const user = byUser.get(userSourcedId);
    if (!user) {
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
    user.roles.push(role);
  }

  return {
    rowOfRecord,
    take(name: RosterFileName, row: CsvRow, mode: FileMode): void {
      if (name !== 'roles') takeRecord(name, row, mode);
      else if (version === '1.2') takeRole(row);
    },
    /** The records, with every file's issues added to `log` in reading order. */
    finish(log: IssueLog): OneRosterRecords {
      if (roles.byUser !== null) {
        const rank = (role: RosterUserRole) => (role.roleType === 'primary' ? 0 : 1);
        for (const user of records.users) user.roles.sort((a, b) => rank(a) - rank(b));
      }
      roles.byUser = null;
      rowOfSourcedId.clear();
      for (const name of issueOrder) log.add(logs.get(name)?.list() ?? []);
      return records;
    },
  };
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
