#!/usr/bin/env node
/**
 * Makes sure a better-sqlite3 binary built for the installed Electron's ABI exists in
 * `.native/electron-<version>/better_sqlite3.node`, and mirrors it to `.native/electron/` for
 * electron-builder (which cannot put the Electron version into an extraResources path).
 *
 * Why a second binary: node_modules/better-sqlite3 is built for Node 20, which the tests, the CLI and
 * the browser harness run on. Electron embeds another Node with another ABI and cannot load it.
 * Rebuilding node_modules in place (electron-rebuild, install-app-deps) would break the tests, so the
 * Electron build is made in a temporary copy of the package and kept outside node_modules.
 *
 * How: the prebuilt binary better-sqlite3 publishes for Electron (prebuild-install), else a build
 * from source against Electron's headers (node-gyp). Both need the internet; offline this exits
 * non-zero and says what to do. `--from <file>` takes a binary or prebuild archive fetched elsewhere.
 *
 * Usage: node main/packaging/ensure-electron-native.mjs [--force] [--from <better_sqlite3.node | prebuild .tar.gz>]
 *        node main/packaging/ensure-electron-native.mjs --print-path
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const nodeModules = join(repoRoot, 'node_modules');
const fileName = 'better_sqlite3.node';
const electronHeadersUrl = 'https://electronjs.org/headers';

const { values: options } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    from: { type: 'string' },
    'print-path': { type: 'boolean', default: false },
  },
});

const say = (message) => console.log(`ensure-electron-native: ${message}`);

/** A failure the user can act on: printed as its message, without a stack trace. */
class Failure extends Error {}
function fail(message) {
  throw new Failure(message);
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function electronVersion() {
  const manifest = join(nodeModules, 'electron', 'package.json');
  if (!existsSync(manifest)) {
    console.error('ensure-electron-native: FAILED — the electron package is not installed (node_modules/electron). Run "npm install" first.');
    process.exit(1);
  }
  return readJson(manifest).version;
}

/** Electron's NODE_MODULE_VERSION: from the electron package, else from node-abi (a dependency of prebuild-install). */
function electronAbi(version) {
  const fromPackage = join(nodeModules, 'electron', 'abi_version');
  if (existsSync(fromPackage)) return readFileSync(fromPackage, 'utf8').trim();
  try {
    return String(createRequire(join(nodeModules, 'x.js'))('node-abi').getAbi(version, 'electron'));
  } catch {
    return null;
  }
}

/**
 * The ABI a native module was built for. better-sqlite3 registers itself through the symbol
 * `node_register_module_v<ABI>`, so the file says which runtime can load it — this catches the
 * classic mistake of a "successful" Electron rebuild that used Node's headers (npm's nodedir).
 */
function builtForAbi(binaryPath) {
  const match = /node_register_module_v(\d+)/.exec(readFileSync(binaryPath).toString('latin1'));
  return match ? match[1] : null;
}

function checkAbi(binaryPath, label) {
  if (abi === null) return; // an Electron too new for node-abi and without abi_version: cannot check
  const found = builtForAbi(binaryPath);
  if (found !== abi) {
    fail(
      `${label} is built for ABI ${found ?? 'unknown'}, but Electron ${version} needs ABI ${abi}` +
        `${found === process.versions.modules ? ` (ABI ${found} is this Node ${process.version}: it was built with Node's headers)` : ''}.\n` +
        `Nothing was installed. Pass --from with a binary built for Electron ${version}, or run with --force on a machine with internet access.`,
    );
  }
}

const version = electronVersion();
const abi = electronAbi(version);
const betterSqlite3Version = readJson(join(nodeModules, 'better-sqlite3', 'package.json')).version;
const target = join(repoRoot, '.native', `electron-${version}`, fileName);
const forPackaging = join(repoRoot, '.native', 'electron');

/** The version-less copy electron-builder.yml ships, with a note the beforePack hook checks. */
function publishForPackaging() {
  mkdirSync(forPackaging, { recursive: true });
  copyFileSync(target, join(forPackaging, fileName));
  const builtFor = { electronVersion: version, abi, platform: process.platform, arch: process.arch, betterSqlite3: betterSqlite3Version };
  writeFileSync(join(forPackaging, 'built-for.json'), `${JSON.stringify(builtFor, null, 2)}\n`);
}

function install(binaryPath, label) {
  checkAbi(binaryPath, label);
  mkdirSync(join(target, '..'), { recursive: true });
  copyFileSync(binaryPath, target);
  publishForPackaging();
  say(`installed ${relative(repoRoot, target)} (Electron ${version}, ABI ${abi ?? '?'}, ${process.platform}-${process.arch})`);
}

/**
 * The environment for the child tools. npm hands its config to scripts as npm_config_* variables, and
 * on the build machines that includes nodedir=/usr — with it node-gyp builds against Node 20's
 * headers and reports success. Drop every setting that picks the runtime, then ask for Electron.
 */
function electronBuildEnv() {
  const dropped = /^npm_config_(nodedir|target|target_arch|runtime|disturl|dist_url|build_from_source)$/i;
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !dropped.test(name)));
  return { ...env, npm_config_runtime: 'electron', npm_config_target: version, npm_config_disturl: electronHeadersUrl };
}

