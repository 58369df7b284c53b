/**
 * File → Open Recent: the list of gradebooks opened lately, newest first, kept in a small JSON file in
 * the user's profile. The first entry is also the gradebook a start reopens. No Electron here, so
 * the list logic is tested with real files (recent-gradebooks.test.ts).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const maxRecentGradebooks = 10;
export const recentGradebooksFileName = 'recent-gradebooks.json';

type RecentFile = { version: 1; gradebooks: string[] };

/**
 * Paths compare after resolving; on Windows and macOS the usual file systems ignore case, so
 * `C:\Gradebooks\A.proficio` and `c:\gradebooks\a.proficio` are one entry there.
 */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  const [x, y] = [resolve(a), resolve(b)];
  return platform === 'win32' || platform === 'darwin' ? x.toLowerCase() === y.toLowerCase() : x === y;
}

/** `path` moves (or is added) to the front; the list never holds a path twice or more than ten. */
export function addRecent(list: readonly string[], path: string, platform: NodeJS.Platform = process.platform): string[] {
  return [path, ...list.filter((entry) => !samePath(entry, path, platform))].slice(0, maxRecentGradebooks);
}

export function removeRecent(list: readonly string[], path: string, platform: NodeJS.Platform = process.platform): string[] {
  return list.filter((entry) => !samePath(entry, path, platform));
}

/** Drops files that were moved or deleted since, so the menu never offers what cannot open. */
export function pruneMissing(list: readonly string[], exists: (path: string) => boolean): string[] {
  return list.filter((entry) => exists(entry));
}

/**
 * Reads the list from its JSON text. A damaged or foreign file yields what can be trusted of it (or
 * nothing) instead of an error: a lost Open Recent menu is not worth stopping the app for.
 */
export function parseRecentGradebooks(text: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof data !== 'object' || data === null || !('gradebooks' in data) || !Array.isArray(data.gradebooks)) return [];
  const paths = data.gradebooks.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '');
  return paths.reduceRight<string[]>((list, path) => addRecent(list, path), []);
}

export function serializeRecentGradebooks(list: readonly string[]): string {
  return `${JSON.stringify({ version: 1, gradebooks: list.slice(0, maxRecentGradebooks) } satisfies RecentFile, null, 2)}\n`;
}

export function recentGradebooksFile(userDataPath: string): string {
  return join(userDataPath, recentGradebooksFileName);
}

/** The stored list; an absent file is an empty list (first start). */
export function readRecentGradebooks(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
  return parseRecentGradebooks(text);
}

/** Writes through a temporary file and a rename, so a crash mid-write never leaves half a list. */
export function writeRecentGradebooks(file: string, list: readonly string[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serializeRecentGradebooks(list));
  renameSync(temporary, file);
}
