/**
 * Proficio's Electron main process: the app's lifecycle, and nothing else of substance. The work is
 * done by the gradebook worker (database), the pure policy (security decisions) and small modules
 * for the window, guards, IPC and menu, each switched on from here.
 *
 * Order matters: the profile path and the single-instance lock are settled before `ready`; the guards
 * are in place before any webContents exists; the gradebook is open before the page asks for it.
 */
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startGradebookWorker, type GradebookWorker } from '../worker/client.js';
import { appLayout } from './app-layout.js';
import { gradebookPathFromArgv, gradebookPathFromSecondInstance, userDataOverride, type SecondInstanceData } from './command-line.js';
import { withCoachFiles } from '../reports/coach-files.js';
import { chooseGradebooksToRead, showError } from './dialogs.js';
import { windowTitle } from './gradebook-files.js';
import { createGradebooks, type Gradebooks } from './gradebooks.js';
import { withHubLogins } from '../hub/hub-logins.js';
import { electronHubLogins } from './hub-logins.js';
import { enableGradebookIpc } from './ipc.js';
import { enableApplicationMenu, type ApplicationMenu } from './menu.js';
import { resolveNativeBinding } from './native-binding.js';
import { rendererIndexUrl } from './policy.js';
import { registerRendererScheme, serveRenderer } from './renderer-protocol.js';
import { enableSessionPolicy, enableWebContentsGuards } from './security.js';
import { sendEvent } from './events.js';
import { createMainWindow, focusWindow, loadRenderer } from './window.js';

const layout = appLayout(import.meta.url);

app.setName('Proficio');
// one profile folder named for the product, the same in development and packaged
app.setPath('userData', userDataOverride(process.env, app.isPackaged) ?? join(app.getPath('appData'), 'Proficio'));
app.enableSandbox();
// app://proficio/ serves the page (renderer-protocol.ts); a scheme's privileges are fixed before ready
registerRendererScheme(protocol);

const requested = gradebookPathFromArgv(process.argv, process.cwd());
const isPrimary = app.requestSingleInstanceLock({ gradebookPath: requested } satisfies SecondInstanceData);

if (!isPrimary) {
  // the running Proficio gets our gradebook through 'second-instance' and comes to the front
  app.quit();
} else {
  enableWebContentsGuards(app);
  start().catch(async (error: unknown) => {
    console.error('[proficio] could not start:', error);
    await showError(null, 'Proficio could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  // macOS hands files over as events (Finder, the dock), possibly before ready
  let pendingFile: string | null = requested;
  let gradebooks: Gradebooks | null = null;
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (gradebooks) void openFromOutside(path);
    else pendingFile = path;
  });

  await app.whenReady();
  enableSessionPolicy(session.defaultSession, { isPackaged: app.isPackaged });
  serveRenderer(session.defaultSession.protocol, dirname(layout.rendererIndex));

  const { worker, hint } = startWorker();
  let window: BrowserWindow | null = null;
  let menu: ApplicationMenu | null = null;
  const controller = createGradebooks({
    app,
    worker,
    window: () => window,
    changed: () => menu?.refresh(),
    ...(hint === null ? {} : { openFailureHint: hint }),
  });
  gradebooks = controller;
  // coach mode's teachers' files: chosen in main's own dialog and opened read-only, never named by the page
  const coachFiles = withCoachFiles(worker, async () => {
    const current = controller.current();
    return window && !window.isDestroyed() ? chooseGradebooksToRead(window, current ? dirname(current.path) : app.getPath('documents')) : [];
  });
  // the school hub's requests get the password kept for their login filled in here (safeStorage), never by the page
  enableGradebookIpc(ipcMain, withHubLogins(coachFiles, electronHubLogins(app.getPath('userData'))), rendererIndexUrl);
  // the worker's own events (import progress) go to the window as the contract's fixed events
  worker.onEvent(({ event, payload }) => sendEvent(window, event, payload as never));
  menu = enableApplicationMenu({ app, gradebooks: controller, window: () => window });
  enableStopOnQuit(worker);

  async function openFromOutside(path: string): Promise<void> {
    if (window) focusWindow(window);
    await controller.open(path, 'existing');
  }

  const showWindow = async () => {
    const created = createMainWindow(layout, { isPackaged: app.isPackaged, title: windowTitle(controller.current()) });
    window = created;
    created.on('closed', () => {
      if (window === created) window = null;
    });
    await loadRenderer(created);
  };

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const path = gradebookPathFromSecondInstance(additionalData, argv, workingDirectory);
    if (window) focusWindow(window);
    if (path) void openFromOutside(path);
  });
  app.on('window-all-closed', () => {
    // macOS apps stay running without windows; the dock icon brings one back ('activate')
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void showWindow();
  });

  // the gradebook opens before the page loads, so the page's first requests find it open
  await controller.openAtStart(pendingFile);
  pendingFile = null;
  await showWindow();
}

/** The worker, with the Electron-ABI better-sqlite3 when we have one (see native-binding.ts). */
function startWorker(): { worker: GradebookWorker; hint: string | null } {
  const binding = resolveNativeBinding({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: layout.root,
    electronVersion: process.versions.electron,
    exists: existsSync,
  });
  if (binding.kind === 'found') return { worker: startGradebookWorker({ nativeBinding: binding.path }), hint: null };
  // without it better-sqlite3 loads node_modules' build, which only works if that happens to be an
  // Electron build; otherwise opening fails, and the error box carries this advice
  console.warn(`[proficio] no better-sqlite3 for Electron at ${binding.expectedPath}. ${binding.advice}`);
  return { worker: startGradebookWorker(), hint: binding.advice };
}

/** Closes the gradebook (PRAGMA optimize, WAL checkpoint) before the process ends. */
function enableStopOnQuit(worker: GradebookWorker): void {
  let stopped = false;
  app.on('will-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    worker
      .stop()
      .catch((error: unknown) => console.error('[proficio] the gradebook did not close cleanly:', error))
      .finally(() => {
        stopped = true;
        app.quit();
      });
  });
}