/** Runs a Node tool from node_modules in the package copy; returns null on success, else the tail of its output. */
function run(tool, args, cwd, timeoutMinutes) {
  const result = spawnSync(process.execPath, [join(nodeModules, ...tool), ...args], {
    cwd,
    env: electronBuildEnv(),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: timeoutMinutes * 60_000,
  });
  if (result.status === 0) return null;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`;
  // keep what explains the failure; node-gyp's stack frames and environment lines only bury it
  const noise = /^gyp (info|ERR! stack\s+at |ERR! (System|command|cwd|node -v|node-gyp -v|not ok))/;
  const lines = output.split('\n').filter((line) => line.trim() !== '' && !noise.test(line));
  return lines.slice(-12).join('\n') || `exit code ${result.status ?? result.signal}`;
}

const offlineSigns = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network|getaddrinfo|socket hang up/i;

const prebuildName = `better-sqlite3-v${betterSqlite3Version}-electron-v${abi}-${process.platform}-${process.arch}.tar.gz`;
const prebuildUrl = `https://github.com/WiseLibs/better-sqlite3/releases/download/v${betterSqlite3Version}/${prebuildName}`;

function explainFailure(attempts) {
  const offline = attempts.every(({ output }) => offlineSigns.test(output));
  const tried = attempts.map(({ what, output }) => `--- ${what} ---\n${output}`).join('\n\n');
  return [
    `Could not get better-sqlite3 for Electron ${version} (ABI ${abi ?? '?'}, ${process.platform}-${process.arch}).`,
    offline
      ? 'This machine cannot reach the internet: the prebuilt binary comes from GitHub and a build from source needs Electron\'s headers from electronjs.org.'
      : 'Both the prebuilt download and the build from source failed (see below).',
    '',
    'What to do (any one):',
    '  1. On a machine with internet access, run "npm start" or "npm run dist" (or this script) — it fetches or builds the binary.',
    `  2. Download ${prebuildUrl}`,
    `     elsewhere, bring it here and run: node main/packaging/ensure-electron-native.mjs --from ${prebuildName}`,
    `  3. Pass --from <path to a better_sqlite3.node built for Electron ${version} on ${process.platform}-${process.arch}>.`,
    '',
    'Tests, the CLI and the browser harness do not need this binary: they use the Node build in node_modules.',
    '',
    'What was tried:',
    tried,
  ].join('\n');
}

function obtain() {
  const work = mkdtempSync(join(tmpdir(), 'proficio-electron-native-'));
  try {
    // a copy without build/: the Node 20 binary there must never be mistaken for the Electron one
    const source = join(nodeModules, 'better-sqlite3');
    const copy = join(work, 'better-sqlite3');
    cpSync(source, copy, { recursive: true, filter: (path) => !['build', 'prebuilds'].includes(relative(source, path).split(/[\\/]/)[0] ?? '') });
    const built = join(copy, 'build', 'Release', fileName);

    if (options.from !== undefined && !options.from.endsWith('.node')) {
      // prebuild-install looks in ./prebuilds before downloading, and checks the archive's name
      mkdirSync(join(copy, 'prebuilds'), { recursive: true });
      copyFileSync(resolve(options.from), join(copy, 'prebuilds', prebuildName));
    }

    const attempts = [];
    say(`fetching the prebuilt better-sqlite3 for Electron ${version} (ABI ${abi ?? '?'}, ${process.platform}-${process.arch})…`);
    const prebuildFailure = run(
      ['prebuild-install', 'bin.js'],
      ['--runtime', 'electron', '--target', version, '--arch', process.arch, '--platform', process.platform, '--verbose'],
      copy,
      5,
    );
    if (prebuildFailure === null && existsSync(built)) return install(built, `The binary prebuild-install unpacked${options.from === undefined ? '' : ` from ${options.from}`}`);
    attempts.push({ what: 'prebuild-install (prebuilt binary from GitHub)', output: prebuildFailure ?? 'no binary produced' });
    if (options.from !== undefined) fail(`${basename(options.from)} could not be used:\n${prebuildFailure ?? 'no binary produced'}\nIt should be ${prebuildName}.`);

    say('no prebuilt binary; building from source against Electron\'s headers (about 2 minutes)…');
    const buildFailure = run(
      ['node-gyp', 'bin', 'node-gyp.js'],
      ['rebuild', '--release', '--runtime=electron', `--target=${version}`, `--dist-url=${electronHeadersUrl}`],
      copy,
      20,
    );
    if (buildFailure === null && existsSync(built)) return install(built, 'The binary node-gyp built');
    attempts.push({ what: 'node-gyp rebuild (from source, Electron headers)', output: buildFailure ?? 'no binary produced' });
    fail(explainFailure(attempts));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main() {
  if (options['print-path']) {
    console.log(target);
    return;
  }
  if (existsSync(target) && !options.force) {
    checkAbi(target, relative(repoRoot, target));
    publishForPackaging();
    say(`${relative(repoRoot, target)} is already present for Electron ${version} — nothing to do.`);
    return;
  }
  if (options.from !== undefined && !existsSync(options.from)) fail(`There is no file at ${options.from}.`);
  if (options.from?.endsWith('.node')) install(resolve(options.from), options.from);
  else obtain();
}

try {
  main();
} catch (error) {
  if (!(error instanceof Failure)) throw error;
  console.error(`\nensure-electron-native: FAILED\n\n${error.message}\n`);
  process.exitCode = 1;
}
