import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGradebookWorker, type GradebookWorker } from '../worker/client.js';
import { startHarnessServer, type HarnessServer } from './server.js';

let dir: string;
let worker: GradebookWorker;
let server: HarnessServer;
/** `name=value` of the session cookie the one-time link was traded for. */
let session: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'proficio-harness-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>Proficio</title></head><body></body></html>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder');
  worker = startGradebookWorker();
  await worker.open(join(dir, 'demo.proficio'), { create: true, demoIfNew: true });
  server = await startHarnessServer({ worker, rendererDir });
  const traded = await send({ path: pathOf(server.oneTimeUrl) });
  session = cookieOf(traded.headers['set-cookie']);
});
afterAll(async () => {
  await server.close();
  await worker.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Raw HTTP, so the test controls the Host header and the exact path (fetch normalises both). */
function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  const url = new URL(server.url);
  return new Promise<{ status: number; body: string; headers: IncomingMessage['headers'] }>((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: options.method ?? 'GET', path: options.path, headers: options.headers ?? {} },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function pathOf(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

function cookieOf(setCookie: string[] | undefined): string {
  const first = setCookie?.[0];
  if (!first) throw new Error('no Set-Cookie');
  return first.split(';')[0] ?? '';
}

/** A request with the session cookie and the token header, as the page makes it. */
const api = (channel: string, body: string, headers: Record<string, string> = {}) =>
  send({ method: 'POST', path: `/api/${channel}`, headers: { cookie: session, 'x-proficio-token': server.token, ...headers }, body });

describe('the browser test harness server', () => {
  it('listens on loopback only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('serves the renderer with the token in a meta tag only to the browser holding the session cookie', async () => {
    const page = await send({ path: '/', headers: { cookie: session } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="proficio-harness-token" content="${server.token}" />`);
  });

  it('answers the contract for a request carrying the token', async () => {
    const reply = await api('classes:list', '{}');
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body) as { ok: boolean; value: unknown[] };
    expect(result.ok).toBe(true);
    expect(result.value.length).toBeGreaterThanOrEqual(3);
  });

  it('passes contract errors through as typed results', async () => {
    const reply = await api('learners:roster', JSON.stringify({ classId: 'room 12' }));
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const unknown = await api('learners:drop', '{}');
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    expect((await send({ method: 'POST', path: '/api/classes:list', headers: { cookie: session }, body: '{}' })).status).toBe(403);
    expect((await api('classes:list', '{}', { 'x-proficio-token': 'f'.repeat(48) })).status).toBe(403);
  });

  it('refuses a request with the token but without the session cookie, or with a wrong one', async () => {
    expect((await send({ method: 'POST', path: '/api/classes:list', headers: { 'x-proficio-token': server.token }, body: '{}' })).status).toBe(403);
    expect((await api('classes:list', '{}', { cookie: session.replace(/=.*/, `=${'0'.repeat(48)}`) })).status).toBe(403);
  });

  it('refuses a request another site makes, even with both credentials', async () => {
    expect((await api('classes:list', '{}', { origin: 'http://127.0.0.1:8080' })).status).toBe(403);
    expect((await api('classes:list', '{}', { origin: 'null' })).status).toBe(403);
    expect((await api('classes:list', '{}', { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await api('classes:list', '{}', { origin: new URL(server.url).origin, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await api('classes:list', '{}', { host: 'evil.example:80' })).status).toBe(421);
  });

  it('refuses a body that is not JSON with a typed error', async () => {
    const reply = await api('classes:list', '{not json');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const reply = await send({ path, headers: { cookie: session } });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the renderer folder');
    }
  });

  it('answers 400 to a malformed percent-escape in the path', async () => {
    const api = await send({ method: 'POST', path: '/api/%zz', headers: { 'x-proficio-token': server.token }, body: '{}' });
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect((await send({ path: '/%zz' })).status).toBe(400);
    expect((await send({ path: '/assets/%E0%A4%A.js' })).status).toBe(400);
  });

  it('refuses a request nested 10,000 levels deep with a typed error naming the channel, and keeps serving', async () => {
    const deep = '{"classId":'.repeat(10_000) + '"x"' + '}'.repeat(10_000);
    const reply = await api('learners:roster', deep);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_request', details: { channel: 'learners:roster', reason: 'too_deep' } } });
    expect((await api('classes:list', '{}')).status).toBe(200);
  });

  it('only GETs pages and only POSTs requests', async () => {
    expect((await send({ method: 'GET', path: '/api/classes:list', headers: { cookie: session } })).status).toBe(405);
    expect((await send({ method: 'DELETE', path: '/', headers: { cookie: session } })).status).toBe(405);
  });
});

describe('the harness event stream', () => {
  it('refuses a stream without the session cookie, and never takes a token from the address', async () => {
    expect((await send({ path: '/events' })).status).toBe(403);
    expect((await send({ path: `/events?token=${'0'.repeat(48)}` })).status).toBe(403);
    expect((await send({ path: `/events?token=${server.token}` })).status).toBe(403);
    expect((await send({ path: '/events', headers: { cookie: session, origin: 'http://127.0.0.1:8080' } })).status).toBe(403);
  });

  it("relays the worker's import progress as Server-Sent Events", async () => {
    const url = new URL(server.url);
    const received: string[] = [];
    const stream = await new Promise<IncomingMessage>((resolve, reject) => {
      httpRequest({ host: url.hostname, port: url.port, path: '/events', headers: { cookie: session } }, resolve).on('error', reject).end();
    });
    expect(stream.headers['content-type']).toBe('text/event-stream');
    stream.on('data', (chunk: Buffer) => received.push(chunk.toString()));

    const template = JSON.parse((await api('import:standardsTemplate', '{}')).body) as { value: { fileName: string; text: string } };
    const files = [{ name: template.value.fileName, base64: Buffer.from(template.value.text).toString('base64') }];
    const preview = JSON.parse((await api('import:preview', JSON.stringify({ source: { kind: 'files', files } }))).body) as {
      ok: boolean;
      value: { previewId: string };
    };
    expect(preview.ok).toBe(true);
    const commit = JSON.parse((await api('import:commit', JSON.stringify({ previewId: preview.value.previewId }))).body) as { ok: boolean };
    expect(commit.ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    stream.destroy();
    const text = received.join('');
    expect(text).toMatch(/event: import:progress\ndata: \{"phase":"[a-z]+","done":\d+,"total":\d+\}/);
  });

  it('stands in for the desktop menu: POST /menu/publish-to-hub with the token posts the menu item’s event to the page; nothing else is a menu item', async () => {
    const url = new URL(server.url);
    const received: string[] = [];
    const stream = await new Promise<IncomingMessage>((resolve, reject) => {
      httpRequest({ host: url.hostname, port: url.port, path: '/events', headers: { cookie: session } }, resolve).on('error', reject).end();
    });
    stream.on('data', (chunk: Buffer) => received.push(chunk.toString()));
    const menu = (item: string, headers: Record<string, string> = { cookie: session, 'x-proficio-token': server.token }) => send({ method: 'POST', path: `/menu/${item}`, headers, body: '' });
    expect((await menu('publish-to-hub', { cookie: session })).status).toBe(403);
    expect((await menu('publish-to-hub', { 'x-proficio-token': server.token })).status).toBe(403);
    expect((await menu('constructor')).status).toBe(404);
    expect((await menu('__proto__')).status).toBe(404);
    expect((await send({ path: '/menu/publish-to-hub', headers: { cookie: session, 'x-proficio-token': server.token } })).status).toBe(405);
    expect((await menu('publish-to-hub')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    stream.destroy();
    expect(received.join('')).toContain('event: hub:publishRequested\ndata: {}\n\n');
    expect(received.join('').match(/event: hub:publishRequested/g)).toHaveLength(1);
  });

  it('keeps a hub password the page asks to keep in memory only, and answers hub:login itself', async () => {
    const login = JSON.parse((await api('hub:login', JSON.stringify({ use: 'publish' }))).body) as unknown;
    expect(login).toEqual({ ok: true, value: { address: null, shown: null, passwordKept: false, canKeepPassword: true } });
  });
});

describe('the one-time link', () => {
  let fresh: HarnessServer;
  beforeAll(async () => {
    fresh = await startHarnessServer({ worker, rendererDir: join(dir, 'renderer') });
  });
  afterAll(() => fresh.close());
  const sendTo = (target: HarnessServer, path: string, headers: Record<string, string> = {}) => {
    const url = new URL(target.url);
    return new Promise<{ status: number; body: string; headers: IncomingMessage['headers'] }>((resolve, reject) => {
      httpRequest({ host: url.hostname, port: url.port, path, headers }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      })
        .on('error', reject)
        .end();
    });
  };

  it('is the only way in: the page without a session carries no token', async () => {
    expect(fresh.oneTimeUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?once=[0-9a-f]{48}$/);
    expect(fresh.oneTimeUrl).not.toContain(fresh.token);
    for (const path of ['/', '/index.html', '/?once=' + '0'.repeat(48)]) {
      const page = await sendTo(fresh, path);
      expect(page.status, path).toBe(403);
      expect(page.body, path).not.toContain(fresh.token);
      expect(page.body, path).not.toContain('proficio-harness-token');
      expect(page.headers['set-cookie'], path).toBeUndefined();
    }
  });

  it('trades itself once for an HttpOnly, SameSite=Strict cookie and sends the browser to a clean address', async () => {
    const traded = await sendTo(fresh, pathOf(fresh.oneTimeUrl));
    expect(traded.status).toBe(303);
    expect(traded.headers.location).toBe('/');
    const cookie = traded.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^proficio-harness-\d+=[0-9a-f]{48}; /);
    expect(cookie.split('; ').slice(1).sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);
    expect(cookie).not.toContain(fresh.token);
    const page = await sendTo(fresh, '/', { cookie: cookieOf(traded.headers['set-cookie']) });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`content="${fresh.token}"`);

    const again = await sendTo(fresh, pathOf(fresh.oneTimeUrl));
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toMatch(/already used/);
  });
});

describe('every answer of the harness', () => {
  it('forbids framing by any page', async () => {
    const answers = [
      await send({ path: '/', headers: { cookie: session } }),
      await send({ path: '/' }),
      await send({ path: '/no-such-file.js' }),
      await send({ path: '/%zz' }),
      await api('classes:list', '{}'),
      await send({ method: 'POST', path: '/api/classes:list', body: '{}' }),
    ];
    for (const answer of answers) {
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-frame-options']).toBe('DENY');
    }
  });
});
