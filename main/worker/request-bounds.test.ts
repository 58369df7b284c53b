import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openGradebookReadOnly } from '../../db/open-read-only.js';
import { channelNames } from '../../preload/contract/index.js';
import { validRequestsFor } from '../../test/channels/index.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { startGradebookWorker, type GradebookWorker } from './client.js';
import { maxRequestDepth } from './request-depth.js';

/**
 * The edge of the worker: what every request from Electron IPC, the harness and the CLI passes
 * through before it is posted to the thread. A request the thread cannot take must come back as a
 * typed error, never as a rejected promise or a reply that never comes.
 */
const tempDir = useTempDir();
const workers: GradebookWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});
async function openDemo(): Promise<{ worker: GradebookWorker; path: string }> {
  const worker = startGradebookWorker();
  workers.push(worker);
  const path = join(tempDir(), 'demo.proficio');
  await worker.open(path, { create: true, demoIfNew: true });
  return { worker, path };
}

function nested(levels: number): unknown {
  let request: unknown = {};
  for (let level = 0; level < levels; level++) request = { classId: request };
  return request;
}

describe('requests nested too deeply', () => {
  it('are refused with a typed invalid_request naming the channel, and the worker keeps answering', async () => {
    const { worker } = await openDemo();
    for (const channel of ['learners:roster', 'import:cancel', 'import:commit', 'no:such-channel']) {
      const refused = await worker.dispatch(channel, nested(10_000));
      expect(refused, channel).toMatchObject({
        ok: false,
        error: { code: 'invalid_request', message: expect.stringContaining(channel), details: { channel, reason: 'too_deep', maxDepth: maxRequestDepth } },
      });
    }
    const readOnly = await worker.dispatch('classes:list', nested(10_000), 'a-read-only-gradebook');
    expect(readOnly).toMatchObject({ ok: false, error: { code: 'invalid_request', details: { reason: 'too_deep' } } });
    expect(await worker.call('classes:list', {})).toMatchObject({ ok: true });
  });

  it('draws the line at the bound, counting arrays like objects', async () => {
    const { worker } = await openDemo();
    const deepArrays = (levels: number) => {
      let value: unknown = 'x';
      for (let level = 0; level < levels; level++) value = [value];
      return { classId: value };
    };
    // at the bound the request reaches dispatch (which refuses its shape); one level more never leaves
    expect(await worker.dispatch('learners:roster', deepArrays(maxRequestDepth - 1))).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', details: { issues: expect.any(Array) } },
    });
    expect(await worker.dispatch('learners:roster', deepArrays(maxRequestDepth))).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', details: { reason: 'too_deep' } },
    });
  });

  it('refuses a request that refers to itself instead of walking it forever', async () => {
    const { worker } = await openDemo();
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(await worker.dispatch('classes:list', cyclic)).toMatchObject({ ok: false, error: { code: 'invalid_request', details: { reason: 'too_deep' } } });
    // a wide object sharing one child many times is not deep, and is walked once per object
    const shared = { a: { b: { c: 1 } } };
    const wide = Object.fromEntries(Array.from({ length: 1_000 }, (_, index) => [`k${index}`, shared]));
    const answered = await worker.dispatch('classes:list', wide);
    // it reaches dispatch, which refuses keys classes:list does not have
    expect(answered).toMatchObject({ ok: false, error: { code: 'invalid_request', details: { issues: expect.any(Array) } } });
    expect(answered.ok === false && answered.error.details['reason']).toBeUndefined();
  });

  it('leaves every valid sample request well inside the bound', async () => {
    const { worker, path } = await openDemo();
    const readOnly = await openGradebookReadOnly(path);
    try {
      const requests = validRequestsFor(readOnly);
      for (const channel of channelNames) {
        const depth = depthOf(requests[channel]());
        expect(depth, channel).toBeLessThan(maxRequestDepth / 2);
      }
    } finally {
      readOnly.close();
    }
    expect(await worker.call('classes:list', {})).toMatchObject({ ok: true });
  });
});

describe('a request the thread cannot be sent', () => {
  it('is answered with a typed error instead of a rejected promise, and the worker keeps answering', async () => {
    const { worker } = await openDemo();
    // structured clone refuses functions: postMessage throws
    const result = await worker.dispatch('classes:list', { callback: () => 1 }).catch((error: unknown) => ({ rejected: String(error) }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request', details: { channel: 'classes:list' } } });
    expect(await worker.call('classes:list', {})).toMatchObject({ ok: true });
  });
});

function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}
