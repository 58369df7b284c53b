/**
 * The open gradebook as the shell sees it: which file is open, opening another (File → New, Open,
 * Open Recent, a double-clicked file, a second launch), the recent list, and saving a copy. The
 * worker owns the database; this keeps the window title, the menu and the page in step with it.
 *
 * A failed open leaves the previous gradebook open (the worker only swaps after the new file opened)
 * and shows the contract error's sentence in a message box. A file that opened for reading only
 * (another Proficio has it, it is read-only, or it is damaged) says why in a message box and the
 * title bar, and the page hears it with `gradebook:opened`'s `readOnly`.
 */
import type { App, BrowserWindow } from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { OpenedGradebook } from '../worker/protocol.js';
import type { GradebookWorker } from '../worker/client.js';
import { showError, showNotice } from './dialogs.js';
import { sendEvent } from './events.js';
import { defaultGradebookPath, windowTitle } from './gradebook-files.js';
import {
  addRecent,
  pruneMissing,
  readRecentGradebooks,
  recentGradebooksFile,
  removeRecent,
  samePath,
  writeRecentGradebooks,
} from './recent-gradebooks.js';

export type OpenMode = 'existing' | 'new' | 'first-start';

export type Gradebooks = {
  current(): OpenedGradebook | null;
  /** Opens (or creates) a gradebook; false when it could not, after telling the teacher why. */
  open(path: string, mode: OpenMode): Promise<boolean>;
  /** At start: the file asked for on the command line, else the last one used, else the demo. */
  openAtStart(requested: string | null): Promise<void>;
  /** The recent list with files that no longer exist dropped (and the stored list updated). */
  recent(): string[];
  clearRecent(): void;
  saveCopy(destination: string): Promise<void>;
};

type Dependencies = {
  app: Pick<App, 'getPath' | 'addRecentDocument' | 'clearRecentDocuments'>;
  worker: Pick<GradebookWorker, 'open' | 'backup'>;
  window: () => BrowserWindow | null;
  /** Called after the open gradebook or the recent list changed (the menu rebuilds). */
  changed: () => void;
  /** Added to unexpected open failures, e.g. how to get the Electron-ABI database module when it is missing. */
  openFailureHint?: string;
};

export function createGradebooks({ app, worker, window, changed, openFailureHint }: Dependencies): Gradebooks {
  const userData = app.getPath('userData');
  const recentFile = recentGradebooksFile(userData);
  let current: OpenedGradebook | null = null;
  let recentList = loadRecent();

  function loadRecent(): string[] {
    try {
      return readRecentGradebooks(recentFile);
    } catch (error) {
      console.error(`[gradebooks] could not read ${recentFile}; starting with an empty recent list:`, error);
      return [];
    }
  }

  function storeRecent(list: string[]): void {
    recentList = list;
    try {
      writeRecentGradebooks(recentFile, list);
    } catch (error) {
      // the list is a convenience: a read-only profile must not stop a gradebook from opening
      console.error(`[gradebooks] could not save the recent list to ${recentFile}:`, error);
    }
  }

  function updateTitle(): void {
    const win = window();
    if (win && !win.isDestroyed()) win.setTitle(windowTitle(current));
  }

  async function open(path: string, mode: OpenMode): Promise<boolean> {
    if (mode === 'new' && existsSync(path)) {
      // "New" never replaces a file, even after the save dialog's overwrite confirmation
      await showError(
        window(),
        'Proficio did not create the gradebook',
        `A file named ${path} already exists. Choose another name, or use File → Open gradebook… to open it.`,
      );
      return false;
    }
    if (mode === 'first-start') mkdirSync(dirname(path), { recursive: true });
    const result = await worker.open(path, { create: mode !== 'existing', demoIfNew: mode === 'first-start' });
    if (!result.ok) {
      if (result.error.code === 'not_found') storeRecent(removeRecent(recentList, path));
      const hint = result.error.code === 'internal' && openFailureHint ? `\n\n${openFailureHint}` : '';
      await showError(window(), 'Proficio could not open this gradebook', `${result.error.message}${hint}`);
      changed();
      return false;
    }
    current = result.value;
    storeRecent(addRecent(recentList, current.path));
    app.addRecentDocument(current.path);
    updateTitle();
    sendEvent(window(), 'gradebook:opened', { path: current.path, title: current.title, readOnly: current.readOnly });
    changed();
    if (current.readOnly) await showNotice(window(), 'This gradebook is open for reading only', current.readOnly.message);
    return true;
  }

  return {
    current: () => current,
    open,
    async openAtStart(requested) {
      if (requested !== null && (await open(requested, 'existing'))) return;
      const lastUsed = pruneMissing(recentList, existsSync)[0];
      if (lastUsed !== undefined && (await open(lastUsed, 'existing'))) return;
      await open(defaultGradebookPath(userData), 'first-start');
    },
    recent() {
      const kept = pruneMissing(recentList, existsSync);
      if (kept.length !== recentList.length) storeRecent(kept);
      return kept;
    },
    clearRecent() {
      storeRecent([]);
      app.clearRecentDocuments();
      changed();
    },
    async saveCopy(destination) {
      if (!current) return;
      if (samePath(destination, current.path)) {
        await showError(window(), 'Proficio did not save a copy', 'A copy needs a different name or folder than the gradebook itself.');
        return;
      }
      const result = await worker.backup(destination);
      if (!result.ok) await showError(window(), 'Proficio could not save a copy', result.error.message);
    },
  };
}
