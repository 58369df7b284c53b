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

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'proficio-harness-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>Proficio</title></head><body></body></html>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder');
  worker = startGradebookWorker();
  await worker.open(join(dir, 'demo.proficio'), { create: true, demoIfNew: true });
  server = await startHarnessServer({ worker, rendererDir });
});
afterAll(async () => {
  await server.close();
  await worker.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Raw HTTP, so the test controls the Host header and the exact path (fetch normalises both). */
function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  const url = new URL(server.url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: options.method ?? 'GET', path: options.path, headers: options.headers ?? {} },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (channel: string, body: string, headers: Record<string, string> = {}) =>
  send({ method: 'POST', path: `/api/${channel}`, headers: { 'x-proficio-token': server.token, ...headers }, body });

describe('the browser test harness server', () => {
  it('listens on loopback only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('serves the renderer with the token in a meta tag', async () => {
    const page = await send({ path: '/' });
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
    expect((await send({ method: 'POST', path: '/api/classes:list', body: '{}' })).status).toBe(403);
    expect((await api('classes:list', '{}', { 'x-proficio-token': 'f'.repeat(48) })).status).toBe(403);
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
      const reply = await send({ path });
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
    expect((await send({ method: 'GET', path: '/api/classes:list' })).status).toBe(405);
    expect((await send({ method: 'DELETE', path: '/' })).status).toBe(405);
  });
});

describe('the harness event stream', () => {
  it('refuses a stream without the token', async () => {
    expect((await send({ path: '/events' })).status).toBe(403);
    expect((await send({ path: `/events?token=${'0'.repeat(48)}` })).status).toBe(403);
  });

  it("relays the worker's import progress as Server-Sent Events", async () => {
    const url = new URL(server.url);
    const received: string[] = [];
    const stream = await new Promise<IncomingMessage>((resolve, reject) => {
      httpRequest({ host: url.hostname, port: url.port, path: `/events?token=${server.token}` }, resolve).on('error', reject).end();
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
});
