/** The shell's dialogs: choosing gradebook files and telling the teacher what went wrong. */
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import { withGradebookExtension } from './gradebook-files.js';

const gradebookFilter: FileFilter = { name: 'Proficio gradebook', extensions: ['proficio'] };

/**
 * Shows a problem as a message box and waits for it to be read. The sentence comes from the contract
 * error (written for teachers); nothing crashes and nothing is hidden.
 */
export async function showError(window: BrowserWindow | null, heading: string, message: string): Promise<void> {
  const options = { type: 'error' as const, title: 'Proficio', message: heading, detail: message, buttons: ['OK'] };
  await (window && !window.isDestroyed() ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** Tells the teacher something they need to know before working on (not a failure: the file did open). */
export async function showNotice(window: BrowserWindow | null, heading: string, message: string): Promise<void> {
  const options = { type: 'info' as const, title: 'Proficio', message: heading, detail: message, buttons: ['OK'] };
  await (window && !window.isDestroyed() ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

export async function chooseNewGradebook(window: BrowserWindow, defaultPath: string): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, {
    title: 'New gradebook',
    buttonLabel: 'Create',
    defaultPath,
    filters: [gradebookFilter],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return result.canceled || !result.filePath ? null : withGradebookExtension(result.filePath);
}

export async function chooseGradebookToOpen(window: BrowserWindow, defaultPath: string): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Open gradebook',
    defaultPath,
    filters: [gradebookFilter, { name: 'All files', extensions: ['*'] }],
    properties: ['openFile'],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function chooseCopyDestination(window: BrowserWindow, defaultPath: string): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, {
    title: 'Save a copy of this gradebook',
    buttonLabel: 'Save copy',
    defaultPath,
    filters: [gradebookFilter],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return result.canceled || !result.filePath ? null : withGradebookExtension(result.filePath);
}

/** Coach mode: teachers' gradebooks to read (several at once). Main opens them read-only; the page never sees a path. */
export async function chooseGradebooksToRead(window: BrowserWindow, defaultPath: string): Promise<string[]> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Choose teachers’ gradebooks to report on (opened for reading only)',
    buttonLabel: 'Report on these',
    defaultPath,
    filters: [gradebookFilter],
    properties: ['openFile', 'multiSelections'],
  });
  return result.canceled ? [] : result.filePaths;
}
