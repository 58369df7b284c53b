import { readdir } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readCaseJson } from './case/read-case-json.js';
import { openSaltCsvColumns, readOpenSaltCsv, type FrameworkCsvOptions } from './case/read-opensalt-csv.js';
import { looseHeaderKey, type CsvColumn } from './csv-table.js';
import { decodeText, decodeTextPieces } from './decode-text.js';
import type { FrameworkPackage } from './framework-package.js';
import { errorIssue, type ImportIssue, type ImportResult } from './import-issue.js';
import { readOneRoster } from './oneroster/read-oneroster.js';
import { classifyPath, readRegularFile } from './read-path.js';
import { isRosterMember, readOneRosterSource } from './oneroster/read-oneroster-source.js';
import { listZipMembers } from './oneroster/read-zip.js';
import type { RosterPackage } from './roster-package.js';
import { readRosterCsv, rosterCsvColumns } from './roster-csv/read-roster-csv.js';
import { standardsCsvColumns } from './standards-csv/standards-csv-columns.js';
import { readStandardsCsv } from './standards-csv/read-standards-csv.js';

import type { ImportKind } from '../../preload/contract/index.js';
import { assertNever } from '../../preload/contract/shared.js';

export type { ImportKind };

export type ImportSource =
  | { kind: 'case' | 'case-csv' | 'standards-csv'; result: ImportResult<FrameworkPackage> }
  | { kind: 'oneroster' | 'roster-csv'; result: ImportResult<RosterPackage> };

export type KindResult = { ok: true; kind: ImportKind } | { ok: false; issues: ImportIssue[] };

const supported =
  'a CASE framework (.json), a standards or class-list CSV, or a OneRoster folder or .zip containing manifest.csv or users.csv';

/** Decides what a file or folder holds from its name and contents; anything but a regular file or folder is refused. */
export async function detectImportKind(path: string): Promise<KindResult> {
  const name = basename(path);
  const kind = classifyPath(path);
  if (!kind.ok) return kind;
  if (kind.value === 'folder') {
    const names = (await readdir(path)).map((entry) => entry.toLowerCase());
    return names.includes('manifest.csv') || names.includes('users.csv')
      ? { ok: true, kind: 'oneroster' }
      : unknown(name, 'the folder holds no manifest.csv or users.csv, so it is not a OneRoster set');
  }
  const bytes = readRegularFile(path);
  return bytes.ok ? detectKindOfFile(name, bytes.value) : bytes;
}

/** The same decision for bytes already in memory (a dropped file). */
export function detectKindOfFile(name: string, bytes: Uint8Array): KindResult {
  switch (extname(name).toLowerCase()) {
    case '.json':
      return looksLikeCasePackage(name, bytes)
        ? { ok: true, kind: 'case' }
        : notOurs(name, 'the JSON names none of CFDocument, CFItems or CFAssociations, so it is not a CASE standards package');
    case '.zip': {
      // the directory alone says what the zip holds; its members are checked when they are read
      const listed = listZipMembers(bytes, name);
      if (!listed.ok) return listed;
      const names = listed.value.filter((member) => isRosterMember(member.name)).map((member) => member.name.toLowerCase());
      return names.some((entry) => /(^|\/)(manifest|users)\.csv$/.test(entry))
        ? { ok: true, kind: 'oneroster' }
        : unknown(name, 'the zip holds no manifest.csv or users.csv, so it is not a OneRoster set');
    }
    case '.csv':
    case '.txt':
      return detectCsvKind(name, bytes);
    default:
      return notOurs(name, `Proficio does not import ${extname(name) === '' ? 'files without an extension' : `${extname(name)} files`}`);
  }
}

function detectCsvKind(name: string, bytes: Uint8Array): KindResult {
  const { text } = decodeText(bytes.subarray(0, 64 * 1024), name);
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const header = new Set(firstLine.split(',').map((cell) => looseHeaderKey(cell.trim().replace(/^"|"$/g, ''))));
  const hasAll = (columns: readonly CsvColumn[]) =>
    columns
      .filter((column) => column.required)
      .every((column) => [column.name, ...(column.aliases ?? [])].some((candidate) => header.has(looseHeaderKey(candidate))));
  if (hasAll(openSaltCsvColumns)) return { ok: true, kind: 'case-csv' };
  if (hasAll(rosterCsvColumns)) return { ok: true, kind: 'roster-csv' };
  if (hasAll(standardsCsvColumns)) return { ok: true, kind: 'standards-csv' };
  if (header.has('sourcedid')) {
    return unknown(name, 'this is one file of a OneRoster set; choose the whole folder or .zip instead');
  }
  return notOurs(name, `its header (${firstLine.slice(0, 80)}) matches none of the CSV formats Proficio reads`);
}

/** Detects the kind, then reads the file or folder into a package (or issues). */
export async function readImportSource(path: string, options: FrameworkCsvOptions = {}): Promise<ImportSource | { kind: null; issues: ImportIssue[] }> {
  const detected = await detectImportKind(path);
  if (!detected.ok) return { kind: null, issues: detected.issues };
  const name = basename(path);
  if (detected.kind === 'oneroster') {
    const source = await readOneRosterSource(path);
    return { kind: 'oneroster', result: source.ok ? readOneRoster(source.value) : { ok: false, issues: source.issues } };
  }
  const bytes = readRegularFile(path);
  if (!bytes.ok) return { kind: null, issues: bytes.issues };
  if (detected.kind === 'roster-csv') {
    // a class list is parsed as it is decoded, 64 KiB at a time: its text is never held whole beside its bytes
    const pieces = decodeTextPieces(bytes.value, name);
    const result = readRosterCsv(pieces.text, name);
    return { kind: 'roster-csv', result: { ...result, issues: [...pieces.issues, ...result.issues] } };
  }
  const decoded = decodeText(bytes.value, name);
  const withDecoding = <T>(result: ImportResult<T>): ImportResult<T> => ({ ...result, issues: [...decoded.issues, ...result.issues] });
  switch (detected.kind) {
    case 'case':
      return { kind: 'case', result: withDecoding(readCaseJson(decoded.text, name)) };
    case 'case-csv':
      return { kind: 'case-csv', result: withDecoding(readOpenSaltCsv(decoded.text, name, options)) };
    case 'standards-csv':
      return { kind: 'standards-csv', result: withDecoding(readStandardsCsv(decoded.text, name, options)) };
    default:
      return assertNever(detected.kind);
  }
}

/**
 * A CASE package names its parts (CFDocument, CFItems…) at its top level, so a JSON file that never
 * says "CFDocument" or "CFItems" is some other program's file (a package.json, a settings file).
 * The head is enough for any real package; the whole text is searched only when the head does not say.
 */
function looksLikeCasePackage(name: string, bytes: Uint8Array): boolean {
  const marker = /"CF(Document|Items|Associations|Package)"/;
  if (marker.test(decodeText(bytes.subarray(0, 64 * 1024), name).text)) return true;
  return bytes.length > 64 * 1024 && marker.test(decodeText(bytes, name).text);
}

/** The file is not one Proficio imports at all: say so plainly and point to where the accepted kinds are listed. */
function notOurs(file: string, why: string): KindResult {
  return {
    ok: false,
    issues: [
      errorIssue({
        file,
        expected: `${supported} (the kinds listed on the import window's first step, and in the README under "Importing standards and rosters")`,
        problem: `this is not a standards or roster file: ${why}`,
      }),
    ],
  };
}

function unknown(file: string, problem: string): KindResult {
  return { ok: false, issues: [errorIssue({ file, expected: supported, problem })] };
}
