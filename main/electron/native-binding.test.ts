import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveNativeBinding } from './native-binding.js';

const repo = new URL('../../', import.meta.url);
const installedElectron = (JSON.parse(readFileSync(new URL('node_modules/electron/package.json', repo), 'utf8')) as { version: string }).version;

describe('the Electron-ABI better-sqlite3 binary', () => {
  const base = { resourcesPath: '/opt/Proficio/resources', appPath: '/home/t/proficio', electronVersion: '45.4.1' };

  it('comes from the repository in development, per Electron version', () => {
    expect(resolveNativeBinding({ ...base, isPackaged: false, exists: () => true })).toEqual({
      kind: 'found',
      path: '/home/t/proficio/.native/electron-45.4.1/better_sqlite3.node',
    });
  });

  it('comes from the resources folder when packaged', () => {
    expect(resolveNativeBinding({ ...base, isPackaged: true, exists: () => true })).toEqual({
      kind: 'found',
      path: '/opt/Proficio/resources/native/better_sqlite3.node',
    });
  });

  it('says what to do when it is missing, and never falls back to the Node build', () => {
    const dev = resolveNativeBinding({ ...base, isPackaged: false, exists: () => false });
    expect(dev).toMatchObject({ kind: 'missing', expectedPath: '/home/t/proficio/.native/electron-45.4.1/better_sqlite3.node' });
    expect(dev.kind === 'missing' && dev.advice).toMatch(/ensure-electron-native\.mjs/);
    const packaged = resolveNativeBinding({ ...base, isPackaged: true, exists: () => false });
    expect(packaged.kind === 'missing' && packaged.advice).toMatch(/reinstall/i);
  });

  it('is looked for exactly where ensure-electron-native.mjs puts it', () => {
    const script = new URL('main/packaging/ensure-electron-native.mjs', repo).pathname;
    const written = execFileSync(process.execPath, [script, '--print-path'], { encoding: 'utf8' }).trim();
    const appPath = new URL('.', repo).pathname;
    const expected = resolveNativeBinding({ ...base, appPath, electronVersion: installedElectron, isPackaged: false, exists: () => false });
    expect(expected.kind === 'missing' && expected.expectedPath).toBe(written);
  });
});
