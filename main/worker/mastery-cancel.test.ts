import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MasteryProgress } from '../../preload/contract/index.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { startGradebookWorker, type GradebookWorker } from './client.js';

const tempDir = useTempDir();
const workers: GradebookWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});

async function demoWorker(): Promise<{ worker: GradebookWorker; classId: string }> {
  const worker = startGradebookWorker();
  workers.push(worker);
  await worker.open(join(tempDir(), 'demo.proficio'), { create: true, demoIfNew: true });
  const classes = await worker.call('classes:list', {});
  if (!classes.ok || !classes.value[0]) throw new Error('the demo has no class');
  return { worker, classId: classes.value[0].id };
}

describe('stopping a long mastery read', () => {
  it('says how far the grid and the preview have got, per percent', async () => {
    const { worker, classId } = await demoWorker();
    const heard: MasteryProgress[] = [];
    worker.onEvent((event) => {
      if (event.event === 'mastery:progress') heard.push(event.payload);
    });
    expect(await worker.call('mastery:grid', { classId })).toMatchObject({ ok: true });
    expect(await worker.call('mastery:preview', { classId, method: { kind: 'mean' } })).toMatchObject({ ok: true });
    const reading = heard.filter((p) => p.work === 'reading');
    const previewing = heard.filter((p) => p.work === 'previewing');
    expect(reading[0]).toMatchObject({ classId, done: 0 });
    expect(reading.at(-1)).toMatchObject({ classId, done: reading.at(-1)?.total });
    expect(previewing.at(-1)).toMatchObject({ classId, done: previewing.at(-1)?.total });
    expect(heard.length).toBeLessThanOrEqual(2 * 101 + 101);
  });

  it('stops the grid read the teacher cancels at once, even while it waits its turn', async () => {
    const { worker, classId } = await demoWorker();
    const grid = worker.call('mastery:grid', { classId });
    // answered by the client itself: it must not queue behind the read it stops
    expect(await worker.call('mastery:cancel', {})).toEqual({ ok: true, value: { cancelRequested: true } });
    expect(await grid).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'cancelled' } } });
    // an old cancel never stops the next read
    expect(await worker.call('mastery:grid', { classId })).toMatchObject({ ok: true, value: { classId } });
  });

  it('stops a preview the same way, and says nothing was running when nothing was', async () => {
    const { worker, classId } = await demoWorker();
    expect(await worker.call('mastery:cancel', {})).toEqual({ ok: true, value: { cancelRequested: false } });
    const preview = worker.call('mastery:preview', { classId, method: { kind: 'highest' } });
    await worker.call('mastery:cancel', {});
    expect(await preview).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'cancelled' } } });
    expect(await worker.call('mastery:preview', { classId, method: { kind: 'highest' } })).toMatchObject({ ok: true });
  });

  it('never cancels an import with a mastery cancel (each work has its own slot)', async () => {
    const { worker } = await demoWorker();
    // an import:commit with an unknown preview fails on its own; what matters is the cancel did not touch it
    const commit = worker.call('import:commit', { previewId: '00000000-0000-4000-8000-000000000000' });
    expect(await worker.call('mastery:cancel', {})).toEqual({ ok: true, value: { cancelRequested: false } });
    const answer = await commit;
    expect(answer.ok ? null : answer.error.details['reason']).not.toBe('cancelled');
  });
});
