/**
 * Every security decision of the Electron shell that can be made without Electron, so that a unit
 * test can prove each guard holds (policy.test.ts). The shell modules (security.ts, window.ts, ipc.ts)
 * only wire these answers to Electron's hooks. This file must not import `electron`.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The window's page comes from our own scheme, `app://proficio/`, never from `file://` (the Electron
 * security checklist: a `file:` page may read other files and shares one origin with every file on
 * disk). Registered privileged before `ready`: `standard` gives it a real origin and relative URLs,
 * `secure` a secure context; the module scripts Vite emits are CORS-mode requests, hence `corsEnabled`
 * (no response of ours carries CORS headers, so no other origin can read one).
 */
export const rendererSchemePrivileges = {
  scheme: 'app',
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
} as const;
const rendererHost = 'proficio';
export const rendererIndexUrl = `${rendererSchemePrivileges.scheme}://${rendererHost}/index.html`;

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

/** A URL of our scheme and host, with no port or credentials; null for anything else. */
function ownUrl(url: string): URL | null {
  const candidate = parse(url);
  if (!candidate || candidate.protocol !== `${rendererSchemePrivileges.scheme}:`) return null;
  if (candidate.hostname !== rendererHost || candidate.port !== '' || candidate.username !== '' || candidate.password !== '') return null;
  return candidate;
}

/**
 * True when `url` is our renderer page itself (any query or #fragment: the app may route with them).
 * The URL parser has already resolved `..` and `%2e%2e` segments, so no spelling names another page.
 */
export function isOwnPage(url: string, indexUrl: string): boolean {
  const candidate = ownUrl(url);
  const own = ownUrl(indexUrl);
  return candidate !== null && own !== null && candidate.pathname === own.pathname;
}

/**
 * The file of the renderer bundle an `app://proficio/…` request names, or null: the protocol handler
 * answers 404 for null. Refused: another scheme, host, port or credentials; a malformed escape; an
 * encoded separator (`%2F`, `%5C`), backslash or NUL, which could smuggle a `..` past the URL parser;
 * any `..` left after decoding; and, as the last word, any path that resolves outside `rendererDir`.
 */
export function rendererFileFor(url: string, rendererDir: string): string | null {
  const candidate = ownUrl(url);
  if (!candidate) return null;
  const raw = candidate.pathname;
  if (/%2f|%5c|%00|\\/i.test(raw)) return null;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, path === '/' ? 'index.html' : `.${path}`);
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return file;
}

/** The renderer bundle's file types, as the Electron protocol and the browser harness both serve them. */
export const rendererContentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function rendererContentType(file: string): string {
  return rendererContentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers for a file of the bundle; documents carry the CSP as a header, where `frame-ancestors` works. */
export function rendererResponseHeaders(file: string): Record<string, string> {
  const type = rendererContentType(file);
  return type.startsWith('text/html')
    ? { 'content-type': type, 'content-security-policy': contentSecurityPolicy, 'x-content-type-options': 'nosniff' }
    : { 'content-type': type, 'x-content-type-options': 'nosniff' };
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
 * Every request the session makes: our own scheme (whose handler serves files of the bundle and
 * nothing else), inline `data:`/`blob:` content of our page, and in development the DevTools' own
 * pages. Everything else — http(s), ws, any file on disk — is cancelled before it leaves, so even a
 * CSP mistake cannot reach the network or read the disk.
 */
export function isAllowedRequest(url: string, options: { isPackaged: boolean }): boolean {
  const candidate = parse(url);
  if (!candidate) return false;
  switch (candidate.protocol) {
    case 'data:':
      return true;
    case 'blob:':
      return ownUrl(candidate.pathname) !== null;
    case 'devtools:':
      return !options.isPackaged;
    case `${rendererSchemePrivileges.scheme}:`:
      return ownUrl(url) !== null;
    default:
      return false;
  }
}
