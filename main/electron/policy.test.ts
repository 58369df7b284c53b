import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  documentationUrl,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isAllowedRequest,
  isTrustedSender,
  rendererFileFor,
  rendererIndexUrl,
  rendererResponseHeaders,
  rendererSchemePrivileges,
  secureWebPreferences,
} from './policy.js';

// a packaged layout with a space in it, as on a real machine ("Program Files", "My gradebook")
const rendererDir = '/opt/Proficio App/resources/app.asar/out/renderer';
const index = rendererIndexUrl;

/** URLs that must never count as our page, whatever the guard. */
const foreign = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'blob:file:///6f1c8a1e-0000-4000-8000-000000000000',
  'https://example.com/',
  'http://example.com/index.html',
  'http://127.0.0.1:5173/index.html',
  '//example.com/index.html',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'file:///etc/passwd',
  'file:///opt/Proficio%20App/resources/app.asar/out/renderer/other.html',
  'file:///opt/Proficio%20App/resources/app.asar/out/renderer/../renderer-evil/index.html',
  'file:///opt/Proficio%20App/resources/app.asar/out/renderer/%2e%2e/%2e%2e/secret/index.html',
  'file:///opt/Proficio%20App/resources/app.asar/out/renderer%2Findex.html',
  'file:///opt/Proficio%20App/resources/app.asar/out/renderer/index.html%00.png',
  'file://evil.example/opt/Proficio%20App/resources/app.asar/out/renderer/index.html',
  'file://user:pass@/opt/Proficio%20App/resources/app.asar/out/renderer/index.html',
  'file:///tmp/downloaded/index.html',
  // the bundle's own index as a file: the window no longer loads from file://
  pathToFileURL(`${rendererDir}/index.html`).href,
  'app://proficio/other.html',
  'app://proficio/assets/index.html',
  'app://evil/index.html',
  'app://proficio.evil.example/index.html',
  'app://proficio:8080/index.html',
  'app://user@proficio/index.html',
  'app://proficio/index.html%00.png',
  'app://proficio/%2e%2e/index.html/..',
  'apps://proficio/index.html',
  'index.html',
  '',
  'not a url',
];

describe('secure web preferences', () => {
  it('isolate and sandbox every window, with no Node, no webview and no insecure content', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs', { platform: 'linux', isPackaged: true });
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
  });

  it('keep DevTools for development only and spell checking where it needs no download', () => {
    expect(secureWebPreferences('p', { platform: 'linux', isPackaged: false })).toMatchObject({ devTools: true, spellcheck: false });
    expect(secureWebPreferences('p', { platform: 'win32', isPackaged: true }).spellcheck).toBe(false);
    expect(secureWebPreferences('p', { platform: 'darwin', isPackaged: true }).spellcheck).toBe(true);
  });
});

describe('navigation guard', () => {
  it('allows our own index, with a route in the query or fragment', () => {
    expect(isAllowedNavigation(index, index)).toBe(true);
    expect(isAllowedNavigation(`${index}#/learners`, index)).toBe(true);
    expect(isAllowedNavigation(`${index}?view=roster`, index)).toBe(true);
    expect(index).toBe('app://proficio/index.html');
    // the same page spelled with a redundant segment is still the same page
    expect(isAllowedNavigation('app://proficio/assets/../index.html', index)).toBe(true);
    expect(isAllowedNavigation('app://proficio/./index.html#/gradebook', index)).toBe(true);
  });

  it.each(foreign)('refuses %s', (url) => {
    expect(isAllowedNavigation(url, index)).toBe(false);
  });

  it('refuses everything when our own index URL is malformed', () => {
    expect(isAllowedNavigation(index, 'not a url')).toBe(false);
    expect(isAllowedNavigation(index, 'https://example.com/index.html')).toBe(false);
    expect(isAllowedNavigation(pathToFileURL(`${rendererDir}/index.html`).href, pathToFileURL(`${rendererDir}/index.html`).href)).toBe(false);
  });
});

describe('IPC sender guard', () => {
  it('answers the top frame of our own page', () => {
    expect(isTrustedSender({ url: index, parent: null }, index)).toBe(true);
    expect(isTrustedSender({ url: `${index}#/classes`, parent: null }, index)).toBe(true);
  });

  it('refuses a frame that is gone, a subframe, and any other document', () => {
    expect(isTrustedSender(null, index)).toBe(false);
    expect(isTrustedSender(undefined, index)).toBe(false);
    expect(isTrustedSender({ url: index, parent: { url: index } }, index)).toBe(false);
    for (const url of foreign) expect(isTrustedSender({ url, parent: null }, index), url).toBe(false);
  });
});

