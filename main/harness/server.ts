import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { GradebookWorker } from '../worker/client.js';

/**
 * The browser test harness: serves the real renderer bundle and answers the real contract over HTTP,
 * on loopback only, so end-to-end tests can drive Proficio in Chromium where no Electron binary exists.
 *
 * Guards, because any web page the user visits can also reach 127.0.0.1:
 * - a random token per start, sent in a custom header: a foreign page cannot read it, and the
 *   custom header forces a CORS preflight this server never approves;
 * - the Host header must be our own address, which defeats DNS rebinding;
 * - request bodies are capped.
 */
export type HarnessServer = { url: string; token: string; close(): Promise<void> };

const maxBodyBytes = 10 * 1024 * 1024;
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export async function startHarnessServer(options: {
  worker: GradebookWorker;
  rendererDir: string;
  port?: number;
}): Promise<HarnessServer> {
  const token = randomBytes(24).toString('hex');
  let allowedHost = '';
  const streams = new Set<ServerResponse>();

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, 'text/plain', `harness error: ${String(error)}`));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== allowedHost) return send(res, 421, 'text/plain', 'wrong host');
    const url = new URL(req.url ?? '/', `http://${allowedHost}`);
    // a malformed escape (`%zz`) is the request's fault: 400, before any route decodes it
    const pathname = decodePath(url.pathname);
    if (pathname === null) {
      const error = { code: 'invalid_request', message: 'The address has a malformed percent-escape.', details: { path: url.pathname } };
      return url.pathname.startsWith('/api/')
        ? send(res, 400, 'application/json', JSON.stringify({ ok: false, error }))
        : send(res, 400, 'text/plain', error.message);
    }
    if (url.pathname === '/events') return events(req, res, url);
    if (url.pathname.startsWith('/api/')) return api(req, res, pathname.slice('/api/'.length));
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    return serveStatic(res, url.pathname);
  }

  async function api(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
    if (!tokenMatches(req.headers['x-proficio-token'])) return send(res, 403, 'text/plain', 'missing or wrong token');
    let request: unknown;
    try {
      request = JSON.parse(await readBody(req));
    } catch (error) {
      const result = { ok: false, error: { code: 'invalid_request', message: `The request body is not JSON: ${String(error)}`, details: { channel } } };
      return send(res, 400, 'application/json', JSON.stringify(result));
    }
    const result = await options.worker.dispatch(channel, request);
    return send(res, 200, 'application/json', JSON.stringify(result));
  }

  /**
   * The contract's events (import progress) as Server-Sent Events. EventSource cannot send headers,
   * so this one route takes the token from the query string.
   */
  function events(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    if (!tokenMatches(url.searchParams.get('token') ?? undefined)) return send(res, 403, 'text/plain', 'missing or wrong token');
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    const stop = options.worker.onEvent(({ event, payload }) => res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`));
    streams.add(res);
    req.on('close', () => {
      stop();
      streams.delete(res);
    });
  }

  function tokenMatches(header: string | string[] | undefined): boolean {
    if (typeof header !== 'string' || header.length !== token.length) return false;
    return timingSafeEqual(Buffer.from(header), Buffer.from(token));
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
    const file = join(options.rendererDir, relative);
    if (!file.startsWith(options.rendererDir + sep) || relative.split(/[/\\]/).includes('..')) {
      return send(res, 404, 'text/plain', 'not found');
    }
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return send(res, 404, 'text/plain', 'not found');
    }
    if (relative === 'index.html') {
      // the page learns the token from a meta tag: readable only by same-origin script
      const html = body.toString('utf8').replace('<head>', `<head>\n    <meta name="proficio-harness-token" content="${token}" />`);
      return send(res, 200, contentTypes['.html'] ?? 'text/html', html);
    }
    return send(res, 200, contentTypes[extname(file)] ?? 'application/octet-stream', body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  allowedHost = `127.0.0.1:${port}`;
  return {
    url: `http://${allowedHost}/`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        // open event streams would keep the server from closing
        for (const stream of streams) stream.end();
        server.close(() => resolve());
      }),
  };
}

function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': contentType,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}
