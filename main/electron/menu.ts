/**
 * The application menu, wired: the template (menu-template.ts) plus what each command does — file
 * dialogs, the gradebook controller, the About box. Rebuilt whenever the open gradebook or the
 * recent list changes, so Open Recent and the enabled states are always current.
 */
import { dialog, Menu, shell, type App, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { chooseCopyDestination, chooseGradebookToOpen, chooseNewGradebook } from './dialogs.js';
import { sendEvent } from './events.js';
import { copyPathFor, defaultGradebookPath } from './gradebook-files.js';
import type { Gradebooks } from './gradebooks.js';
import { applicationMenuTemplate, type MenuActions } from './menu-template.js';
import { documentationUrl } from './policy.js';
import { openExternally } from './security.js';

type MenuDependencies = {
  app: App;
  gradebooks: Gradebooks;
  window: () => BrowserWindow | null;
};

export type ApplicationMenu = { refresh(): void };

export function enableApplicationMenu({ app, gradebooks, window }: MenuDependencies): ApplicationMenu {
  /** Where file dialogs start: beside the open gradebook, else the Gradebooks folder. */
  const startFolder = () => dirname(gradebooks.current()?.path ?? defaultGradebookPath(app.getPath('userData')));

  /** Runs a menu command; a failure is reported, never left as an unhandled rejection. */
  const run = (command: (win: BrowserWindow) => Promise<unknown>) => () => {
    const win = window();
    if (!win) return;
    command(win).catch((error: unknown) => console.error('[menu] a command failed:', error));
  };

  const actions: MenuActions = {
    newGradebook: run(async (win) => {
      const path = await chooseNewGradebook(win, join(startFolder(), 'New gradebook.proficio'));
      if (path) await gradebooks.open(path, 'new');
    }),
    openGradebook: run(async (win) => {
      const path = await chooseGradebookToOpen(win, startFolder());
      if (path) await gradebooks.open(path, 'existing');
    }),
    openRecent: (path) => run(() => gradebooks.open(path, 'existing'))(),
    clearRecent: () => gradebooks.clearRecent(),
    saveCopy: run(async (win) => {
      const current = gradebooks.current();
      if (!current) return;
      const destination = await chooseCopyDestination(win, copyPathFor(current.path));
      if (destination) await gradebooks.saveCopy(destination);
    }),
    // the wizard lives in the window, where the preview and progress are shown
    importFiles: run(async (win) => sendEvent(win, 'import:requested', {})),
    // the publish dialog lives in the window too: the address, password, progress and outcome
    publishToHub: run(async (win) => sendEvent(win, 'hub:publishRequested', {})),
    revealGradebook: () => {
      const current = gradebooks.current();
      if (current) shell.showItemInFolder(current.path);
    },
    showAbout: run((win) =>
      dialog.showMessageBox(win, {
        type: 'info',
        title: 'About Proficio',
        message: `Proficio ${app.getVersion()}`,
        detail:
          'A local-first gradebook for personalized, competency-based learning. Your gradebooks stay on this computer.\n\n' +
          `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
        buttons: ['OK'],
      }),
    ),
    openDocumentation: () => openExternally(documentationUrl),
  };

  const refresh = () => {
    const template = applicationMenuTemplate(
      { platform: process.platform, isPackaged: app.isPackaged, recent: gradebooks.recent(), hasGradebook: gradebooks.current() !== null },
      actions,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  refresh();
  return { refresh };
}
