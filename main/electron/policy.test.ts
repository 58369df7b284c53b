import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  documentationUrl,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isAllowedRequest,
  isRendererDocument,
  isTrustedSender,
  secureWebPreferences,
  withContentSecurityPolicy,
} from './policy.js';

// a packaged layout with a space in it, as on a real machine ("Program Files", "My gradebook")
const rendererDir = '/opt/Proficio App/resources/app.asar/out/renderer';
const index = pathToFileURL(`${rendererDir}/index.html`).href;
const rendererDirUrl = pathToFileURL(`${rendererDir}/`).href;

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
    // the same file spelled with a redundant segment is still the same file
    expect(isAllowedNavigation(index.replace('/out/renderer/', '/out/./renderer/'), index)).toBe(true);
  });

  it.each(foreign)('refuses %s', (url) => {
    expect(isAllowedNavigation(url, index)).toBe(false);
  });

  it('refuses everything when our own index URL is malformed', () => {
    expect(isAllowedNavigation(index, 'not a url')).toBe(false);
    expect(isAllowedNavigation(index, 'https://example.com/index.html')).toBe(false);
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

  it('allows the renderer bundle, inline content, and DevTools in development only', () => {
    expect(isAllowedRequest(index, rendererDirUrl, packaged)).toBe(true);
    expect(isAllowedRequest(`${rendererDirUrl}assets/index-3f2a.js`, rendererDirUrl, packaged)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,iVBORw0KGgo=', rendererDirUrl, packaged)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', rendererDirUrl, dev)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', rendererDirUrl, packaged)).toBe(false);
  });

  it.each([
    'https://example.com/collect?learner=1',
    'http://127.0.0.1:8080/',
    'ws://127.0.0.1:9229/',
    'wss://example.com/',
    'file:///etc/passwd',
    'file:///opt/Proficio%20App/resources/app.asar/out/preload/index.cjs',
    'file:///opt/Proficio%20App/resources/app.asar/out/renderer-evil/x.js',
    'file:///opt/Proficio%20App/resources/app.asar/out/renderer/../main/index.js',
    'file:///opt/Proficio%20App/resources/app.asar/out/renderer/%2e%2e/main/index.js',
    'file:///opt/Proficio%20App/resources/app.asar/out/renderer/assets%2F..%2F..%2Fmain%2Findex.js',
    'file://evil.example/opt/Proficio%20App/resources/app.asar/out/renderer/index.html',
    'file:///opt/Proficio%20App/resources/app.asar/out/renderer/',
    'chrome-extension://abc/script.js',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isAllowedRequest(url, rendererDirUrl, dev)).toBe(false);
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

  it('is sent with the documents of our renderer only', () => {
    expect(isRendererDocument(index, 'mainFrame', rendererDirUrl)).toBe(true);
    expect(isRendererDocument(`${rendererDirUrl}assets/index.js`, 'script', rendererDirUrl)).toBe(false);
    expect(isRendererDocument('devtools://devtools/bundled/inspector.html', 'mainFrame', rendererDirUrl)).toBe(false);
    expect(isRendererDocument('file:///etc/passwd', 'mainFrame', rendererDirUrl)).toBe(false);
  });

  it('replaces any policy a response carried, whatever the header spelling', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["default-src *"],
      'CONTENT-SECURITY-POLICY': "script-src 'unsafe-eval'",
      'Content-Type': 'text/html',
    });
    expect(headers).toEqual({ 'Content-Type': 'text/html', 'Content-Security-Policy': [contentSecurityPolicy] });
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy] });
  });
});
