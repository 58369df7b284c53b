import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GradebookError } from '../../db/errors.js';
import { newId } from '../../db/ids.js';
import { openGradebook, type Gradebook } from '../../db/open.js';
import { channelNames } from '../../preload/contract/index.js';
import type { ReportFile } from '../../preload/contract/reports.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { channelSamples, validRequestsFor } from '../../test/channels/index.js';
import { sampleContext } from '../../test/channels/samples.js';
import { answerWithoutHub } from '../../test/channels/hub.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { dispatch, toContractError } from './dispatch.js';
import { handlers } from './handlers.js';
import { createGradebookSession } from './session.js';

const tempDir = useTempDir();
let gradebook: Gradebook;
let path: string;

beforeEach(async () => {
  path = join(tempDir(), 'demo.proficio');
  gradebook = await openGradebook(path);
  generateDemoGradebook(gradebook.writer, { seed: 7 });
});
afterEach(() => {
  vi.restoreAllMocks();
  gradebook.close();
});

const firstClassId = (): string => String(gradebook.reader.prepare('SELECT id FROM classes ORDER BY title LIMIT 1').pluck().get());
const validRequests = (): ReturnType<typeof validRequestsFor> => validRequestsFor(gradebook);

/** Malformed in a way every channel must refuse: not an object, or an object with a key no channel has. */
const malformedForEveryChannel: unknown[] = [null, 42, 'classes', [], true, { surprise: 1 }, { __proto__: { classId: 1 }, x: 1 }];

