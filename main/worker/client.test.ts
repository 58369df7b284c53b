import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { startGradebookWorker, type GradebookWorker } from './client.js';

const tempDir = useTempDir();
const workers: GradebookWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});
function start(): GradebookWorker {
  const worker = startGradebookWorker();
  workers.push(worker);
  return worker;
}

describe('the gradebook worker thread', () => {
  it('creates a demo gradebook on first open and answers the contract from its thread', async () => {
    const worker = start();
    const path = join(tempDir(), 'first-start.proficio');
    const opened = await worker.open(path, { create: true, demoIfNew: true });
    expect(opened).toMatchObject({ ok: true, value: { path, createdDemo: true } });

    const classes = await worker.call('classes:list', {});
    if (!classes.ok) throw new Error(classes.error.message);
    expect(classes.value.length).toBeGreaterThanOrEqual(3);
    const first = classes.value[0]!;
    const roster = await worker.call('learners:roster', { classId: first.id });
    if (!roster.ok) throw new Error(roster.error.message);
    expect(roster.value).toHaveLength(first.learnerCount);
  });

  it('does not turn an existing gradebook into a demo', async () => {
    const path = join(tempDir(), 'existing.proficio');
    const first = start();
    await first.open(path, { create: true, demoIfNew: false });
    await first.stop();
    const before = snapshotGradebook(path);
    const second = start();
    expect(await second.open(path, { create: true, demoIfNew: true })).toMatchObject({ ok: true, value: { createdDemo: false } });
    await second.stop();
    expect(snapshotGradebook(path)).toEqual(before);
  });

  it('keeps the open gradebook when opening another file fails', async () => {
    const dir = tempDir();
    const worker = start();
    await worker.open(join(dir, 'good.proficio'), { create: true, demoIfNew: true });
    writeFileSync(join(dir, 'bad.proficio'), 'not a database at all '.repeat(100));
    const failed = await worker.open(join(dir, 'bad.proficio'));
    expect(failed).toMatchObject({ ok: false, error: { code: 'not_a_gradebook' } });
    expect(await worker.call('classes:list', {})).toMatchObject({ ok: true });
  });

  it('saves a copy with the backup API while the gradebook is open', async () => {
    const dir = tempDir();
    const worker = start();
    await worker.open(join(dir, 'live.proficio'), { create: true, demoIfNew: true });
    const copy = join(dir, 'copy.proficio');
    expect(await worker.backup(copy)).toMatchObject({ ok: true, value: { destination: copy } });
    await worker.stop();
    expect(snapshotGradebook(copy)).toEqual(snapshotGradebook(join(dir, 'live.proficio')));
  });

  it('answers no_gradebook before anything is open, and refuses after it stopped', async () => {
    const worker = start();
    expect(await worker.call('classes:list', {})).toMatchObject({ ok: false, error: { code: 'no_gradebook' } });
    await worker.stop();
    expect(await worker.call('classes:list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('a session with other teachers’ gradebooks open to read', () => {
  // two demo gradebooks are generated first, each in its own worker: over 30 s on a busy two-core machine
  it('reads each read-only gradebook beside the teacher’s own, refuses writes to them, and leaves their bytes alone', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const others = ['ms-adeyemi.proficio', 'mr-lind.proficio'].map((name) => join(dir, name));
    for (const path of others) {
      const maker = start();
      await maker.open(path, { create: true, demoIfNew: true });
      await maker.stop();
    }
    const bytes = others.map((path) => readFileSync(path));
    const worker = start();
    await worker.open(join(dir, 'mine.proficio'), { create: true, demoIfNew: false });
    const opened = await Promise.all(others.map((path) => worker.openReadOnly(path)));
    const ids = opened.map((result) => {
      if (!result.ok) throw new Error(result.error.message);
      return result.value.gradebookId;
    });
    expect(new Set(ids).size).toBe(2);
    for (const gradebookId of ids) {
      const classes = await worker.dispatch('classes:list', {}, gradebookId);
      expect(classes).toMatchObject({ ok: true });
      const [first] = (classes as { value: { id: string }[] }).value;
      expect(await worker.dispatch('mastery:grid', { classId: first!.id }, gradebookId)).toMatchObject({ ok: true });
      expect(await worker.dispatch('mastery:setMethod', { classId: first!.id, method: { kind: 'mean' } }, gradebookId)).toMatchObject({
        ok: false,
        error: { code: 'read_only' },
      });
    }
    // the teacher's own gradebook is untouched by all this: still empty
    expect(await worker.call('classes:list', {})).toMatchObject({ ok: true, value: [] });
    expect(await worker.closeReadOnly(ids[0]!)).toMatchObject({ ok: true });
    expect(await worker.dispatch('classes:list', {}, ids[0])).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await worker.stop();
    others.forEach((path, index) => expect(readFileSync(path).equals(bytes[index]!), path).toBe(true));
  });
});

describe('after every write', () => {
  it('announces what changed, for which class, once', async () => {
    const worker = start();
    await worker.open(join(tempDir(), 'changes.proficio'), { create: true, demoIfNew: true });
    const heard: unknown[] = [];
    worker.onEvent((event) => {
      if (event.event === 'gradebook:changed') heard.push(event.payload);
    });
    const classes = await worker.call('classes:list', {});
    if (!classes.ok) throw new Error(classes.error.message);
    const classId = classes.value[0]!.id;
    await worker.call('mastery:grid', { classId });
    expect(heard).toEqual([]);
    expect(await worker.call('mastery:setMethod', { classId, method: { kind: 'mean' } })).toMatchObject({ ok: true });
    expect(heard).toEqual([{ channel: 'mastery:setMethod', aggregates: ['mastery'], classIds: [classId] }]);
    // a refused write changes nothing and says nothing
    await worker.call('mastery:setMethod', { classId, method: { kind: 'mean_recent', n: 0 } });
    expect(heard).toHaveLength(1);
  });
});

describe('a new, empty gradebook', () => {
  it('starts with the default scales and its file name as title, so evidence can be recorded after an import', async () => {
    const worker = start();
    const path = join(tempDir(), 'Room 12 maths.proficio');
    expect(await worker.open(path, { create: true, demoIfNew: false })).toMatchObject({ ok: true, value: { createdDemo: false, title: 'Room 12 maths' } });
    const scales = await worker.call('scales:list', {});
    if (!scales.ok) throw new Error(scales.error.message);
    expect(scales.value.map((s) => [s.purpose, s.masteryThreshold, s.levels.map((l) => l.label)])).toEqual([
      ['academic', 3, ['Beginning', 'Developing', 'Proficient', 'Extending']],
      ['learning_skills', 3, ['Rarely', 'Sometimes', 'Usually', 'Consistently']],
    ]);
    const info = await worker.call('gradebook:info', {});
    expect(info).toMatchObject({ ok: true, value: { counts: { classes: 0, learners: 0, evidence: 0 } } });
  });
});
