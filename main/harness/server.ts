import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import type { EventName, EventPayloads } from '../../preload/contract/index.js';
import { memoryHubLogins, withHubLogins } from '../hub/hub-logins.js';
import type { GradebookWorker } from '../worker/client.js';
import { rendererContentType } from '../electron/policy.js';

/**
 * The browser test harness: serves the real renderer bundle and answers the real contract over HTTP,
 * on loopback only, so end-to-end tests can drive Proficio in Chromium where no Electron binary exists.
 *
 * Guards, because every local program, and any web page the user visits, can also reach 127.0.0.1:
 * - nothing is served without the session: the harness prints a one-time link, whose first GET trades
 *   it for an HttpOnly, SameSite=Strict cookie and redirects to the clean address. No secret is ever in
 *   an address after that (the Referrer-Policy keeps even the one-time link out of Referer headers);
 * - the page learns a second secret, the API token, from a meta tag in index.html (only readable by
 *   same-origin script) and sends it in a custom header: a request needs both, and the custom header
 *   forces a CORS preflight this server never approves. The event stream, which cannot send headers,
 *   is read with the cookie alone;
 * - a request another origin makes (an `Origin` or `Sec-Fetch-Site` that is not ours) is refused, so a
 *   page on another port of 127.0.0.1 — same site, so the cookie goes with it — gets nothing;
 * - the Host header must be our own address, which defeats DNS rebinding;
 * - no page may frame the harness (`frame-ancestors 'none'`, X-Frame-Options), and request bodies are capped.
 */
export type HarnessServer = {
  /** The clean address the browser shows once it holds the session. */
  url: string;
  /** `url?once=…`: works once, for the first browser that opens it. */
  oneTimeUrl: string;
  /** The API token, for in-process callers (tests); a page reads it from index.html. Never printed. */
  token: string;
  close(): Promise<void>;
};

const maxBodyBytes = 10 * 1024 * 1024;