describe('external link allowlist', () => {
  it('allows the documentation over https', () => {
    expect(isAllowedExternalUrl(documentationUrl)).toBe(true);
    expect(isAllowedExternalUrl('https://docs.proficio.org/mastery/decaying-average#example')).toBe(true);
    expect(isAllowedExternalUrl('https://PROFICIO.org/')).toBe(true);
  });

  it.each([
    ...foreign,
    'http://docs.proficio.org/',
    'https://docs.proficio.org:8443/',
    'https://user@docs.proficio.org/',
    'https://docs.proficio.org@evil.example/',
    'https://docs.proficio.org.evil.example/',
    'https://evil.example/?https://docs.proficio.org/',
    'https://evil.example/#docs.proficio.org',
    'https://xn--docs-proficio-xyz.org/',
    'https://evil.proficio.org/',
    'https://docs.proficio.org%2eevil.example/',
    'ftp://docs.proficio.org/',
    'file:///docs.proficio.org/',
    'mailto:someone@proficio.org',
    'javascript://docs.proficio.org/%0aalert(1)',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('request filter', () => {
  const dev = { isPackaged: false };
  const packaged = { isPackaged: true };

  it('allows our own scheme (whose handler serves the bundle only), inline content, and DevTools in development only', () => {
    expect(isAllowedRequest(index, packaged)).toBe(true);
    expect(isAllowedRequest('app://proficio/assets/index-3f2a.js', packaged)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,iVBORw0KGgo=', packaged)).toBe(true);
    expect(isAllowedRequest('blob:app://proficio/6f1c8a1e-0000-4000-8000-000000000000', packaged)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', dev)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', packaged)).toBe(false);
  });

  it.each([
    'https://example.com/collect?learner=1',
    'http://127.0.0.1:8080/',
    'ws://127.0.0.1:9229/',
    'wss://example.com/',
    'file:///etc/passwd',
    // nothing loads straight from disk any more, the bundle included
    'file:///opt/Proficio%20App/resources/app.asar/out/renderer/index.html',
    'file:///opt/Proficio%20App/resources/app.asar/out/preload/index.cjs',
    'app://evil/index.html',
    'app://proficio:8080/index.html',
    'app://user:pass@proficio/index.html',
    'blob:https://example.com/6f1c8a1e-0000-4000-8000-000000000000',
    'chrome-extension://abc/script.js',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isAllowedRequest(url, dev)).toBe(false);
  });
});

describe('the app:// scheme', () => {
  it('is registered standard and secure (a real origin, relative URLs, a secure context), nothing looser', () => {
    expect(rendererSchemePrivileges).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } });
  });

  it('maps our URLs to files of the renderer bundle', () => {
    expect(rendererFileFor('app://proficio/', rendererDir)).toBe(join(rendererDir, 'index.html'));
    expect(rendererFileFor('app://proficio/index.html?x=1#/learners', rendererDir)).toBe(join(rendererDir, 'index.html'));
    expect(rendererFileFor('app://proficio/assets/index-3f2a.js', rendererDir)).toBe(join(rendererDir, 'assets', 'index-3f2a.js'));
    expect(rendererFileFor('app://proficio/assets/My%20Font.woff2', rendererDir)).toBe(join(rendererDir, 'assets', 'My Font.woff2'));
  });

  it.each([
    'app://proficio/..%2f..%2fmain%2findex.js',
    'app://proficio/%2e%2e%2fpreload%2findex.cjs',
    'app://proficio/assets%2F..%2F..%2Fmain%2Findex.js',
    'app://proficio/..%5c..%5cmain%5cindex.js',
    'app://proficio/assets/%2e%2e%5c%2e%2e%5csecret',
    'app://proficio/index.html%00.png',
    'app://proficio/%zz',
    'app://proficio/%E0%A4%A',
    'app://evil/index.html',
    'app://proficio:8080/index.html',
    'app://user@proficio/index.html',
    'file:///opt/Proficio%20App/resources/app.asar/out/renderer/index.html',
    'https://proficio/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(rendererFileFor(url, rendererDir)).toBeNull();
  });

  it.each([
    'app://proficio/../main/index.js',
    'app://proficio/%2e%2e/%2e%2e/secret/index.html',
    'app://proficio/assets/../../../../etc/passwd',
    'app://proficio/.%2e/preload/index.cjs',
  ])('never resolves %s outside the bundle', (url) => {
    const file = rendererFileFor(url, rendererDir);
    if (file === null) return;
    const inside = relative(rendererDir, file);
    expect(inside.startsWith('..')).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows only our own files, forbids plugins, base and form targets, and framing', () => {
    const directives = new Map(contentSecurityPolicy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }));
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(contentSecurityPolicy).not.toMatch(/unsafe-|\*|https?:/);
  });

  it('is the same policy the renderer page declares in its meta tag', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy);
  });

  it('is sent as a header with our documents, where frame-ancestors takes effect', () => {
    expect(rendererResponseHeaders(join(rendererDir, 'index.html'))).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
    });
    expect(rendererResponseHeaders(join(rendererDir, 'assets', 'index.js'))).toEqual({
      'content-type': 'text/javascript; charset=utf-8',
      'x-content-type-options': 'nosniff',
    });
    expect(rendererResponseHeaders(join(rendererDir, 'assets', 'unknown.bin'))['content-type']).toBe('application/octet-stream');
  });
});
