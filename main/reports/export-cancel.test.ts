import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportProgress } from '../../preload/contract/index.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { startGradebookWorker, type GradebookWorker } from '../worker/client.js';

/** Long exports through the real worker: progress events as they work, and a stop from main's thread. */
const tempDir = useTempDir();
const workers: GradebookWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});

async function demoWorker(): Promise<{ worker: GradebookWorker; classId: string; path: string }> {
  const worker = startGradebookWorker();
  workers.push(worker);
  const path = join(tempDir(), 'demo.proficio');
  await worker.open(path, { create: true, demoIfNew: true });
  const classes = await worker.call('classes:list', {});
  if (!classes.ok || !classes.value[0]) throw new Error('the demo has no class');
  return { worker, classId: classes.value[0].id, path };
}

/** The gradebook's bytes on disk, its write-ahead log included. */
function fingerprint(path: string): string {
  const hash = createHash('sha256');
  for (const file of [path, `${path}-wal`]) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex');
}

describe('long report exports', () => {
  it('say how far they have got: reading, then rendering, each stage ending with done = total', async () => {
    const { worker, classId } = await demoWorker();
    const heard: ReportProgress[] = [];
    worker.onEvent((event) => {
      if (event.event === 'reports:progress') heard.push(event.payload);
    });
    expect(await worker.call('reports:export', { filter: { classId }, format: 'pdf' })).toMatchObject({ ok: true });
    expect(heard[0]).toEqual({ stage: 'reading', done: 0, total: 1 });
    expect(heard.at(-1)).toEqual({ stage: 'rendering', done: 1, total: 1 });

    heard.length = 0;
    const learners = await worker.call('reports:classReport', { classId });
    if (!learners.ok) throw new Error(learners.error.message);
    expect(await worker.call('reports:familyReport', { classId })).toMatchObject({ ok: true });
    const reading = heard.filter((p) => p.stage === 'reading');
    // one event per learner's page at most (a percent each), counted against the class's roster
    expect(reading.length).toBeGreaterThan(1);
    expect(reading.length).toBeLessThanOrEqual(Math.min(101, learners.value.learners.length));
    expect(reading.every((p) => p.total === learners.value.learners.length)).toBe(true);
    expect(heard.at(-1)).toMatchObject({ stage: 'rendering' });
  });

  it('a cancelled export answers a typed cancelled error, makes no file and leaves the gradebook’s bytes alone', async () => {
    const { worker, classId, path } = await demoWorker();
    const before = fingerprint(path);
    expect(await worker.call('reports:cancel', {})).toEqual({ ok: true, value: { cancelRequested: false } });

    const pdf = worker.call('reports:export', { filter: { classId }, format: 'pdf' });
    // answered by the client itself: it must not queue behind the export it stops
    expect(await worker.call('reports:cancel', {})).toEqual({ ok: true, value: { cancelRequested: true } });
    const stopped = await pdf;
    expect(stopped).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'cancelled' } } });
    expect('value' in stopped).toBe(false);

    const family = worker.call('reports:familyReport', { classId });
    await worker.call('reports:cancel', {});
    expect(await family).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'cancelled' } } });
    expect(fingerprint(path)).toBe(before);

    // an old cancel never stops the next export
    expect(await worker.call('reports:export', { filter: { classId }, format: 'levels' })).toMatchObject({ ok: true });
  });

  it('a report cancel never stops a mastery read (each work has its own slot)', async () => {
    const { worker, classId } = await demoWorker();
    const grid = worker.call('mastery:grid', { classId });
    expect(await worker.call('reports:cancel', {})).toEqual({ ok: true, value: { cancelRequested: false } });
    expect(await grid).toMatchObject({ ok: true });
  });
});
