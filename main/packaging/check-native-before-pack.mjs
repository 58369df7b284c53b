/**
 * electron-builder `beforePack` hook: refuses to package unless `.native/electron/better_sqlite3.node`
 * was built for exactly the Electron version, platform and architecture being packaged.
 *
 * electron-builder ships that file as-is (extraResources, with npmRebuild off), so without this check a
 * stale binary after an Electron upgrade, or a Linux binary in a Windows installer, would produce an
 * app that cannot open any gradebook — and nobody would notice until a teacher installed it.
 * ensure-electron-native.mjs writes `built-for.json` next to the binary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const repoNativeDir = join(repoRoot, '.native', 'electron');
// builder-util's Arch enum, by number
const archNames = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

function electronVersionBeingPackaged(context) {
  const fromBuilder = context.packager?.info?.framework?.version ?? context.packager?.config?.electronVersion;
  if (typeof fromBuilder === 'string') return fromBuilder;
  return JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

export default async function checkNativeBeforePack(context) {
  const checked = checkNativeBinary(context, repoNativeDir);
  console.log(`  • better-sqlite3 for Electron ${checked.electronVersion} (${checked.platform}-${checked.arch}) checked`);
}

/** The check itself, on any folder laid out like `.native/electron` (tests use a temporary one). */
export function checkNativeBinary(context, nativeDir) {
  const wanted = {
    electronVersion: electronVersionBeingPackaged(context),
    platform: context.electronPlatformName,
    arch: archNames[context.arch] ?? String(context.arch),
  };
  const fix =
    `Run "node main/packaging/ensure-electron-native.mjs" on a ${wanted.platform}-${wanted.arch} machine with internet ` +
    `access (npm run dist does), or package on the platform you are packaging for.`;
  const notePath = join(nativeDir, 'built-for.json');
  if (!existsSync(join(nativeDir, 'better_sqlite3.node')) || !existsSync(notePath)) {
    throw new Error(`Proficio cannot be packaged: .native/electron/better_sqlite3.node is missing. ${fix}`);
  }
  const builtFor = JSON.parse(readFileSync(notePath, 'utf8'));
  const mismatches = Object.entries(wanted)
    .filter(([key, value]) => builtFor[key] !== value)
    .map(([key, value]) => `${key}: built for ${builtFor[key]}, packaging ${value}`);
  if (mismatches.length > 0) {
    throw new Error(`Proficio cannot be packaged: the better-sqlite3 binary does not match (${mismatches.join('; ')}). ${fix}`);
  }
  return wanted;
}
