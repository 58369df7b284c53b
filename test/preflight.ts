import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumOverrideVariable, findChromium, findCommand, isExecutableFile, type ChromiumLookup } from './e2e/support/chromium.js';

/**
 * Runs before the browser tests (`npm test`, `npm run test:e2e`): makes sure Debian's Chromium is there,
 * so a fresh Debian machine with only Node passes the README's test command. Found: says nothing.
 * Missing and running as root with apt-get: installs it, saying so in one line. Otherwise: stops
 * with one line saying what to install, exit code 1. How Chromium is found is `e2e/support/chromium.ts`.
 */
type Environment = Readonly<Record<string, string | undefined>>;

export type PreflightContext = {
  env: Environment;
  isRoot: boolean;
  /** whether a path is an executable file (the real file system unless a test says otherwise) */
  isExecutable: (path: string) => boolean;
  /** runs `apt-get update` and `apt-get install chromium`; ok false with apt's output when it fails */
  installChromium: () => { ok: boolean; output: string };
  say: (line: string) => void;
  complain: (line: string) => void;
};

export const installingLine = "Installing Debian's Chromium for the browser tests (apt-get install chromium)…";

/** The one line that tells a person what to do when Chromium is missing and this run cannot install it. */
export function missingChromiumLine(lookup: ChromiumLookup & { found: false }, hasAptGet: boolean): string {
  if (lookup.from === 'override') {
    return `${chromiumOverrideVariable} is set to ${lookup.path}, which is not an executable file: point it at a Chromium binary, or unset it to use Debian's chromium, and try again.`;
  }
  return hasAptGet
    ? 'The browser tests need Chromium: run `sudo apt-get install chromium` and try again.'
    : `The browser tests need Chromium and there is no \`chromium\` on PATH: install it (on Debian, \`sudo apt-get install chromium\`) or set ${chromiumOverrideVariable} to its binary, and try again.`;
}

/** 0 when Chromium is there (found or just installed), 1 when the browser tests cannot run. */
export function ensureChromium(context: PreflightContext): number {
  const lookup = findChromium(context.env, context.isExecutable);
  if (lookup.found) return 0;
  const hasAptGet = findCommand('apt-get', context.env, context.isExecutable) !== null;
  if (lookup.from === 'override' || !context.isRoot || !hasAptGet) {
    context.complain(missingChromiumLine(lookup, hasAptGet));
    return 1;
  }
  context.say(installingLine);
  const installed = context.installChromium();
  if (!installed.ok) {
    if (installed.output.trim()) context.complain(installed.output.trimEnd());
    context.complain('Could not install Chromium with apt-get (its output is above): install the chromium package and try again.');
    return 1;
  }
  const after = findChromium(context.env, context.isExecutable);
  if (!after.found) {
    context.complain(`apt-get installed chromium, but there is still no \`chromium\` on PATH (${context.env['PATH'] ?? ''}): add /usr/bin to PATH or set ${chromiumOverrideVariable}.`);
    return 1;
  }
  return 0;
}

function aptInstallChromium(): { ok: boolean; output: string } {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let output = '';
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', 'chromium']]) {
    const run = spawnSync('apt-get', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    output += `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? `${run.error.message}\n` : ''}`;
    if (run.status !== 0) return { ok: false, output: `apt-get ${args.join(' ')} failed (exit ${run.status ?? run.signal}):\n${output}` };
  }
  return { ok: true, output };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  process.exitCode = ensureChromium({
    env: process.env,
    isRoot: process.getuid?.() === 0,
    isExecutable: isExecutableFile,
    installChromium: aptInstallChromium,
    say: (line) => console.log(line),
    complain: (line) => console.error(line),
  });
}
