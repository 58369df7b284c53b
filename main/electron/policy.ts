/**
 * Every security decision of the Electron shell that can be made without Electron, so that a unit
 * test can prove each guard holds (policy.test.ts). The shell modules (security.ts, window.ts, ipc.ts)
 * only wire these answers to Electron's hooks. This file must not import `electron`.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The renderer's Content Security Policy. renderer/index.html carries the same policy as a meta tag;
 * the shell also sends it as a response header because `frame-ancestors` only works in a header and
 * a header cannot be removed by markup.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The only external pages Proficio opens, always in the system browser. Exact https hosts (no
 * subdomain wildcard) and a path prefix, so a link into a user-controlled corner of a big site
 * (a fork, an issue comment) does not qualify.
 */
export const externalLinkAllowlist: readonly { host: string; pathPrefix: string }[] = [
  { host: 'proficio.org', pathPrefix: '/' },
  { host: 'docs.proficio.org', pathPrefix: '/' },
];

export const documentationUrl = 'https://docs.proficio.org/';

/**
 * webPreferences for every window. Spell checking only on macOS, where it uses the system's checker:
 * on Windows and Linux Chromium downloads Hunspell dictionaries from Google, and a local-first app
 * makes no network requests of its own.
 */
export function secureWebPreferences(preloadPath: string, options: { platform: NodeJS.Platform; isPackaged: boolean }) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: options.platform === 'darwin',
    devTools: !options.isPackaged,
  } as const;
}

/** Parses a URL, or null for anything that is not one (a thrown TypeError must not reach a guard). */
function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The local file a `file:` URL names, or null. `fileURLToPath` refuses a host (a UNC share on
 * Windows, `file://evil.example/...` elsewhere) and encoded separators (`%2F`, `%5C`), and the URL
 * parser has already resolved `..` and `%2e%2e` segments, so two URLs naming the same path compare
 * equal and no spelling can smuggle in a different file.
 */
function localPath(url: URL): string | null {
  if (url.protocol !== 'file:' || url.host !== '' || url.username !== '' || url.password !== '') return null;
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

/** True when `url` is our renderer page itself (any query or #fragment: the app may route with them). */
export function isOwnPage(url: string, rendererIndexUrl: string): boolean {
  const candidate = parse(url);
  const own = parse(rendererIndexUrl);
  if (!candidate || !own) return false;
  const candidatePath = localPath(candidate);
  const ownPath = localPath(own);
  return candidatePath !== null && ownPath !== null && candidatePath === ownPath;
}

/** `will-navigate` / `will-redirect` / `will-frame-navigate`: the window never leaves our page. */
export function isAllowedNavigation(url: string, rendererIndexUrl: string): boolean {
  return isOwnPage(url, rendererIndexUrl);
}

/** Links the shell may hand to the system browser: https on an allowlisted host, default port, no credentials. */
export function isAllowedExternalUrl(url: string): boolean {
  const candidate = parse(url);
  if (!candidate) return false;
  if (candidate.protocol !== 'https:' || candidate.port !== '' || candidate.username !== '' || candidate.password !== '') {
    return false;
  }
  return externalLinkAllowlist.some(
    ({ host, pathPrefix }) => candidate.hostname === host && candidate.pathname.startsWith(pathPrefix),
  );
}

/** What the IPC guard needs of `event.senderFrame` (Electron's WebFrameMain has both). */
export type SenderFrame = { readonly url: string; readonly parent: unknown };

/**
 * An IPC request is answered only for the top frame of our own page. A frame that is gone (null), a
 * subframe, or any other document — even one that somehow got our preload — gets nothing.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, rendererIndexUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  return isOwnPage(frame.url, rendererIndexUrl);
}

/**
 * Every request the session makes: files of our renderer bundle, inline `data:`/`blob:` content, and
 * in development the DevTools' own pages. Everything else — http(s), ws, other files on disk — is
 * cancelled before it leaves, so even a CSP mistake cannot reach the network or read the disk.
 */
export function isAllowedRequest(url: string, rendererDirUrl: string, options: { isPackaged: boolean }): boolean {
  const candidate = parse(url);
  if (!candidate) return false;
  switch (candidate.protocol) {
    case 'data:':
    case 'blob:':
      return true;
    case 'devtools:':
      return !options.isPackaged;
    case 'file:': {
      const root = parse(rendererDirUrl);
      const rootPath = root ? localPath(root) : null;
      const path = localPath(candidate);
      if (rootPath === null || path === null) return false;
      const inside = relative(rootPath, path);
      return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
    }
    default:
      return false;
  }
}

/**
 * Responses that get the CSP header: documents of our renderer. Other responses (scripts, images, the
 * DevTools' own pages in development) are left as they are — a policy only applies to documents.
 */
export function isRendererDocument(url: string, resourceType: string, rendererDirUrl: string): boolean {
  const isDocument = resourceType === 'mainFrame' || resourceType === 'subFrame';
  return isDocument && url.startsWith('file:') && isAllowedRequest(url, rendererDirUrl, { isPackaged: true });
}

/**
 * Headers for a response with our CSP in place of any the response carried (header names are case
 * insensitive, so every spelling of the old one goes).
 */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string | string[]>> | undefined,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [contentSecurityPolicy];
  return result;
}
