/**
 * The Electron shell end to end, with Electron replaced by a recording fake (there is no Electron
 * binary on the build machines, and `require('electron')` would try to download one). Everything
 * behind Electron is real: the main module as written, the gradebook worker thread, SQLite files in
 * a temporary profile. What this cannot prove — that Electron honours the settings — the Playwright
 * test in test/e2e/electron-app.spec.ts checks where a binary exists.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lockPathFor } from '../../db/lock.js';
import { openGradebook, proficioApplicationId } from '../../db/open.js';
import { channelNames, type Result } from '../../preload/contract/index.js';

type Handler = (...args: never[]) => unknown;

const fake = vi.hoisted(() => {
  const listeners = new Map<string, Handler[]>();
  const emitter = (prefix: string) => (event: string, handler: Handler) => {
    listeners.set(`${prefix}:${event}`, [...(listeners.get(`${prefix}:${event}`) ?? []), handler]);
  };
  const paths = new Map<string, string>([['appData', '/nonexistent/appData']]);
  type FakeWindow = {
    options: Record<string, unknown>;
    on: (event: string, handler: Handler) => void;
    once: (event: string, handler: Handler) => void;
    setTitle: (title: string) => void;
    getTitle: () => string;
    loadURL: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>;
    isDestroyed: () => boolean;
    isMinimized: () => boolean;
    isVisible: () => boolean;
    restore: () => void;
    show: () => void;
    focus: ReturnType<typeof vi.fn>;
    webContents: { send: ReturnType<typeof vi.fn<(event: string, payload: unknown) => void>> };
  };
  const windows: FakeWindow[] = [];
  function makeWindow(options: Record<string, unknown>): FakeWindow {
    let title = String(options['title'] ?? '');
    const window = {
      options,
      on: emitter('window'),
      once: emitter('window'),
      setTitle: (next: string) => {
        title = next;
      },
      getTitle: () => title,
      loadURL: vi.fn(async (_url: string) => undefined),
      isDestroyed: () => false,
      isMinimized: () => false,
      isVisible: () => true,
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
      webContents: { send: vi.fn((_event: string, _payload: unknown) => undefined) },
    };
    windows.push(window);
    return window;
  }
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
    protocol: { handle: vi.fn() },
  };
  const module = {
    app: {
      isPackaged: false,
      setName: vi.fn(),
      setPath: (name: string, path: string) => paths.set(name, path),
      getPath: (name: string) => paths.get(name) ?? `/nonexistent/${name}`,
      getVersion: () => '0.1.0',
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      whenReady: vi.fn(() => Promise.resolve()),
      on: emitter('app'),
      quit: vi.fn(),
      exit: vi.fn(),
      addRecentDocument: vi.fn(),
      clearRecentDocuments: vi.fn(),
    },
    BrowserWindow: Object.assign(function BrowserWindow(options: Record<string, unknown>) {
      return makeWindow(options);
    }, { getAllWindows: () => windows }),
    ipcMain: { handle: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    session: { defaultSession: session },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    dialog: {
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
    },
    shell: { openExternal: vi.fn(async (_url: string) => undefined), showItemInFolder: vi.fn() },
  };
  return { module, listeners, windows, session, paths };
});

vi.mock('electron', () => ({ ...fake.module, default: fake.module }));

type MenuItem = { label?: string; role?: string; submenu?: MenuItem[]; click?: () => void; enabled?: boolean };

const profile = mkdtempSync(join(tmpdir(), 'proficio-shell-'));
const demoPath = join(profile, 'Gradebooks', 'My gradebook.proficio');

function listenersOf(key: string): Handler[] {
  return fake.listeners.get(key) ?? [];
}
function emit(key: string, ...args: unknown[]): void {
  for (const handler of listenersOf(key)) (handler as (...a: unknown[]) => unknown)(...args);
}
function mainWindow() {
  const first = fake.windows[0];
  if (!first) throw new Error('no window was created');
  return first;
}
/** The IPC handler main registered for a channel, called as Electron would for a frame at `url`. */
function invoke(channel: string, request: unknown, frame: { url: string; parent: unknown } | null): Promise<Result<unknown>> {
  const call = fake.module.ipcMain.handle.mock.calls.find(([name]) => name === channel);
  if (!call) throw new Error(`no handler for ${channel}`);
  const handler = call[1] as (event: unknown, request: unknown) => Promise<Result<unknown>>;
  return handler({ senderFrame: frame }, request);
}
function menuItem(...path: string[]): MenuItem {
  const calls = fake.module.Menu.setApplicationMenu.mock.calls;
  let items = calls.at(-1)?.[0] as MenuItem[] | undefined;
  let found: MenuItem | undefined;
  for (const label of path) {
    found = items?.find((item) => (item.label ?? item.role)?.replace('&', '') === label);
    items = found?.submenu;
  }
  if (!found) throw new Error(`no menu item ${path.join(' → ')}`);
  return found;
}

