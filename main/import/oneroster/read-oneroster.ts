import { readCsvRows, readCsvTable, type CsvTable } from '../csv-table.js';
import { decodeTextPieces, type TextPieces } from '../decode-text.js';
import { createIssueLog, finishImport, type ImportIssue, type ImportResult, type IssueLog } from '../import-issue.js';
import {
  rosterFileNames,
  type FileMode,
  type OneRosterVersion,
  type RosterFileName,
  type RosterPackage,
} from '../roster-package.js';
import { checkRosterReferences } from './check-roster-references.js';
import { oneRosterBindings } from './oneroster-bindings.js';
import { startRecords, type RecordFile } from './oneroster-record-reader.js';
import type { OneRosterFiles } from './read-oneroster-source.js';
import { readManifest, type Manifest } from './read-manifest.js';

/**
 * Reads a OneRoster 1.1 or 1.2 CSV set into a RosterPackage. Where manifest and files disagree, the
 * files win (INTEROP.md), each time with a warning: a file the manifest calls absent is read, a file
 * it lists but that is missing counts as absent, and the version follows the users.csv header.
 */
export function readOneRoster(source: OneRosterFiles): ImportResult<RosterPackage> {
  const log = createIssueLog();
  const display = (name: string) => (source.label === '' ? name : `${source.label}/${name}`);
  const texts = findFiles(source, display, log);

  const manifestText = texts.get('manifest');
  let manifest: Manifest | null = null;
  if (manifestText === undefined) {
    log.warning({
      file: display('manifest.csv'),
      expected: 'a manifest.csv naming the OneRoster version and each file’s mode',
      problem: 'the set has no manifest.csv; the version is worked out from the files and every file is read as bulk',
    });
  } else {
    manifest = readManifest([...manifestText.text.pieces()].join(''), display('manifest.csv'), log);
  }

  const version = decideVersion(manifest, texts, display, log);
  const fileModes: Record<RosterFileName, FileMode> = {
    orgs: 'absent',
    academicSessions: 'absent',
    courses: 'absent',
    classes: 'absent',
    users: 'absent',
    roles: 'absent',
    userProfiles: 'absent',
    enrollments: 'absent',
    demographics: 'absent',
  };
  // Each file becomes records as papaparse hands over its rows; no file is kept as a table of rows.
  // The issues of the records are said after every file's own (header, row width), in the order
  // the records were always read, whatever order the files are parsed in.
  const records = startRecords(version, display);
  let filesRead = 0;
  // progress counts bytes: the texts are decoded as they are parsed
  const totalBytes = rosterFileNames.reduce((sum, name) => sum + (texts.get(name)?.bytes ?? 0), 0);
  let readBytes = 0;
  source.onProgress?.(0, totalBytes);
  for (const name of rosterFileNames) {
    const file = display(`${name}.csv`);
    const listed = manifest?.modes.get(name);
    const text = texts.get(name)?.text;
    const binding = oneRosterBindings[version][name];
    if (text === undefined || !binding) {
      fileModes[name] = 'absent';
      if (text === undefined && (listed === 'bulk' || listed === 'delta')) {
        // a listed file that is missing is not "absent": importing without it would, for a bulk users
        // file, still write the classes, and for enrollments, leave every learner without a class
        log.error({
          file,
          expected: `the file ${name}.csv beside manifest.csv (or the manifest saying file.${name},absent)`,
          problem: `the manifest lists this file as ${listed} but the set does not hold it, so the import would be incomplete`,
        });
      }
      continue;
    }
    const options = { file, columns: binding, headerMatch: 'strict' } as const;
    if (listed === 'bulk' || listed === 'delta') {
      // the manifest says how to read the rows: each becomes a record as it is parsed
      fileModes[name] = listed;
      const { table, issues } = readCsvRows(text, options, (row) => records.take(name, row, listed));
      log.add(issues);
      if (!table) fileModes[name] = 'absent';
      else filesRead++;
    } else {
      // bulk or delta is decided from every row's status, so this file is read whole first (rare:
      // a set whose manifest does not list a file it holds)
      const { table, issues } = readCsvTable(text, options);
      log.add(issues);
      if (!table) fileModes[name] = 'absent';
      else {
        const mode = decideMode(name, listed, manifest !== null, table, file, log);
        fileModes[name] = mode;
        for (const row of table.rows) records.take(name, row, mode);
        filesRead++;
      }
    }
    readBytes += texts.get(name)?.bytes ?? 0;
    source.onProgress?.(readBytes, totalBytes);
    letGo(source, texts, name);
  }

  if (filesRead === 0 && !log.hasErrors()) {
    log.error({
      file: source.label === '' ? 'manifest.csv' : source.label,
      expected: 'OneRoster data files such as users.csv, classes.csv and enrollments.csv beside manifest.csv',
      problem: 'the set holds no OneRoster data files, so there is nothing to import',
    });
  }
  const { orgs, terms, courses, classes, users, enrollments, demographics, userProfiles } = records.finish(log);

  const roster: RosterPackage = {
    source: 'oneroster',
    version,
    sourceSystem: manifest?.sourceSystem ?? { name: null, code: null },
    fileModes,
    orgs,
    terms,
    courses,
    classes,
    users,
    enrollments,
    demographics,
    userProfiles,
  };
  checkRosterReferences(roster, display, log, records);
  records.forgetSourcedIds();
  const result = finishImport(log, () => roster);
  if (result.ok) return result;
  const partial = withoutErrorRows(roster, result.issues, display, records);
  return partial === null ? result : { ...result, partial };
}

