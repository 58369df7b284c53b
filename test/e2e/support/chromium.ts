import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * How Proficio's browser tests find and start Chromium — the one definition (playwright.config.ts, the
 * harness's global setup and `test/preflight.ts` all use it).
 *
 * Found: `PROFICIO_CHROMIUM` when set (a path to a Chromium binary), else the `chromium` command on PATH,
 * which is Debian's own build at /usr/bin/chromium (never `npx playwright install` — the build machines
 * download nothing). Started headless, with every background connection off, because the machines'
 * closed network refuses them noisily.
 */
export const debianChromium = '/usr/bin/chromium';
export const chromiumOverrideVariable = 'PROFICIO_CHROMIUM';

type Environment = Readonly<Record<string, string | undefined>>;

export type ChromiumLookup =
  /** `path` is an executable file */
  | { found: true; path: string; from: 'override' | 'PATH' }
  /** `PROFICIO_CHROMIUM` names something that is not an executable file */
  | { found: false; path: string; from: 'override' }
  /** no `chromium` on PATH; `path` is where Debian's package puts it */
  | { found: false; path: string; from: 'PATH' };

export function findChromium(env: Environment = process.env, isExecutable: (path: string) => boolean = isExecutableFile): ChromiumLookup {
  const override = env[chromiumOverrideVariable];
  if (override) return isExecutable(override) ? { found: true, path: override, from: 'override' } : { found: false, path: override, from: 'override' };
  const onPath = findCommand('chromium', env, isExecutable);
  return onPath ? { found: true, path: onPath, from: 'PATH' } : { found: false, path: debianChromium, from: 'PATH' };
}

/** The first executable `name` in the directories of PATH, as a shell would find it; null when none. */
export function findCommand(name: string, env: Environment = process.env, isExecutable: (path: string) => boolean = isExecutableFile): string | null {
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
  // Chromium asks Google's autofill server about every form it sees (content-autofill.googleapis.com);
  // Electron has no such service, and the e2e proxy refuses it (support/network-recorder.ts)
  '--disable-features=AutofillServerCommunication',
];

export const chromiumLaunchOptions = {
  executablePath: findChromium().path,
  args: chromiumArgs,
};
