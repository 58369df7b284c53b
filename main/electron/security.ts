/**
 * The shell's security guards, wired to Electron's hooks. Each decision is made by a pure function in
 * policy.ts (tested in policy.test.ts); this file only connects them, for every webContents and for
 * the session all windows share.
 */
import { shell, type App, type Session, type WebContents } from 'electron';
import type { AppLayout } from './app-layout.js';
import {
  isAllowedExternalUrl,
  isAllowedNavigation,
  isAllowedRequest,
  isRendererDocument,
  secureWebPreferences,
  withContentSecurityPolicy,
} from './policy.js';

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
export function enableWebContentsGuards(app: App, layout: AppLayout): void {
  app.on('web-contents-created', (_event, contents) => guard(contents, layout.rendererIndexUrl));
}

function guard(contents: WebContents, rendererIndexUrl: string): void {
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
 * reads, devices…), no request leaves for anything but our own bundle, and our documents carry the
 * CSP as a header too. Must run after `app` is ready and before the window loads.
 */
export function enableSessionPolicy(session: Session, layout: AppLayout, options: { isPackaged: boolean }): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // the session spell checker downloads dictionaries outside macOS; keep it in step with webPreferences
  session.setSpellCheckerEnabled(secureWebPreferences('', { platform: process.platform, isPackaged: options.isPackaged }).spellcheck);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, layout.rendererDirUrl, options);
    if (!allowed) console.warn(`[security] cancelled a request for ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isRendererDocument(details.url, details.resourceType, layout.rendererDirUrl)) return callback({});
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}
