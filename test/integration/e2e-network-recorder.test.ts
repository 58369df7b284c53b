import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readNetworkLog, startNetworkRecorder, type NetworkRecorder } from '../e2e/support/network-recorder.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** The e2e suite's proof that nothing leaves the machine is only as good as this proxy. */
const tempDir = useTempDir();
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function setUp(): Promise<{ app: string; recorder: NetworkRecorder; logPath: string }> {
  const app: Server = createServer((_req, res) => res.end('from the app'));
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => app.close(() => resolve())));
  const origin = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  const logPath = join(tempDir(), 'network.jsonl');
  const recorder = await startNetworkRecorder({ allowedOrigin: origin, logPath });
  closers.push(() => recorder.close());
  return { app: origin, recorder, logPath };
}

function viaProxy(proxyUrl: string, options: { method: string; path: string }): Promise<{ status: number; body: string }> {
  const proxy = new URL(proxyUrl);
  return new Promise((resolve, reject) => {
    const req = request({ host: proxy.hostname, port: proxy.port, method: options.method, path: options.path }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('connect', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, body: '' });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the e2e recording proxy', () => {
  it('forwards the app’s own origin, refuses and records everything else, tunnels included', async () => {
    const { app, recorder, logPath } = await setUp();
    expect(await viaProxy(recorder.proxyUrl, { method: 'GET', path: `${app}/index.html` })).toEqual({ status: 200, body: 'from the app' });
    expect((await viaProxy(recorder.proxyUrl, { method: 'GET', path: 'http://example.com/track?learner=1' })).status).toBe(403);
    expect((await viaProxy(recorder.proxyUrl, { method: 'GET', path: 'http://127.0.0.1:9/other-port' })).status).toBe(403);
    expect((await viaProxy(recorder.proxyUrl, { method: 'CONNECT', path: 'content-autofill.googleapis.com:443' })).status).toBe(403);
    expect((await viaProxy(recorder.proxyUrl, { method: 'CONNECT', path: new URL(app).host })).status).toBe(200);

    expect(recorder.refused()).toEqual([
      { method: 'GET', url: 'http://example.com/track?learner=1', allowed: false },
      { method: 'GET', url: 'http://127.0.0.1:9/other-port', allowed: false },
      { method: 'CONNECT', url: 'content-autofill.googleapis.com:443', allowed: false },
    ]);
    expect(readNetworkLog(logPath).filter((entry) => entry.allowed).map((entry) => entry.url)).toEqual([`${app}/index.html`, new URL(app).host]);
  });
});