export async function startHarnessServer(options: {
  worker: GradebookWorker;
  rendererDir: string;
  port?: number;
}): Promise<HarnessServer> {
  const secret = () => randomBytes(24).toString('hex');
  const token = secret();
  const session = secret();
  const once = secret();
  let onceUsed = false;
  let allowedHost = '';
  let cookieName = '';
  const streams = new Set<ServerResponse>();
  // no safeStorage here: a hub password the teacher asks to keep is kept in memory, for this session only
  const worker = withHubLogins(options.worker, memoryHubLogins());
  /** Events the harness posts itself, standing in for Electron's menu (see `menu`). */
  const ownEvents = new Set<(event: string, payload: unknown) => void>();

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
    if (!fromOurOrigin(req)) return send(res, 403, 'text/plain', 'Proficio answers its own page only.');
    if (url.pathname === '/' && url.searchParams.has('once')) return trade(req, res, url.searchParams.get('once') ?? '');
    if (!hasSession(req)) {
      return send(res, 403, 'text/plain', 'No session: open the one-time link the harness printed (npm run dev:web) in this browser.');
    }
    if (url.pathname === '/events') return events(req, res);
    if (url.pathname.startsWith('/menu/')) return menu(req, res, pathname.slice('/menu/'.length));
    if (url.pathname.startsWith('/api/')) return api(req, res, pathname.slice('/api/'.length));
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    return serveStatic(res, url.pathname);
  }

  /** The one-time link: its first GET sets the session cookie and sends the browser to the clean address. */
  function trade(req: IncomingMessage, res: ServerResponse, offered: string): void {
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    // opening the link again in the browser that already traded it is harmless
    if (hasSession(req)) return redirectHome(res, {});
    if (onceUsed || !secretMatches(offered, once)) {
      return send(res, 403, 'text/plain', onceUsed
        ? 'This one-time link was already used. Restart the harness (npm run dev:web) for a new one.'
        : 'This is not the one-time link the harness printed.');
    }
    onceUsed = true;
    redirectHome(res, { 'set-cookie': `${cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/` });
  }

  function redirectHome(res: ServerResponse, headers: Record<string, string>): void {
    res.writeHead(303, { ...securityHeaders, location: '/', ...headers });
    res.end();
  }

  async function api(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
    if (!secretMatches(req.headers['x-proficio-token'], token)) return send(res, 403, 'text/plain', 'missing or wrong token');
    let request: unknown;
    try {
      request = JSON.parse(await readBody(req));
    } catch (error) {
      const result = { ok: false, error: { code: 'invalid_request', message: `The request body is not JSON: ${String(error)}`, details: { channel } } };
      return send(res, 400, 'application/json', JSON.stringify(result));
    }
    const result = await worker.dispatch(channel, request);
    return send(res, 200, 'application/json', JSON.stringify(result));
  }

  /**
   * The contract's events (import progress) as Server-Sent Events. EventSource cannot send headers;
   * the session cookie goes with it, and nothing is taken from the address.
   */
  function events(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    res.writeHead(200, { ...securityHeaders, 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    const stop = options.worker.onEvent(({ event, payload }) => res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`));
    const own = (event: string, payload: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    ownEvents.add(own);
    streams.add(res);
    req.on('close', () => {
      stop();
      ownEvents.delete(own);
      streams.delete(res);
    });
  }

  /**
   * Stands in for the desktop menu, which the browser has not got: POST /menu/<item> (with the API
   * token) posts the event Electron's menu item sends, so a test drives the same path a teacher does.
   */
  function menu(req: IncomingMessage, res: ServerResponse, item: string): void {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
    if (!secretMatches(req.headers['x-proficio-token'], token)) return send(res, 403, 'text/plain', 'missing or wrong token');
    const event = Object.hasOwn(menuEvents, item) ? menuEvents[item] : undefined;
    if (event === undefined) return send(res, 404, 'text/plain', 'no such menu item');
    for (const post of ownEvents) post(event, {} satisfies EventPayloads[typeof event]);
    return send(res, 200, 'application/json', JSON.stringify({ ok: true, value: { event } }));
  }

  function hasSession(req: IncomingMessage): boolean {
    return secretMatches(cookieValue(req.headers.cookie, cookieName), session);
  }

  /**
   * Browsers name the origin of a request (`Origin` on cross-origin and non-GET requests,
   * `Sec-Fetch-Site` on all): either, when present, must say it is ours or the user's own navigation.
   * Programs that send neither (curl, the tests' own requests) still need the secrets.
   */
  function fromOurOrigin(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${allowedHost}`) return false;
    const site = req.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none';
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
      // the page learns the API token from a meta tag: readable only by same-origin script
      const html = body.toString('utf8').replace('<head>', `<head>\n    <meta name="proficio-harness-token" content="${token}" />`);
      return send(res, 200, rendererContentType('index.html'), html);
    }
    return send(res, 200, rendererContentType(file), body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  allowedHost = `127.0.0.1:${port}`;
  // cookies ignore ports: a name per port keeps two harnesses in one browser apart
  cookieName = `proficio-harness-${port}`;
  return {
    url: `http://${allowedHost}/`,
    oneTimeUrl: `http://${allowedHost}/?once=${once}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        // open event streams would keep the server from closing
        for (const stream of streams) stream.end();
        server.close(() => resolve());
      }),
  };
}

/** The desktop menu items whose event the harness can post (POST /menu/<item>). */
const menuEvents: Record<string, Extract<EventName, 'import:requested' | 'hub:publishRequested'>> = {
  'import-files': 'import:requested',
  'publish-to-hub': 'hub:publishRequested',
};

/** Sent with every answer: no page may frame the harness, read its answers from elsewhere, or see where it came from. */
const securityHeaders = {
  'content-security-policy': "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cache-control': 'no-store',
};

function secretMatches(offered: string | string[] | undefined, secret: string): boolean {
  if (typeof offered !== 'string' || offered.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(offered), Buffer.from(secret));
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
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
  res.writeHead(status, { ...securityHeaders, 'content-type': contentType });
  res.end(body);
}
