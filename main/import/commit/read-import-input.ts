import { basename } from 'node:path';
import { readCaseJson } from '../case/read-case-json.js';
import { readOpenSaltCsv, type FrameworkCsvOptions } from '../case/read-opensalt-csv.js';
import { decodeText, decodeTextPieces } from '../decode-text.js';
import { errorIssue, type ImportIssue, type ImportResult } from '../import-issue.js';
import { readOneRoster } from '../oneroster/read-oneroster.js';
import { unzipOneRoster, type ReadProgress } from '../oneroster/read-oneroster-source.js';
import { classifyPath, defaultPathLimits, readFolderCsvFiles, readRegularFile, type PathLimits } from '../read-path.js';
import { detectKindOfFile, type ImportKind, type ImportSource } from '../read-import-source.js';
import { readRosterCsv } from '../roster-csv/read-roster-csv.js';
import { readStandardsCsv } from '../standards-csv/read-standards-csv.js';
import { assertNever } from '../../../preload/contract/shared.js';

/** A file handed over in memory (a drop or an upload); `name` is its relative path, folder included. */
export type ImportInputFile = { name: string; bytes: Uint8Array };

export type ReadImport = { fileName: string; source: ImportSource | { kind: null; issues: ImportIssue[] } };

/**
 * A path on disk (the command line only: the window sends the contents of files the user picked).
 * Only a regular file or a folder of regular files is read, each file at most `limits.maxFileBytes`;
 * then the bytes go through the same code as files sent by the window.
 */
export function readImportPath(path: string, options: FrameworkCsvOptions = {}, onProgress?: ReadProgress, limits: PathLimits = defaultPathLimits): ReadImport {
  const name = basename(path);
  const kind = classifyPath(path);
  if (!kind.ok) return { fileName: name, source: { kind: null, issues: kind.issues } };
  if (kind.value === 'file') {
    const bytes = readRegularFile(path, limits);
    return bytes.ok ? readImportBytes(name, bytes.value, options, onProgress) : { fileName: name, source: { kind: null, issues: bytes.issues } };
  }
  const files = readFolderCsvFiles(path, limits);
  return files.ok ? readRosterFolder(name, files.value, onProgress) : { fileName: name, source: { kind: null, issues: files.issues } };
}

export function readImportFiles(input: readonly ImportInputFile[], options: FrameworkCsvOptions = {}, onProgress?: ReadProgress): ReadImport {
  const [only] = input;
  if (input.length === 1 && only && !only.name.includes('/')) return readImportBytes(only.name, only.bytes, options, onProgress);
  // a folder upload: the folder holding manifest.csv (or users.csv) is the OneRoster set
  const home =
    input.find((file) => /(^|\/)manifest\.csv$/i.test(file.name))?.name.replace(/[^/]*$/, '') ??
    input.find((file) => /(^|\/)users\.csv$/i.test(file.name))?.name.replace(/[^/]*$/, '');
  if (home === undefined) {
    if (input.length === 1 && only) return readImportBytes(basename(only.name), only.bytes, options, onProgress);
    return failed('upload', 'a OneRoster folder with manifest.csv or users.csv, or one file', 'the files hold no manifest.csv or users.csv');
  }
  const files = new Map<string, Uint8Array>();
  for (const file of input) {
    const rest = file.name.slice(home.length);
    if (file.name.startsWith(home) && !rest.includes('/') && rest.toLowerCase().endsWith('.csv')) files.set(rest, file.bytes);
  }
  return readRosterFolder(home.replace(/\/$/, '').split('/').at(-1) ?? '', files, onProgress);
}

function readRosterFolder(label: string, files: Map<string, Uint8Array>, onProgress?: ReadProgress): ReadImport {
  const names = [...files.keys()].map((name) => name.toLowerCase());
  if (!names.includes('manifest.csv') && !names.includes('users.csv')) {
    return failed(label, 'a OneRoster folder with manifest.csv or users.csv', 'the folder holds no manifest.csv or users.csv, so it is not a OneRoster set');
  }
  // the map is this import's own (its bytes stay with whoever handed them over, if anyone): each file is let go once parsed
  return { fileName: label, source: { kind: 'oneroster', result: readOneRoster({ label, files, onProgress, owned: true }) } };
}

/** One file's bytes: detected by name and header, then read by the matching reader. */
export function readImportBytes(name: string, bytes: Uint8Array, options: FrameworkCsvOptions = {}, onProgress?: ReadProgress): ReadImport {
  const detected = detectKindOfFile(name, bytes);
  if (!detected.ok) return { fileName: name, source: { kind: null, issues: detected.issues } };
  if (detected.kind === 'oneroster') {
    const unzipped = unzipOneRoster(bytes, name);
    return { fileName: name, source: { kind: 'oneroster', result: unzipped.ok ? readOneRoster({ ...unzipped.value, onProgress }) : { ok: false, issues: unzipped.issues } } };
  }
  // one file is read in one go: progress says when it starts and when it is done
  onProgress?.(0, bytes.length);
  const read = readSingleFile(name, bytes, detected.kind, options);
  onProgress?.(bytes.length, bytes.length);
  return read;
}

function readSingleFile(name: string, bytes: Uint8Array, kind: Exclude<ImportKind, 'oneroster'>, options: FrameworkCsvOptions): ReadImport {
  if (kind === 'roster-csv') {
    // a class list is parsed as it is decoded: its text is never held whole beside its bytes
    const pieces = decodeTextPieces(bytes, name);
    const result = readRosterCsv(pieces.text, name);
    return { fileName: name, source: { kind: 'roster-csv', result: { ...result, issues: [...pieces.issues, ...result.issues] } } };
  }
  const decoded = decodeText(bytes, name);
  const withDecoding = <T>(result: ImportResult<T>): ImportResult<T> => ({ ...result, issues: [...decoded.issues, ...result.issues] });
  switch (kind) {
    case 'case':
      return { fileName: name, source: { kind: 'case', result: withDecoding(readCaseJson(decoded.text, name)) } };
    case 'case-csv':
      return { fileName: name, source: { kind: 'case-csv', result: withDecoding(readOpenSaltCsv(decoded.text, name, options)) } };
    case 'standards-csv':
      return { fileName: name, source: { kind: 'standards-csv', result: withDecoding(readStandardsCsv(decoded.text, name, options)) } };
    default:
      return assertNever(kind);
  }
}

function failed(file: string, expected: string, problem: string): ReadImport {
  return { fileName: file, source: { kind: null, issues: [errorIssue({ file, expected, problem })] } };
}
