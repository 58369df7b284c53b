import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate, type MenuActions, type MenuState } from './menu-template.js';

function actions(): MenuActions {
  return {
    newGradebook: vi.fn(),
    openGradebook: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    saveCopy: vi.fn(),
    importFiles: vi.fn(),
    publishToHub: vi.fn(),
    revealGradebook: vi.fn(),
    showAbout: vi.fn(),
    openDocumentation: vi.fn(),
  };
}
const linux: MenuState = { platform: 'linux', isPackaged: true, recent: [], hasGradebook: true };

function submenu(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const found = items.find((item) => item.label?.replace('&', '') === label);
  if (!found || !Array.isArray(found.submenu)) throw new Error(`no ${label} menu`);
  return found.submenu;
}
/** Clicks a menu item as Electron would; our handlers ignore Electron's arguments, which need a running app. */
function click(item: MenuItemConstructorOptions | undefined): void {
  item?.click?.(undefined as never, undefined, undefined as never);
}
const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label ?? item.role ?? item.type);

describe('the application menu', () => {
  it('has File, Edit, View and Help, with access keys outside macOS', () => {
    expect(labels(applicationMenuTemplate(linux, actions()))).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels(applicationMenuTemplate({ ...linux, platform: 'darwin' }, actions()))).toEqual(['Proficio', 'File', 'Edit', 'View', 'Help']);
  });

  it('offers the gradebook file commands and quits from File outside macOS', () => {
    const file = submenu(applicationMenuTemplate(linux, actions()), 'File');
    expect(labels(file)).toEqual(['New gradebook…', 'Open gradebook…', 'Open Recent', 'separator', 'Import standards or roster…', 'Save a copy…', 'Publish to school hub…', 'Show gradebook in folder', 'separator', 'quit']);
  });

  it('File → Import… asks the window to open its import wizard', () => {
    const act = actions();
    const file = submenu(applicationMenuTemplate(linux, act), 'File');
    click(file.find((item) => item.label === 'Import standards or roster…'));
    expect(act.importFiles).toHaveBeenCalledOnce();
  });

  it('File → Publish to school hub… asks the window for its publish dialog, and only with a gradebook open', () => {
    const act = actions();
    const publish = (state: MenuState) => submenu(applicationMenuTemplate(state, act), 'File').find((item) => item.label === 'Publish to school hub…');
    click(publish(linux));
    expect(act.publishToHub).toHaveBeenCalledOnce();
    expect(publish(linux)?.enabled).toBe(true);
    expect(publish({ ...linux, hasGradebook: false })?.enabled).toBe(false);
  });

  it('lists recent gradebooks that open on click, naming the folder when two share a name', () => {
    const act = actions();
    const recent = ['/home/t/2026/Year 7.proficio', '/home/t/2025/Year 7.proficio', '/home/t/Maths & Science.proficio'];
    const openRecent = submenu(submenu(applicationMenuTemplate({ ...linux, recent }, act), 'File'), 'Open Recent');
    expect(labels(openRecent)).toEqual([
      'Year 7 — /home/t/2026/Year 7.proficio',
      'Year 7 — /home/t/2025/Year 7.proficio',
      'Maths && Science',
      'separator',
      'Clear Recent',
    ]);
    click(openRecent[1]);
    expect(act.openRecent).toHaveBeenCalledWith('/home/t/2025/Year 7.proficio');
  });

  it('says so when there is nothing recent, and disables what needs an open gradebook', () => {
    const file = submenu(applicationMenuTemplate({ ...linux, hasGradebook: false }, actions()), 'File');
    const openRecent = submenu(file, 'Open Recent');
    expect(openRecent[0]).toMatchObject({ label: 'No recent gradebooks', enabled: false });
    expect(openRecent.at(-1)).toMatchObject({ label: 'Clear Recent', enabled: false });
    expect(file.find((item) => item.label === 'Save a copy…')?.enabled).toBe(false);
    expect(file.find((item) => item.label === 'Show gradebook in folder')?.enabled).toBe(false);
  });

  it('has the standard editing roles', () => {
    expect(labels(submenu(applicationMenuTemplate(linux, actions()), 'Edit'))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('offers DevTools only when not packaged', () => {
    const devView = submenu(applicationMenuTemplate({ ...linux, isPackaged: false }, actions()), 'View');
    const packagedView = submenu(applicationMenuTemplate(linux, actions()), 'View');
    expect(labels(devView)).toContain('toggleDevTools');
    expect(labels(packagedView)).not.toContain('toggleDevTools');
    expect(labels(packagedView)).toEqual(expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut']));
  });

  it('puts About Proficio in Help outside macOS', () => {
    const act = actions();
    const help = submenu(applicationMenuTemplate(linux, act), 'Help');
    click(help.find((item) => item.label === 'About Proficio'));
    expect(act.showAbout).toHaveBeenCalledOnce();
  });
});
