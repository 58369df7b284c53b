/**
 * Proficio in real Electron: the built app starts with a fresh profile, creates the demo gradebook,
 * titles its window after it, shows the learners roster, and keeps the page locked down.
 *
 * Runs only where an Electron binary exists. The binary is found without `require('electron')`,
 * which would start a download (TOOLCHAIN.md): ELECTRON_OVERRIDE_DIST_PATH, else the path the
 * electron package recorded in path.txt under node_modules/electron/dist. It does not use the HTTP
 * harness the Chromium tests share.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const electronPackage = join(repoRoot, 'node_modules', 'electron');
const mainBundle = join(repoRoot, 'out', 'main', 'index.js');

/** Where the Electron executable is, the way the electron package itself would find it — minus the download. */
function electronExecutable(): string {
  const pathFile = join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : defaultExecutable();
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  return override ? join(override, relative) : join(electronPackage, 'dist', relative);
}

/** What path.txt holds on each platform (it is absent until the binary has been downloaded). */
function defaultExecutable(): string {
  switch (process.platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

function electronVersion(): string {
  const manifest: { version: string } = JSON.parse(readFileSync(join(electronPackage, 'package.json'), 'utf8'));
  return manifest.version;
}

const executable = electronExecutable();
const nativeBinding = join(repoRoot, '.native', `electron-${electronVersion()}`, 'better_sqlite3.node');

test.describe('Proficio in Electron', () => {
  // a cold Electron start plus generating the demo gradebook outlasts the default 30 s on slow CI
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  test.skip(
    !existsSync(executable),
    `no Electron binary at ${executable} — the electron package downloads it on first require, which this test never does; ` +
      'set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron to run this test',
  );
  test.skip(
    !existsSync(nativeBinding),
    `no better-sqlite3 for Electron at ${nativeBinding} — run "node main/packaging/ensure-electron-native.mjs" first`,
  );

  let app: ElectronApplication;
  let page: Page;
  let profile: string;

  test.beforeAll(async () => {
    expect(existsSync(mainBundle), `${mainBundle} is missing — run "npx electron-vite build" first`).toBe(true);
    profile = mkdtempSync(join(tmpdir(), 'proficio-electron-e2e-'));
    const env = Object.fromEntries(
      Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE'),
    );
    app = await electron.launch({
      executablePath: executable,
      args: [mainBundle],
      env: { ...env, PROFICIO_USER_DATA: profile },
      timeout: 60_000,
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test('opens the demo gradebook on first start and names it in the title', async () => {
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '')).toMatch(/^Proficio/);
    expect(existsSync(join(profile, 'Gradebooks', 'My gradebook.proficio'))).toBe(true);
  });

  test('shows the learners roster', async () => {
    // the roster may sit behind a "Learners" tab or link, depending on the start view
    const learners = page.getByRole('link', { name: /^learners$/i }).or(page.getByRole('tab', { name: /^learners$/i }));
    if (await learners.first().isVisible().catch(() => false)) await learners.first().click();
    await expect(page.getByRole('table').first()).toBeVisible({ timeout: 15_000 });
    await expect.poll(() => page.getByRole('row').count(), { timeout: 15_000 }).toBeGreaterThan(1);
  });

  test('keeps the page sandboxed: only window.proficio, no Node, no new windows', async () => {
    const exposure = await page.evaluate(() => ({
      proficio: typeof Reflect.get(window, 'proficio'),
      require: typeof Reflect.get(window, 'require'),
      process: typeof Reflect.get(window, 'process'),
      opened: window.open('https://example.com/') === null,
    }));
    expect(exposure).toEqual({ proficio: 'object', require: 'undefined', process: 'undefined', opened: true });

    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('does not navigate away from its own page', async () => {
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
  });
});
