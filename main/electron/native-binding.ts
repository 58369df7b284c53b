/**
 * Where the better-sqlite3 binary built for Electron's ABI lives. node_modules holds the build for
 * Node 20 (tests, CLI, harness); Electron cannot load that one, so the app ships its own copy and
 * points better-sqlite3 at it with the `nativeBinding` option. Kept apart so neither breaks the other.
 *
 * The layout is shared with main/packaging/ensure-electron-native.mjs (which writes the file) and
 * electron-builder.yml (which copies it into the package); native-binding.test.ts checks they agree.
 */
import { join } from 'node:path';

export const nativeBindingFileName = 'better_sqlite3.node';

export type NativeBindingInput = {
  isPackaged: boolean;
  /** `process.resourcesPath`: where electron-builder's extraResources land. */
  resourcesPath: string;
  /** The folder holding package.json and out/ (the repository when developing). */
  appPath: string;
  /** `process.versions.electron`. */
  electronVersion: string;
  exists: (path: string) => boolean;
};

export type NativeBinding =
  | { kind: 'found'; path: string }
  | { kind: 'missing'; expectedPath: string; advice: string };

export function electronNativeBindingPath(input: Omit<NativeBindingInput, 'exists'>): string {
  return input.isPackaged
    ? join(input.resourcesPath, 'native', nativeBindingFileName)
    : join(input.appPath, '.native', `electron-${input.electronVersion}`, nativeBindingFileName);
}

export function resolveNativeBinding(input: NativeBindingInput): NativeBinding {
  const path = electronNativeBindingPath(input);
  if (input.exists(path)) return { kind: 'found', path };
  const advice = input.isPackaged
    ? 'This copy of Proficio is incomplete: its database module is missing. Please reinstall Proficio.'
    : `Run "node main/packaging/ensure-electron-native.mjs" (npm start does) on a machine with internet ` +
      `access to build better-sqlite3 for Electron ${input.electronVersion}.`;
  return { kind: 'missing', expectedPath: path, advice };
}