/**
 * The roster without the records of rows that have an error, for "import the valid rows"; null when an
 * error is not about one row (a missing column, an unreadable file), since then nothing can be trusted.
 * Records that depend on a left-out record are dropped later, when the plan cannot place them.
 */
function withoutErrorRows(
  roster: RosterPackage,
  issues: readonly ImportIssue[],
  display: (name: string) => string,
  records: Pick<ReturnType<typeof startRecords>, 'rowOf' | 'recordsAt'>,
): RosterPackage | null {
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.some((issue) => issue.row === undefined)) return null;
  const bad = new Set(errors.map((issue) => `${issue.file}\u0000${issue.row ?? 0}`));
  // the places of the records kept: the records themselves stay packed
  const keep = (name: RecordFile, count: number): Int32Array => {
    const kept: number[] = [];
    for (let index = 0; index < count; index++) if (!bad.has(`${display(`${name}.csv`)}\u0000${records.rowOf(name, index)}`)) kept.push(index);
    return Int32Array.from(kept);
  };
  return {
    ...roster,
    ...records.recordsAt({
      orgs: keep('orgs', roster.orgs.length),
      academicSessions: keep('academicSessions', roster.terms.length),
      courses: keep('courses', roster.courses.length),
      classes: keep('classes', roster.classes.length),
      users: keep('users', roster.users.length),
      enrollments: keep('enrollments', roster.enrollments.length),
      demographics: keep('demographics', roster.demographics.length),
      userProfiles: keep('userProfiles', roster.userProfiles.length),
    }),
  };
}

/**
 * A file of the set, decoded a piece at a time as it is parsed (a district's files are never held whole
 * as text beside their bytes); `name` is its name in the set's files.
 */
type SetFile = { name: string; text: TextPieces; bytes: number };

/** Once a file is parsed, its bytes are not needed again: files the set owns are let go, so they are not all held to the end. */
function letGo(source: OneRosterFiles, texts: Map<string, SetFile>, name: RosterFileName): void {
  const file = texts.get(name);
  if (file === undefined || source.owned !== true) return;
  texts.delete(name);
  source.files.delete(file.name);
}

/** Decodes each known file; names are matched case-insensitively (a repair, so a warning). */
function findFiles(source: OneRosterFiles, display: (name: string) => string, log: IssueLog): Map<string, SetFile> {
  const texts = new Map<string, SetFile>();
  const wanted = ['manifest', ...rosterFileNames];
  for (const [name, bytes] of source.files) {
    const stem = name.replace(/\.csv$/i, '');
    const match = wanted.find((candidate) => candidate.toLowerCase() === stem.toLowerCase());
    if (match === undefined) continue;
    if (match !== stem) {
      log.warning({ file: display(name), value: name, expected: `the file name ${match}.csv`, problem: `the file was read as ${match}.csv (names are case-sensitive)` });
    }
    const decoded = decodeTextPieces(bytes, display(name));
    log.add(decoded.issues);
    texts.set(match, { name, text: decoded.text, bytes: bytes.length });
  }
  return texts;
}

/** The users.csv header decides: 1.1 has a role column, 1.2 keeps roles in roles.csv. */
function decideVersion(manifest: Manifest | null, texts: Map<string, SetFile>, display: (name: string) => string, log: IssueLog): OneRosterVersion {
  const users = texts.get('users');
  const usersHeader = users === undefined ? '' : firstLine(users.text);
  const headerNames = usersHeader.split(',').map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase());
  const fromFiles: OneRosterVersion | null =
    texts.get('users') === undefined
      ? texts.has('roles') || texts.has('userProfiles')
        ? '1.2'
        : null
      : headerNames.includes('role')
        ? '1.1'
        : '1.2';
  const declared = manifest?.version ?? null;
  if (declared !== null && fromFiles !== null && declared !== fromFiles) {
    log.warning({
      file: display(fromFiles === '1.1' ? 'users.csv' : 'manifest.csv'),
      value: declared,
      expected: `oneroster.version ${fromFiles}, which matches the files`,
      problem: `the manifest says OneRoster ${declared} but users.csv is laid out as ${fromFiles}; the files are read as ${fromFiles}`,
    });
  }
  if (declared === null && manifest !== null) {
    log.warning({
      file: display('manifest.csv'),
      column: 'oneroster.version',
      expected: '1.1 or 1.2',
      problem: `the manifest does not give a usable OneRoster version; the files are read as ${fromFiles ?? '1.2'}`,
    });
  }
  return fromFiles ?? declared ?? '1.2';
}

function decideMode(
  name: RosterFileName,
  listed: 'absent' | 'bulk' | 'delta' | undefined,
  hasManifest: boolean,
  table: CsvTable,
  file: string,
  log: IssueLog,
): FileMode {
  if (listed === 'bulk' || listed === 'delta') return listed;
  // the file is here, so it is read; delta only when every row says what changed
  const looksDelta = table.rows.length > 0 && table.rows.every((row) => (row.values['status'] ?? '') !== '');
  const mode = looksDelta ? 'delta' : 'bulk';
  if (hasManifest) {
    log.warning({
      file,
      value: listed ?? '(not listed)',
      expected: `file.${name} to be bulk or delta in manifest.csv, since the file is present`,
      problem: `the manifest ${listed === 'absent' ? 'calls this file absent' : 'does not list this file'}; it is read anyway, as ${mode}`,
    });
  }
  return mode;
}

/** The first line of a text, read from as few pieces as hold it. */
function firstLine(text: TextPieces): string {
  let head = '';
  for (const piece of text.pieces()) {
    head += piece;
    if (/[\r\n]/.test(head)) break;
  }
  return head.split(/\r\n|\n|\r/, 1)[0] ?? '';
}
