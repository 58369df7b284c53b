import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { errorIssue, type ImportIssue } from './import-issue.js';

/**
 * The most one import file may hold, checked against the file's size before reading and again while
 * reading (a file may grow, or claim a size it does not have). The largest real district exports
 * are a few hundred MB; reading more than this into the worker would starve the app of memory.
 */
export const importFileByteLimit = 512 * 1024 * 1024;
export const importFileLimitWords = '512 MB';

export type PathLimits = { maxFileBytes: number };
export const defaultPathLimits: PathLimits = { maxFileBytes: importFileByteLimit };

export type PathRead<T> = { ok: true; value: T } | { ok: false; issues: ImportIssue[] };

const regularExpected = 'a regular file or a folder of regular files';

/** What a path is, for the message that refuses it: `a named pipe (FIFO)`, `a device`… */
function describeKind(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSymbolicLink(): boolean }): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function refused(path: string, problem: string, expected = regularExpected): PathRead<never> {
  return { ok: false, issues: [errorIssue({ file: path, expected, problem })] };
}

function limitWords(limits: PathLimits): string {
  return limits.maxFileBytes === importFileByteLimit ? importFileLimitWords : `${limits.maxFileBytes} bytes`;
}

function tooLarge(path: string, limits: PathLimits): PathRead<never> {
  return refused(path, `the file is larger than ${limitWords(limits)}, the most Proficio reads from one import file`, `a file of at most ${limitWords(limits)}`);
}

/**
 * Reads one regular file whole, or refuses it. The file is opened without blocking and checked on the
 * opened descriptor, so a named pipe cannot stall the worker and nothing can be swapped in between the
 * check and the read; a device such as /dev/zero is refused before a byte is read.
 */
export function readRegularFile(path: string, limits: PathLimits = defaultPathLimits): PathRead<Uint8Array> {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one (absent on Windows)
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return refused(path, `the file cannot be opened (${error instanceof Error && 'code' in error ? String(error.code) : 'unknown error'})`, 'an existing file you may read');
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return refused(path, `this is ${describeKind(info)}, which Proficio does not read`);
    if (info.size > limits.maxFileBytes) return tooLarge(path, limits);
    // one more byte than the file claims: if it arrives, the file grew while being read
    let buffer = Buffer.allocUnsafe(Math.min(info.size + 1, limits.maxFileBytes + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limits.maxFileBytes) return tooLarge(path, limits);
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limits.maxFileBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limits.maxFileBytes) return tooLarge(path, limits);
    return { ok: true, value: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

/** Whether a path is a regular file or a folder (symbolic links followed); anything else is refused. */
export function classifyPath(path: string): PathRead<'file' | 'folder'> {
  let info;
  try {
    info = statSync(path);
  } catch {
    return refused(path, 'the file or folder cannot be opened', 'an existing file or folder');
  }
  if (info.isDirectory()) return { ok: true, value: 'folder' };
  if (info.isFile()) return { ok: true, value: 'file' };
  return refused(path, `this is ${describeKind(info)}, which Proficio does not read`);
}

/**
 * The `.csv` files of a folder (top level only), each read with the same checks as one file. A `.csv`
 * name that is not a regular file (a pipe, a device, a link to one) refuses the whole folder: skipping
 * it would import the set without a file the user meant to give.
 */
export function readFolderCsvFiles(path: string, limits: PathLimits = defaultPathLimits): PathRead<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const issues: ImportIssue[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (!entry.name.toLowerCase().endsWith('.csv')) continue;
    const read = readRegularFile(join(path, entry.name), limits);
    if (read.ok) files.set(entry.name, read.value);
    else issues.push(...read.issues);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: files };
}