describe('dispatch', () => {
  it('answers every channel for a valid request', async () => {
    for (const channel of channelNames) {
      // coach mode's samples read a teacher's file: here, the demo itself (sampleContext)
      const result = await dispatch(gradebook, channel, validRequests()[channel](), sampleContext(gradebook));
      // the school hub's channels are answered for real in test/integration/hub-app.test.ts
      expect(result, channel).toMatchObject(answerWithoutHub(channel, 'writable') ?? { ok: true });
    }
  });

  it('refuses malformed requests on every channel with a typed error and leaves the file unchanged', async () => {
    const before = snapshotGradebook(path);
    for (const channel of channelNames) {
      for (const request of [...malformedForEveryChannel, ...channelSamples[channel].malformed]) {
        const result = await dispatch(gradebook, channel, request);
        expect(result.ok, `${channel} ${JSON.stringify(request)}`).toBe(false);
        if (result.ok) continue;
        expect(result.error.code).toBe('invalid_request');
        expect(result.error.message).toContain(channel);
        expect(Array.isArray(result.error.details['issues'])).toBe(true);
      }
    }
    expect(snapshotGradebook(path)).toEqual(before);
  });

  it('refuses text with a broken character (a lone surrogate) in any field, naming it, before anything is stored', () => {
    const before = snapshotGradebook(path);
    const valid = validRequests()['evidence:record']();
    const result = dispatch(gradebook, 'evidence:record', { ...valid, feedback: 'Good \uD800work' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request', message: expect.stringMatching(/feedback/) } });
    const nested = dispatch(gradebook, 'evidence:recordMany', {
      classId: valid.classId,
      entries: [{ learnerId: valid.learnerId, standardId: valid.standardId, level: 2, observedOn: '2026-01-20', kind: 'for', feedback: 'ok\uDC00' }],
    });
    expect(nested).toMatchObject({ ok: false, error: { code: 'invalid_request', message: expect.stringMatching(/entries\.0\.feedback/) } });
    expect(snapshotGradebook(path)).toEqual(before);
    // a whole surrogate pair (an emoji) is text like any other
    expect(dispatch(gradebook, 'evidence:record', { ...valid, feedback: 'Great work 🎉' })).toMatchObject({ ok: true });
  });

  it('turns SQLite’s busy error into the typed busy answer wherever it is thrown, never internal', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(toContractError(busy, 'evidence:record')).toMatchObject({ code: 'busy', message: expect.stringMatching(/^Another program is saving/) });
    const snapshotBusy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY_SNAPSHOT' });
    expect(toContractError(snapshotBusy)).toMatchObject({ code: 'busy' });
    expect(toContractError(new Error('no such table: x'))).toMatchObject({ code: 'internal' });
  });

  it('names the field and what was expected', () => {
    const result = dispatch(gradebook, 'learners:roster', { classId: 'room-12' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    if (!result.ok) expect(result.error.message).toMatch(/classId: expected a Proficio id/);
  });

  it('refuses an unknown channel, including names that exist on every object', () => {
    for (const channel of ['learners:drop', 'toString', '__proto__', 'constructor', '']) {
      expect(dispatch(gradebook, channel, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('reports a well-formed id that is not in the gradebook as not_found', () => {
    const result = dispatch(gradebook, 'learners:roster', { classId: newId() });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: 'That class is not in this gradebook.' } });
  });

  it('says no gradebook is open rather than failing obscurely', () => {
    expect(dispatch(null, 'classes:list', {})).toMatchObject({ ok: false, error: { code: 'no_gradebook' } });
  });

  it('roster counts and dates agree with the evidence table', () => {
    const classId = firstClassId();
    const result = dispatch(gradebook, 'learners:roster', { classId });
    if (!result.ok) throw new Error(result.error.message);
    const roster = result.value as { learnerId: string; evidenceCount: number; lastEvidenceOn: string | null }[];
    const enrolled = gradebook.reader
      .prepare(`SELECT count(*) FROM enrollments WHERE class_id = ? AND learner_id IS NOT NULL AND status = 'active'`)
      .pluck()
      .get(classId);
    expect(roster).toHaveLength(Number(enrolled));
    const perLearner = gradebook.reader.prepare(
      `SELECT count(*) AS n, max(observed_on) AS last FROM evidence WHERE class_id = ? AND learner_id = ? AND deleted_at IS NULL`,
    );
    for (const row of roster) {
      const expected = perLearner.get(classId, row.learnerId) as { n: number; last: string | null };
      expect(row.evidenceCount).toBe(expected.n);
      expect(row.lastEvidenceOn).toBe(expected.last);
    }
    expect(roster.some((row) => row.evidenceCount > 0)).toBe(true);
  });
});

describe('dispatch of a read that answers with a promise', () => {
  const exportRequest = () => ({ filter: { classId: firstClassId() }, format: 'xlsx' });

  it('brings its value back as a typed result: an XLSX export exceljs reads back', async () => {
    const answer = dispatch(gradebook, 'reports:export', exportRequest());
    expect(answer).toBeInstanceOf(Promise);
    const result = await answer;
    if (!result.ok) throw new Error(result.error.message);
    const file = result.value as ReportFile;
    expect(file).toMatchObject({ fileName: expect.stringMatching(/\.xlsx$/), mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const learners = Number(gradebook.reader.prepare(`SELECT count(*) FROM enrollments WHERE class_id = ? AND learner_id IS NOT NULL AND status = 'active'`).pluck().get(firstClassId()));
    // the Learners sheet: a header row, then one row per enrolled learner
    expect(workbook.getWorksheet('Learners')?.actualRowCount).toBe(1 + learners);
  });

  it('turns its rejection into the same typed error a throw gives, and a plain Error into internal', async () => {
    const notFound = () => new GradebookError('not_found', 'That class is not in this gradebook.', { classId: 'x' });
    vi.spyOn(handlers, 'reports:export').mockImplementation(() => {
      throw notFound();
    });
    const thrown = dispatch(gradebook, 'reports:export', exportRequest());
    vi.spyOn(handlers, 'reports:export').mockImplementation(() => Promise.reject(notFound()));
    const rejected = dispatch(gradebook, 'reports:export', exportRequest());
    expect(rejected).toBeInstanceOf(Promise);
    expect(await rejected).toEqual(thrown);
    expect(thrown).toEqual({ ok: false, error: { code: 'not_found', message: 'That class is not in this gradebook.', details: { classId: 'x' } } });

    vi.spyOn(handlers, 'reports:export').mockImplementation(() => Promise.reject(new Error('disk full')));
    expect(await dispatch(gradebook, 'reports:export', exportRequest())).toMatchObject({
      ok: false,
      error: { code: 'internal', details: { channel: 'reports:export', cause: 'disk full' } },
    });
  });

  it('is awaited by the worker session, which answers with the settled result', async () => {
    const session = createGradebookSession();
    try {
      const opened = await session.run({ op: 'openReadOnly', path });
      if (!opened.ok) throw new Error(opened.error.message);
      const { gradebookId } = opened.value as { gradebookId: string };
      const result = await session.run({ op: 'dispatch', channel: 'reports:export', request: exportRequest(), gradebookId });
      expect(result).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/\.xlsx$/), base64: expect.any(String) } });
      vi.spyOn(handlers, 'reports:export').mockImplementation(() => Promise.reject(new GradebookError('not_found', 'Gone.')));
      expect(await session.run({ op: 'dispatch', channel: 'reports:export', request: exportRequest(), gradebookId })).toMatchObject({
        ok: false,
        error: { code: 'not_found', message: 'Gone.' },
      });
    } finally {
      await session.run({ op: 'close' });
    }
  });
});
