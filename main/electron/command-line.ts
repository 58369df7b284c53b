/**
 * What the shell reads from its command line and environment, as pure functions. A gradebook can
 * arrive on the command line when the file manager opens a `.proficio` file (file association) and
 * when a second launch hands its file to the running instance.
 */
import { isAbsolute, resolve } from 'node:path';
import { gradebookExtension } from './gradebook-files.js';

/** Development and tests only: a throw-away profile, so a test never touches a teacher's real data. */
export const userDataEnvironmentVariable = 'PROFICIO_USER_DATA';

export function userDataOverride(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | null {
  // a packaged app keeps its data where the operating system expects it, whatever the environment says
  if (isPackaged) return null;
  const value = env[userDataEnvironmentVariable]?.trim();
  return value ? resolve(value) : null;
}

/**
 * The gradebook named on a command line: the last argument that is a `.proficio` file and not a
 * switch. Chromium and Electron add switches of their own and may reorder them, so position means
 * nothing; relative paths are relative to the directory the launch happened in.
 */
export function gradebookPathFromArgv(argv: readonly string[], cwd: string): string | null {
  const candidates = argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(gradebookExtension));
  const last = candidates.at(-1);
  if (last === undefined) return null;
  return isAbsolute(last) ? last : resolve(cwd, last);
}

/** What a second launch sends the running instance with `requestSingleInstanceLock`. */
export type SecondInstanceData = { gradebookPath: string | null };

/**
 * The gradebook a second launch asked for. Its own parse of its own argv arrives intact as
 * additionalData; the argv Electron relays is a fallback, since it may be reordered or extended.
 */
export function gradebookPathFromSecondInstance(additionalData: unknown, argv: readonly string[], cwd: string): string | null {
  if (typeof additionalData === 'object' && additionalData !== null && 'gradebookPath' in additionalData) {
    const { gradebookPath } = additionalData;
    if (typeof gradebookPath === 'string' && isAbsolute(gradebookPath) && gradebookPath.toLowerCase().endsWith(gradebookExtension)) {
      return gradebookPath;
    }
    if (gradebookPath === null) return null;
  }
  return gradebookPathFromArgv(argv, cwd);
}
