/**
 * The shell's security guards, wired to Electron's hooks. Each decision is made by a pure function in
 * policy.ts (tested in policy.test.ts); this file only connects them, for every webContents and for
 * the session all windows share.
 */
import { shell, type App, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl, isAllowedNavigation, isAllowedRequest, rendererIndexUrl, secureWebPreferences } from './policy.js';

/** Hands an allowlisted link to the system browser; anything else is dropped (and logged, for development). */
export function openExternally(url: string): void {
  if (!isAllowedExternalUrl(url)) {
    console.warn(`[security] not opening ${url}: it is not on the external link allowlist`);
    return;
  }
  shell.openExternal(url).catch((error: unknown) => console.error(`[security] could not open ${url}:`, error));
}

/**
 * Every webContents the app ever creates — the window, DevTools, anything a bug might open — gets the
 * guards before it loads anything: it never navigates away from our page, never opens a window, and
 * never attaches a <webview>. An allowlisted link the page tries to follow opens in the browser instead.
 */
export function enableWebContentsGuards(app: App): void {
  app.on('web-contents-created', (_event, contents) => guard(contents));
}

function guard(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url, rendererIndexUrl)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  // also covers subframes, which will-navigate does not see
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, rendererIndexUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, rendererIndexUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

/**
 * The session every window uses: no permission is ever granted (camera, notifications, clipboard
 * reads, devices…), and no request leaves for anything but our own scheme (the CSP header comes with
 * our documents from the app:// handler, renderer-protocol.ts). Must run after `app` is ready and
 * before the window loads.
 */
export function enableSessionPolicy(session: Session, options: { isPackaged: boolean }): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // the session spell checker downloads dictionaries outside macOS; keep it in step with webPreferences
  session.setSpellCheckerEnabled(secureWebPreferences('', { platform: process.platform, isPackaged: options.isPackaged }).spellcheck);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, options);
    if (!allowed) console.warn(`[security] cancelled a request for ${details.url}`);
    callback({ cancel: !allowed });
  });
}
