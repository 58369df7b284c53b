/** The one Proficio window: secure webPreferences from policy.ts, our title, shown once painted. */
import { BrowserWindow, type WebPreferences } from 'electron';
import type { AppLayout } from './app-layout.js';
import { rendererIndexUrl, secureWebPreferences } from './policy.js';

export function createMainWindow(layout: AppLayout, options: { isPackaged: boolean; title: string }): BrowserWindow {
  const window = new BrowserWindow({
    title: options.title,
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    // shown on ready-to-show, so a teacher never sees an empty white frame
    show: false,
    backgroundColor: '#ffffff',
    // Linux and Windows show it in the title bar and task bar (macOS takes the bundle's icon instead)
    icon: layout.windowIcon,
    webPreferences: secureWebPreferences(layout.preload, {
      platform: process.platform,
      isPackaged: options.isPackaged,
    }) satisfies WebPreferences,
  });
  // the title names the open gradebook; the page's <title> must not replace it
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  return window;
}

/** Our page from our own scheme (renderer-protocol.ts), never from file://. */
export function loadRenderer(window: BrowserWindow): Promise<void> {
  return window.loadURL(rendererIndexUrl);
}

/** Brings the window to the front, as a second launch or an Open from the dock expects. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
