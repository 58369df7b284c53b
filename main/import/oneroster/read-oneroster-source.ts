import { basename } from 'node:path';
import type { ImportIssue } from '../import-issue.js';
import { defaultZipLimits, readZipMembers, type ZipLimits } from './read-zip.js';
import { classifyPath, readFolderCsvFiles, readRegularFile } from '../read-path.js';

/** The CSV files of a OneRoster set by name (`users.csv`), plus the label issues use for the set. */
export type OneRosterFiles = {
  label: string;
  files: Map<string, Uint8Array>;
  /**
   * The files were read for this import alone (from disk, or inflated from a zip): the reader deletes
   * each from `files` once it is parsed, so a district's files are not all held until the end.
   */
  owned?: boolean | undefined;
  /** Called as each file is read: characters read so far of all the set's files (a district set takes a while). */
  onProgress?: ReadProgress | undefined;
};

export type ReadProgress = (done: number, total: number) => void;

export type OneRosterSourceResult = { ok: true; value: OneRosterFiles } | { ok: false; issues: ImportIssue[] };

/**
 * Reads a folder or a .zip into name → bytes. Only the top level counts; a zip made by "compress
 * folder" puts everything under one folder, so a zip whose only content is one folder is read from
 * inside it. Mac resource forks (__MACOSX) are skipped.
 */
export async function readOneRosterSource(path: string): Promise<OneRosterSourceResult> {
  const label = basename(path);
  const kind = classifyPath(path);
  if (!kind.ok) return kind;
  if (kind.value === 'folder') {
    const files = readFolderCsvFiles(path);
    return files.ok ? { ok: true, value: { label, files: files.value, owned: true } } : files;
  }
  const bytes = readRegularFile(path);
  return bytes.ok ? unzipOneRoster(bytes.value, label) : bytes;
}

/** The CSV members worth reading: not folders of Mac resource forks. */
export const isRosterMember = (name: string): boolean => name.toLowerCase().endsWith('.csv') && !name.startsWith('__MACOSX/');

/**
 * The zip's CSV files, each checked against its CRC-32 and declared sizes, within the caps of
 * `read-zip.ts` (`limits`): a damaged, cut or oversized member refuses the zip, naming it.
 */
export function unzipOneRoster(bytes: Uint8Array, label: string, limits: ZipLimits = defaultZipLimits): OneRosterSourceResult {
  const read = readZipMembers(bytes, label, isRosterMember, limits);
  if (!read.ok) return read;
  const entries = Object.fromEntries(read.value);
  const names = Object.keys(entries);
  const folders = new Set(names.map((name) => (name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : '')));
  // the folder holding manifest.csv (or users.csv) is the set; with none, the shallowest folder
  const home =
    names.find((name) => /(^|\/)manifest\.csv$/i.test(name))?.replace(/[^/]*$/, '') ??
    names.find((name) => /(^|\/)users\.csv$/i.test(name))?.replace(/[^/]*$/, '') ??
    [...folders].sort((a, b) => a.length - b.length)[0] ??
    '';
  const files = new Map<string, Uint8Array>();
  for (const name of names) {
    const entry = entries[name];
    if (entry && name.startsWith(home) && !name.slice(home.length).includes('/')) files.set(name.slice(home.length), entry);
  }
  return { ok: true, value: { label, files, owned: true } };
}