let ourPage: { url: string; parent: null };

beforeAll(async () => {
  // the shell reports refusals and the missing Electron-ABI binary on the console; expected here
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  process.env['PROFICIO_USER_DATA'] = profile;
  await import('./index.js');
  await vi.waitFor(() => expect(mainWindow().loadURL).toHaveBeenCalled(), { timeout: 20_000, interval: 50 });
  ourPage = { url: 'app://proficio/index.html', parent: null };
}, 30_000);

afterAll(() => {
  delete process.env['PROFICIO_USER_DATA'];
  rmSync(profile, { recursive: true, force: true });
});

describe('the Electron shell', () => {
  it('creates the demo gradebook in the profile on first start and names it in the title', async () => {
    expect(fake.module.app.setName).toHaveBeenCalledWith('Proficio');
    expect(fake.paths.get('userData')).toBe(profile);
    expect(fake.module.app.enableSandbox).toHaveBeenCalled();
    expect(existsSync(demoPath)).toBe(true);
    expect(mainWindow().getTitle()).toMatch(/^Proficio — ./);
    expect(JSON.parse(readFileSync(join(profile, 'recent-gradebooks.json'), 'utf8'))).toEqual({ version: 1, gradebooks: [demoPath] });
  });

  it('opens one window with the secure preferences on our renderer page', () => {
    expect(fake.windows).toHaveLength(1);
    expect(mainWindow().options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(mainWindow().loadURL.mock.calls).toEqual([['app://proficio/index.html']]);
  });

  it('serves the page from the privileged app:// scheme, registered before ready, never from file://', async () => {
    const registered = fake.module.protocol.registerSchemesAsPrivileged;
    expect(registered.mock.calls).toEqual([[[{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]]]);
    expect(registered.mock.invocationCallOrder[0]).toBeLessThan(fake.module.app.whenReady.mock.invocationCallOrder[0] ?? 0);
    const [scheme, handler] = fake.session.protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const outside = await handler(new Request('app://proficio/..%2f..%2fpackage.json'));
    expect(outside.status).toBe(404);
  });

  it('answers every contract channel, for our own page only', async () => {
    expect(fake.module.ipcMain.handle.mock.calls.map(([name]) => name).sort()).toEqual([...channelNames].sort());
    const classes = await invoke('classes:list', {}, ourPage);
    expect(classes).toMatchObject({ ok: true });
    expect(classes.ok && Array.isArray(classes.value) && classes.value.length).toBeGreaterThan(0);

    const refused = { ok: false, error: { code: 'invalid_request', details: { reason: 'untrusted_sender' } } };
    expect(await invoke('classes:list', {}, { url: 'https://example.com/', parent: null })).toMatchObject(refused);
    expect(await invoke('classes:list', {}, { url: ourPage.url, parent: {} })).toMatchObject(refused);
    expect(await invoke('classes:list', {}, null)).toMatchObject(refused);
    // validation still happens in dispatch
    expect(await invoke('learners:roster', { classId: 'nope' }, ourPage)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('coach mode: reports:chooseFiles shows main’s own multi-select dialog, opens the files read-only and hands the page ids, never a path', async () => {
    const teacher = join(profile, 'rivera.proficio');
    const made = await openGradebook(teacher);
    made.close();
    const before = readFileSync(teacher);
    fake.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [teacher] } as never);
    const chosen = await invoke('reports:chooseFiles', {}, ourPage);
    expect(chosen).toMatchObject({ ok: true, value: { chosen: true, files: [{ fileName: 'rivera.proficio', classes: [], terms: [] }] } });
    expect(JSON.stringify(chosen)).not.toContain(profile);
    const [, options] = fake.module.dialog.showOpenDialog.mock.calls.at(-1) as unknown as [unknown, { properties: string[]; filters: { extensions: string[] }[] }];
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters).toEqual([{ name: 'Proficio gradebook', extensions: ['proficio'] }]);
    // another frame gets nothing, and the page cannot name a file itself
    expect(await invoke('reports:chooseFiles', {}, { url: 'https://example.com/', parent: null })).toMatchObject({ ok: false, error: { details: { reason: 'untrusted_sender' } } });
    expect(await invoke('reports:chooseFiles', { paths: [teacher] }, ourPage)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await invoke('reports:closeFiles', {}, ourPage)).toEqual({ ok: true, value: { closed: 1 } });
    expect(readFileSync(teacher).equals(before)).toBe(true);
  });

  it('denies every permission and lets no request leave', () => {
    const decide = fake.session.setPermissionRequestHandler.mock.calls[0]?.[0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    const callback = vi.fn();
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) decide(null, permission, callback);
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    const check = fake.session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    expect(check(null, 'clipboard-read', 'file://', {})).toBe(false);

    const beforeRequest = fake.session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (d: { url: string }, cb: (r: unknown) => void) => void;
    const cancelled = vi.fn();
    beforeRequest({ url: 'https://example.com/track' }, cancelled);
    expect(cancelled).toHaveBeenCalledWith({ cancel: true });
    const kept = vi.fn();
    beforeRequest({ url: 'app://proficio/assets/index.js' }, kept);
    expect(kept).toHaveBeenCalledWith({ cancel: false });
  });

  it('guards every web contents: no navigation away, no new windows, links only from the allowlist', () => {
    const contents = {
      handlers: new Map<string, (event: { url: string; preventDefault: () => void }) => void>(),
      on(event: string, handler: (event: { url: string; preventDefault: () => void }) => void) {
        this.handlers.set(event, handler);
      },
      openHandler: null as null | ((details: { url: string }) => { action: string }),
      setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
        this.openHandler = handler;
      },
    };
    emit('app:web-contents-created', {}, contents);
    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      contents.handlers.get('will-navigate')?.(event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate(ourPage.url)).toBe(false);

    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://docs.proficio.org/start' })).toEqual({ action: 'deny' });
    expect(fake.module.shell.openExternal.mock.calls.map(([url]) => url)).toEqual(['https://docs.proficio.org/start']);
    const webview = { preventDefault: vi.fn(), url: '' };
    contents.handlers.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('File → Open of a file that is not a gradebook says why and keeps the open gradebook', async () => {
    const bad = join(profile, 'notes.proficio');
    writeFileSync(bad, 'these are not the gradebooks you are looking for '.repeat(50));
    const titleBefore = mainWindow().getTitle();
    fake.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [bad] });
    menuItem('File', 'Open gradebook…').click?.();
    await vi.waitFor(() => expect(fake.module.dialog.showMessageBox).toHaveBeenCalled(), { timeout: 10_000 });
    const shown = fake.module.dialog.showMessageBox.mock.calls.at(-1)?.at(-1);
    expect(shown).toMatchObject({ type: 'error', detail: expect.stringMatching(/not a Proficio gradebook/) });
    expect(mainWindow().getTitle()).toBe(titleBefore);
    expect(await invoke('classes:list', {}, ourPage)).toMatchObject({ ok: true });
  });

  it('File → New creates a gradebook, retitles the window, tells the page and lists it first in Open Recent', async () => {
    const created = join(profile, 'Year 8 science');
    fake.module.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: created });
    menuItem('File', 'New gradebook…').click?.();
    await vi.waitFor(() => expect(mainWindow().getTitle()).toBe('Proficio — Year 8 science'), { timeout: 10_000 });
    expect(existsSync(`${created}.proficio`)).toBe(true);
    expect(mainWindow().webContents.send).toHaveBeenCalledWith('gradebook:opened', { path: `${created}.proficio`, title: 'Year 8 science', readOnly: null });
    expect(menuItem('File', 'Open Recent').submenu?.map((item) => item.label)).toEqual(['Year 8 science', 'My gradebook', undefined, 'Clear Recent']);
  });

  it('File → Open Recent goes back to the demo', async () => {
    menuItem('File', 'Open Recent', 'My gradebook').click?.();
    await vi.waitFor(() => expect(mainWindow().webContents.send).toHaveBeenLastCalledWith('gradebook:opened', expect.objectContaining({ path: demoPath })));
  });

  it('File → Save a copy… writes a consistent copy with the backup API', async () => {
    const copy = join(profile, 'copy.proficio');
    fake.module.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: copy });
    menuItem('File', 'Save a copy…').click?.();
    await vi.waitFor(() => expect(existsSync(copy)).toBe(true), { timeout: 10_000 });
    await vi.waitFor(() => {
      const db = new Database(copy, { readonly: true });
      try {
        expect(db.pragma('application_id', { simple: true })).toBe(proficioApplicationId);
        expect(db.prepare('SELECT count(*) FROM learners').pluck().get()).toBeGreaterThan(0);
      } finally {
        db.close();
      }
    });
  });

  it('File → Open of a gradebook another Proficio holds opens it for reading only and says so', async () => {
    const held = join(profile, 'Held.proficio');
    (await openGradebook(held)).close();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      const holder = { app: 'proficio', pid: other.pid, hostname: hostname(), startedAt: new Date().toISOString(), token: 'theirs' };
      writeFileSync(lockPathFor(held), JSON.stringify(holder));
      fake.module.dialog.showMessageBox.mockClear();
      fake.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [held] });
      menuItem('File', 'Open gradebook…').click?.();
      await vi.waitFor(() => expect(mainWindow().getTitle()).toBe('Proficio — Held (read only)'), { timeout: 10_000 });
      expect(mainWindow().webContents.send).toHaveBeenLastCalledWith('gradebook:opened', {
        path: held,
        title: null,
        readOnly: { reason: 'in_use', message: expect.stringMatching(/^Another Proficio has this gradebook open/), backups: [] },
      });
      await vi.waitFor(() => expect(fake.module.dialog.showMessageBox).toHaveBeenCalled());
      expect(fake.module.dialog.showMessageBox.mock.calls.at(-1)?.at(-1)).toMatchObject({
        type: 'info',
        message: 'This gradebook is open for reading only',
        detail: expect.stringMatching(/^Another Proficio has this gradebook open .* It is open here for reading only/),
      });
      expect(await invoke('classes:list', {}, ourPage)).toMatchObject({ ok: true });
      expect(JSON.parse(readFileSync(lockPathFor(held), 'utf8'))).toEqual(holder);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('a second launch with a gradebook focuses the window and opens it', async () => {
    const other = join(profile, 'Year 8 science.proficio');
    emit('app:second-instance', {}, ['/opt/proficio', other], '/', { gradebookPath: other });
    await vi.waitFor(() => expect(mainWindow().getTitle()).toBe('Proficio — Year 8 science'), { timeout: 10_000 });
    expect(mainWindow().focus).toHaveBeenCalled();
  });

  it('closes the gradebook before quitting', async () => {
    const open = join(profile, 'Year 8 science.proficio');
    const event = { preventDefault: vi.fn() };
    emit('app:will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.module.app.quit).toHaveBeenCalled(), { timeout: 10_000 });
    // closed cleanly: WAL checkpointed and removed, and the worker answers nothing more
    expect(existsSync(`${open}-wal`)).toBe(false);
    expect(await invoke('classes:list', {}, ourPage)).toMatchObject({ ok: false });
    const again = { preventDefault: vi.fn() };
    emit('app:will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});
