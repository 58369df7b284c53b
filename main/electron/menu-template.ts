/**
 * The application menu as data. Electron is only a type here, so menu-template.test.ts can check what
 * a teacher sees (and that DevTools stay out of the packaged app) without starting Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { gradebookDisplayName } from './gradebook-files.js';

export type MenuActions = {
  newGradebook(): void;
  openGradebook(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  saveCopy(): void;
  importFiles(): void;
  publishToHub(): void;
  revealGradebook(): void;
  showAbout(): void;
  openDocumentation(): void;
};

export type MenuState = {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** Newest first, already pruned of missing files. */
  recent: readonly string[];
  hasGradebook: boolean;
};

/** Labels an Open Recent entry; two files with one name in different folders show their folder too. */
function recentLabel(path: string, all: readonly string[], isMac: boolean): string {
  const name = gradebookDisplayName(path);
  const clashes = all.filter((other) => gradebookDisplayName(other) === name).length > 1;
  const label = clashes ? `${name} — ${path}` : name;
  // "&" marks an access key in menu labels on Windows and Linux: a literal one is written "&&"
  return isMac ? label : label.replaceAll('&', '&&');
}

export function applicationMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = state.platform === 'darwin';
  // access keys (Alt+F…) exist on Windows and Linux only
  const top = (label: string) => (isMac ? label : `&${label}`);
  const recentItems: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? [{ label: 'No recent gradebooks', enabled: false }]
      : state.recent.map((path) => ({ label: recentLabel(path, state.recent, isMac), toolTip: path, click: () => actions.openRecent(path) }));

  const file: MenuItemConstructorOptions = {
    label: top('File'),
    submenu: [
      { label: 'New gradebook…', accelerator: 'CmdOrCtrl+N', click: () => actions.newGradebook() },
      { label: 'Open gradebook…', accelerator: 'CmdOrCtrl+O', click: () => actions.openGradebook() },
      {
        label: 'Open Recent',
        submenu: [...recentItems, { type: 'separator' }, { label: 'Clear Recent', enabled: state.recent.length > 0, click: () => actions.clearRecent() }],
      },
      { type: 'separator' },
      { label: 'Import standards or roster…', accelerator: 'CmdOrCtrl+I', enabled: state.hasGradebook, click: () => actions.importFiles() },
      { label: 'Save a copy…', accelerator: 'CmdOrCtrl+Shift+S', enabled: state.hasGradebook, click: () => actions.saveCopy() },
      { label: 'Publish to school hub…', enabled: state.hasGradebook, click: () => actions.publishToHub() },
      { label: isMac ? 'Reveal gradebook in Finder' : 'Show gradebook in folder', enabled: state.hasGradebook, click: () => actions.revealGradebook() },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: top('Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: top('View'),
    submenu: [
      { role: 'reload' },
      { role: 'forceReload' },
      ...(state.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: top('Help'),
    submenu: [
      { label: 'Proficio documentation', click: () => actions.openDocumentation() },
      ...(isMac ? [] : [{ type: 'separator' } as const, { label: 'About Proficio', click: () => actions.showAbout() }]),
    ],
  };
  // macOS keeps About, Hide and Quit in the application menu named after the app
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Proficio',
          submenu: [
            { label: 'About Proficio', click: () => actions.showAbout() },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [...appMenu, file, edit, view, help];
}
