import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { contentSecurityPolicy } from './policy.js';
import { answerRendererRequest } from './renderer-protocol.js';

/** The app:// handler under plain Node: Electron hands it a fetch Request and sends back its Response. */
const tempDir = useTempDir();

function bundle(): string {
  const root = tempDir();
  const rendererDir = join(root, 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Proficio</title>');
  writeFileSync(join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
  mkdirSync(join(root, 'out', 'main'));
  writeFileSync(join(root, 'out', 'main', 'index.js'), 'main process secrets');
  writeFileSync(join(root, 'secret.txt'), 'outside the bundle');
  return rendererDir;
}

describe('the app:// protocol handler', () => {
  it('serves the page with our CSP as a header, and the bundle’s files', async () => {
    const rendererDir = bundle();
    const page = await answerRendererRequest(new Request('app://proficio/index.html'), rendererDir);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await page.text()).toContain('<title>Proficio</title>');
    const script = await answerRendererRequest(new Request('app://proficio/assets/index.js'), rendererDir);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers 404 for anything outside the bundle, however it is spelled', async () => {
    const rendererDir = bundle();
    for (const url of [
      'app://proficio/../main/index.js',
      'app://proficio/..%2fmain%2findex.js',
      'app://proficio/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://proficio/..%5c..%5csecret.txt',
      'app://proficio/assets/../../../secret.txt',
      'app://other/index.html',
      'app://proficio/missing.js',
      'app://proficio/assets/',
      'app://proficio/%zz',
    ]) {
      const answer = await answerRendererRequest(new Request(url), rendererDir);
      expect(answer.status, url).toBe(404);
      const body = await answer.text();
      expect(body, url).not.toContain('secrets');
      expect(body, url).not.toContain('outside the bundle');
    }
  });

  it('only reads', async () => {
    const answer = await answerRendererRequest(new Request('app://proficio/index.html', { method: 'POST', body: 'x' }), bundle());
    expect(answer.status).toBe(405);
  });

  it('serves the icons the page links, so the window never asks for a /favicon.ico it lacks', async () => {
    // Vite copies renderer/public/ to the bundle's root unchanged: it stands in for out/renderer here
    const page = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const icons = [...page.matchAll(/<link rel="icon" href="([^"]+)" type="([^"]+)"/g)].map(([, href, type]) => ({ href: href!, type: type! }));
    expect(icons.map((icon) => icon.type)).toEqual(['image/svg+xml', 'image/png']);
    for (const icon of icons) {
      const answer = await answerRendererRequest(new Request(new URL(icon.href, 'app://proficio/index.html')), join(import.meta.dirname, '../../renderer/public'));
      expect(answer.status, icon.href).toBe(200);
      expect(answer.headers.get('content-type')).toBe(icon.type);
    }
  });
});
