import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../preload/contract/index.js';
import { generateOneRoster, writeRosterFolder } from '../../test/helpers/generate-oneroster.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { startGradebookWorker, type GradebookWorker } from './client.js';

const tempDir = useTempDir();
let worker: GradebookWorker | null = null;
afterEach(async () => {
  await worker?.stop();
  worker = null;
});

describe('import progress and cancel through the worker', () => {
  it('reports progress while the commit runs, and a cancel from the shared flag rolls the whole import back', async () => {
    const dir = tempDir();
    const roster = generateOneRoster(4000);
    const folder = writeRosterFolder(join(dir, 'district'), roster.files);
    const path = join(dir, 'cancel.proficio');
    worker = startGradebookWorker();
    expect(await worker.open(path)).toMatchObject({ ok: true });
    const preview = await worker.previewImportPath(folder);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.canCommit).toBe(true);
    expect(preview.value.summary['learners']?.added).toBe(roster.learners);
    const before = snapshotGradebook(path);

    const seen: ImportProgress[] = [];
    const active = worker;
    const stopListening = worker.onEvent((event) => {
      if (event.event !== 'import:progress') return;
      seen.push(event.payload);
      // cancel as soon as rows are being written: the flag is read by the running loop itself
      if (event.payload.phase === 'writing' && event.payload.done > 0) void active.dispatch('import:cancel', {});
    });
    const cancelled = await worker.call('import:commit', { previewId: preview.value.previewId });
    stopListening();
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'cancelled' } } });
    expect(seen.some((progress) => progress.phase === 'writing' && progress.done > 0)).toBe(true);
    expect(snapshotGradebook(path)).toEqual(before);

    // the same preview still commits afterwards: nothing was written, so it is still current
    const events: ImportProgress[] = [];
    const off = worker.onEvent((event) => {
      if (event.event === 'import:progress') events.push(event.payload);
    });
    const committed = await worker.call('import:commit', { previewId: preview.value.previewId });
    off();
    if (!committed.ok) throw new Error(committed.error.message);
    expect(committed.value.summary['enrollments']?.added).toBe(roster.enrollments);
    const last = events.at(-1);
    expect(last).toMatchObject({ phase: 'writing' });
    expect(last?.done).toBe(last?.total);
    const counts = await worker.call('gradebook:info', {});
    if (!counts.ok) throw new Error(counts.error.message);
    expect(counts.value.counts['learners']).toBe(roster.learners);
    expect(counts.value.counts['demographics']).toBe(roster.learners);
  });
});

describe('import:cancel with no import running', () => {
  it('drops the kept preview, says no cancel was needed, and a later commit of it is a conflict', async () => {
    const dir = tempDir();
    const folder = writeRosterFolder(join(dir, 'small'), generateOneRoster(20).files);
    worker = startGradebookWorker();
    expect(await worker.open(join(dir, 'discard.proficio'))).toMatchObject({ ok: true });
    const preview = await worker.previewImportPath(folder);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(await worker.call('import:cancel', {})).toEqual({ ok: true, value: { cancelRequested: false } });
    expect(await worker.call('import:commit', { previewId: preview.value.previewId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('reading progress while previewing', () => {
  it('reports reading a OneRoster set file by file up to its whole size, then comparing, before the preview answers', async () => {
    const dir = tempDir();
    const folder = writeRosterFolder(join(dir, 'district'), generateOneRoster(300).files);
    worker = startGradebookWorker();
    expect(await worker.open(join(dir, 'reading.proficio'))).toMatchObject({ ok: true });
    const seen: ImportProgress[] = [];
    const stop = worker.onEvent((event) => {
      if (event.event === 'import:progress') seen.push(event.payload);
    });
    const preview = await worker.previewImportPath(folder);
    stop();
    expect(preview).toMatchObject({ ok: true });
    const reading = seen.filter((p) => p.phase === 'reading');
    expect(reading.length).toBeGreaterThan(2);
    expect(reading[0]).toMatchObject({ done: 0 });
    const last = reading.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(last.total).toBeGreaterThan(0);
    for (let i = 1; i < reading.length; i++) expect(reading[i]!.done).toBeGreaterThanOrEqual(reading[i - 1]!.done);
    expect(seen.at(-1)).toMatchObject({ phase: 'planning' });
  });
});
