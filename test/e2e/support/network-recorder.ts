import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/**
 * Nothing leaves the machine, provably: every browser context of the e2e run uses this recording
 * proxy (playwright.config.ts's `proxy`; Playwright routes loopback through it too). It forwards the
 * requests for the app's own origin — the harness — and refuses every other one, https tunnels and
 * WebSockets included, writing each request it sees to a log. Global teardown fails the run when
 * anything was refused; test/e2e/network.spec.ts reads the log to show the page's traffic went through
 * it. One line per request: `{ "method", "url", "allowed" }`.
 */
export type RecordedRequest = { method: string; url: string; allowed: boolean };
export type NetworkRecorder = { proxyUrl: string; refused(): RecordedRequest[]; close(): Promise<void> };

export const networkLogVariable = 'PROFICIO_E2E_NETWORK_LOG';
export const proxyVariable = 'PROFICIO_E2E_PROXY';

/** `allowedOrigin`: the app's own origin — one per harness when the run has several (one per worker). */
export async function startNetworkRecorder(options: { allowedOrigin: string | readonly string[]; logPath: string }): Promise<NetworkRecorder> {
  const allowedOrigins: readonly string[] = typeof options.allowedOrigin === 'string' ? [options.allowedOrigin] : options.allowedOrigin;
  const record = (entry: RecordedRequest) => appendFileSync(options.logPath, `${JSON.stringify(entry)}\n`);
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const target = absolute(req.url);
    if (target === null || !allowedOrigins.includes(target.origin)) {
      record({ method: req.method ?? '?', url: req.url ?? '', allowed: false });
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Proficio e2e: this request would have left the app.');
      return;
    }
    record({ method: req.method ?? '?', url: target.href, allowed: true });
    forward(req, res, target);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // a tunnel: what https and WebSockets ask for, and how Playwright's own request client (page.request)
  // reaches any address; granted to the app's own host and port only
  const allowedHosts = allowedOrigins.map((origin) => new URL(origin).host);
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const allowed = allowedHosts.includes(req.url ?? '');
    record({ method: 'CONNECT', url: req.url ?? '', allowed });
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const [hostname = '', port = ''] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), hostname, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    proxyUrl: `http://127.0.0.1:${port}`,
    refused: () => readNetworkLog(options.logPath).filter((entry) => !entry.allowed),
    close: () =>
      new Promise<void>((resolve) => {
        // open event streams would keep the server from closing
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export function readNetworkLog(logPath: string): RecordedRequest[] {
  let text: string;
  try {
    text = readFileSync(logPath, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as RecordedRequest);
}

export function removeNetworkLog(logPath: string): void {
  rmSync(logPath, { force: true });
}

/** The `proxy` every context of the run uses, once global setup has started the recorder (workers start after it). */
export function recordingProxy(): { server: string } | undefined {
  const server = process.env[proxyVariable];
  return server ? { server } : undefined;
}

function absolute(url: string | undefined): URL | null {
  try {
    return new URL(url ?? '');
  } catch {
    return null;
  }
}

function forward(req: IncomingMessage, res: ServerResponse, target: URL): void {
  const headers = { ...req.headers };
  delete headers['proxy-connection'];
  delete headers['proxy-authorization'];
  const upstream = httpRequest(
    { host: target.hostname, port: target.port, method: req.method, path: target.pathname + target.search, headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', (error) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`Proficio e2e proxy: ${error.message}`);
  });
  // the browser hung up (a closed event stream): stop reading from the harness too
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
}
