import { describe, expect, it } from 'vitest';
import { buildProficioApi, type Result } from '../../../preload/contract/index.js';
import { call } from './call.js';
import { chooseBridge } from './choose-bridge.js';
import { ContractFailure } from './contract-failure.js';
import { installBridge } from './current-bridge.js';
import { createHttpBridge } from './http-bridge.js';

const noMeta = { querySelector: () => null };
const withMeta = (content: string) => ({ querySelector: () => ({ content }) as unknown as HTMLMetaElement });
const fakeApi = (answer: (channel: string, request: unknown) => Result<unknown>) =>
  buildProficioApi(async (channel, request) => answer(channel, request), () => () => {});

describe('choosing the bridge', () => {
  it('prefers the Electron preload when it is there', () => {
    const api = fakeApi(() => ({ ok: true, value: null }));
    const choice = chooseBridge({ window: { proficio: api }, document: withMeta('token') });
    expect(choice).toEqual({ kind: 'electron', api });
  });

  it('uses the harness when its token meta tag is present', () => {
    expect(chooseBridge({ window: {}, document: withMeta('abc') }).kind).toBe('harness');
  });

  it('refuses a preload object that lacks channels of this contract', () => {
    const choice = chooseBridge({ window: { proficio: { gradebook: {} } }, document: withMeta('abc') });
    expect(choice.kind).toBe('none');
  });

  it('says so when there is no way to reach a gradebook', () => {
    const choice = chooseBridge({ window: {}, document: noMeta });
    expect(choice).toMatchObject({ kind: 'none', reason: expect.stringContaining('without the Proficio desktop app') });
  });
});

describe('the HTTP bridge', () => {
  it('posts the request to /api/<channel> with the token and returns the server’s result', async () => {
    const sent: { url: string; init: RequestInit | undefined }[] = [];
    const api = createHttpBridge('t0ken', async (url, init) => {
      sent.push({ url: String(url), init });
      return new Response(JSON.stringify({ ok: true, value: [{ id: 'c1' }] }));
    });
    await expect(api.classes.list({})).resolves.toEqual({ ok: true, value: [{ id: 'c1' }] });
    expect(sent[0]?.url).toBe('/api/classes:list');
    expect(sent[0]?.init?.method).toBe('POST');
    expect(new Headers(sent[0]?.init?.headers).get('x-proficio-token')).toBe('t0ken');
  });

  it('opens the event stream at /events with no token in the address: the session cookie goes with it', async () => {
    const opened: string[] = [];
    class RecordingEventSource extends EventTarget {
      constructor(url: string) {
        super();
        opened.push(url);
      }
    }
    const api = createHttpBridge('s3cret-token', async () => new Response('{}'), RecordingEventSource as unknown as typeof EventSource);
    const stop = api.events.on('import:progress', () => undefined);
    stop();
    expect(opened).toEqual(['/events']);
    expect(opened.join()).not.toContain('s3cret-token');
  });

  it('turns a refusal without a JSON result into a readable internal error', async () => {
    const api = createHttpBridge('wrong', async () => new Response('missing or wrong token', { status: 403 }));
    const result = await api.gradebook.info({});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', details: { status: 403 } } });
  });

  it('turns a network failure into a readable internal error', async () => {
    const api = createHttpBridge('t', async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await api.gradebook.info({});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('could not reach') } });
  });
});

describe('call()', () => {
  it('unwraps a successful result', async () => {
    installBridge(fakeApi((channel) => ({ ok: true, value: channel })));
    await expect(call('classes:list', {})).resolves.toBe('classes:list');
  });

  it('throws a ContractFailure carrying code, message and details', async () => {
    installBridge(
      fakeApi(() => ({ ok: false, error: { code: 'invalid_request', message: 'classId: expected a Proficio id', details: { channel: 'learners:roster' } } })),
    );
    const failure = await call('learners:roster', { classId: 'nope' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ContractFailure);
    expect(failure).toMatchObject({ code: 'invalid_request', message: 'classId: expected a Proficio id', details: { channel: 'learners:roster' } });
  });
});
