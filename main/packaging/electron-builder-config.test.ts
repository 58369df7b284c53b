import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { electronNativeBindingPath } from '../electron/native-binding.js';

// electron-builder's own YAML reader (a dependency of app-builder-lib), so the test reads the file as the packager does
const requireFrom = (from: string) => createRequire(from);
const builderLib = requireFrom(import.meta.url).resolve('electron-builder/package.json');
const yamlPath = requireFrom(requireFrom(builderLib).resolve('app-builder-lib/package.json')).resolve('js-yaml');
const yaml: { load(text: string): unknown } = requireFrom(import.meta.url)(yamlPath);

// the parts of the configuration the tests check; parsing fails loudly if one is missing or mistyped
const builderConfig = z.object({
  appId: z.string(),
  productName: z.string(),
  files: z.array(z.string()),
  npmRebuild: z.boolean(),
  asarUnpack: z.array(z.string()),
  extraResources: z.array(z.object({ from: z.string(), to: z.string() })),
  electronFuses: z.record(z.string(), z.boolean()),
  fileAssociations: z.array(z.object({ ext: z.string(), name: z.string() }).loose()),
  beforePack: z.string(),
  linux: z.object({ category: z.string(), target: z.array(z.string()) }).loose(),
});
const config = builderConfig.parse(yaml.load(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')));

describe('electron-builder.yml', () => {
  it('sets the Electron fuses that close the doors a packaged app does not need', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('ships our Electron-ABI better-sqlite3 where the app looks for it, and rebuilds nothing', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('**/*.node');
    const resourcesPath = '/opt/Proficio/resources';
    const lookedFor = electronNativeBindingPath({ isPackaged: true, resourcesPath, appPath: '/unused', electronVersion: '0.0.0' });
    expect(config.extraResources).toContainEqual({ from: '.native/electron/better_sqlite3.node', to: relative(resourcesPath, lookedFor) });
    expect(config.beforePack).toBe('./main/packaging/check-native-before-pack.mjs');
  });

  it('gives every platform the same 512×512 PNG icon, the one the window shows', () => {
    const platforms = z.object({ icon: z.string() }).loose();
    const icons = z.object({ linux: platforms, win: platforms, mac: platforms }).loose().parse(yaml.load(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')));
    const paths = new Set([icons.linux.icon, icons.win.icon, icons.mac.icon]);
    expect([...paths]).toEqual(['renderer/public/icon-512.png']);
    const png = readFileSync(new URL('../../renderer/public/icon-512.png', import.meta.url));
    // the PNG signature, then the IHDR chunk's width and height (macOS needs at least 512×512)
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('packages the bundles and the manifest, not the sources', () => {
    expect(config.files.filter((pattern) => !pattern.startsWith('!'))).toEqual(['out/**', 'package.json']);
    expect(config.appId).toBe('org.proficio.app');
    expect(config.productName).toBe('Proficio');
    expect(config.fileAssociations).toContainEqual(expect.objectContaining({ ext: 'proficio', name: 'Proficio gradebook' }));
    expect(config.linux).toMatchObject({ category: 'Education', target: ['AppImage', 'deb'] });
  });
});

describe('the beforePack check', () => {
  const tempDir = useTempDir();
  const context = (platform: string, arch: number) => ({ electronPlatformName: platform, arch, packager: { info: { framework: { version: '45.4.1' } } } });
  const nativeDir = (builtFor: object) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'better_sqlite3.node'), 'binary');
    writeFileSync(join(dir, 'built-for.json'), JSON.stringify(builtFor));
    return dir;
  };
  const linuxX64 = { electronVersion: '45.4.1', abi: '150', platform: 'linux', arch: 'x64' };

  it('passes a binary built for the Electron, platform and architecture being packaged', async () => {
    const { checkNativeBinary } = await loadHook();
    // arch numbers are builder-util's Arch enum: 1 is x64, 3 is arm64
    expect(() => checkNativeBinary(context('linux', 1), nativeDir(linuxX64))).not.toThrow();
  });

  it('refuses a missing binary, another platform or architecture, and a stale Electron version', async () => {
    const { checkNativeBinary } = await loadHook();
    expect(() => checkNativeBinary(context('linux', 1), tempDir())).toThrow(/missing/);
    expect(() => checkNativeBinary(context('win32', 1), nativeDir(linuxX64))).toThrow(/platform: built for linux, packaging win32/);
    expect(() => checkNativeBinary(context('linux', 3), nativeDir(linuxX64))).toThrow(/arch: built for x64, packaging arm64/);
    expect(() => checkNativeBinary(context('linux', 1), nativeDir({ ...linuxX64, electronVersion: '44.0.0' }))).toThrow(
      /electronVersion: built for 44.0.0, packaging 45.4.1/,
    );
  });
});

type Hook = { checkNativeBinary: (context: unknown, nativeDir: string) => void };
async function loadHook(): Promise<Hook> {
  // a plain .mjs without type declarations: import it by URL and state the one function used
  const hook: Hook = await import(new URL('./check-native-before-pack.mjs', import.meta.url).href);
  return hook;
}
