import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { openGradebook, type Gradebook } from '../../db/open.js';
import { channelNames, type ChannelName, type RequestOf } from '../../preload/contract/index.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { dispatch } from './dispatch.js';

const tempDir = useTempDir();
let gradebook: Gradebook;
let path: string;

beforeEach(async () => {
  path = join(tempDir(), 'demo.proficio');
  gradebook = await openGradebook(path);
  generateDemoGradebook(gradebook.writer, { seed: 7 });
});
afterEach(() => gradebook.close());

function firstClassId(): string {
  return String(gradebook.reader.prepare('SELECT id FROM classes ORDER BY title LIMIT 1').pluck().get());
}

/** A real cell of the demo: an enrolled learner, a tracked standard, and one piece of its evidence. */
function demoCell() {
  const classId = firstClassId();
  const row = gradebook.reader
    .prepare(
      `SELECT e.learner_id AS learnerId, e.standard_id AS standardId, e.id AS evidenceId FROM evidence e
       JOIN class_standards cs ON cs.class_id = e.class_id AND cs.standard_id = e.standard_id
       WHERE e.class_id = ? AND e.deleted_at IS NULL ORDER BY e.rowid LIMIT 1`,
    )
    .get(classId) as { learnerId: string; standardId: string; evidenceId: string };
  return { classId, ...row };
}

/** One valid request per channel. Typed as a complete record, so a new channel cannot go untested. */
const validRequests: { [C in ChannelName]: () => RequestOf<C> } = {
  'gradebook:info': () => ({}),
  'classes:list': () => ({}),
  'learners:roster': () => ({ classId: firstClassId() }),
  'scales:list': () => ({}),
  'scales:save': () => ({
    title: 'Reading behaviours',
    purpose: 'learning_skills',
    masteryThreshold: 2,
    halfSteps: false,
    levels: [
      { value: 1, label: 'Not yet', shortLabel: 'N', colour: '#5D1B16', description: '' },
      { value: 2, label: 'Yes', shortLabel: 'Y', colour: '#2C72A3', description: '' },
    ],
  }),
  'mastery:grid': () => ({ classId: firstClassId(), asOf: '2025-12-01' }),
  'mastery:preview': () => ({ classId: firstClassId(), method: { kind: 'mean' } }),
  'mastery:setMethod': () => ({ classId: firstClassId(), method: { kind: 'n_mastery', n: 3 }, rollupMethod: 'minimum' }),
  'mastery:override': () => {
    const { classId, learnerId, standardId } = demoCell();
    return { classId, learnerId, standardId, level: 3, reason: 'Showed it clearly in conference' };
  },
  'mastery:clearOverride': () => {
    const { classId, learnerId, standardId } = demoCell();
    return { classId, learnerId, standardId };
  },
  'mastery:history': () => {
    const { classId, learnerId, standardId } = demoCell();
    return { classId, learnerId, standardId };
  },
  'evidence:record': () => {
    const { classId, learnerId, standardId } = demoCell();
    return { classId, learnerId, standardId, level: 2, observedOn: '2026-01-20', kind: 'for' };
  },
  'evidence:recordMany': () => {
    const { classId, learnerId, standardId } = demoCell();
    return { classId, entries: [{ learnerId, standardId, level: 4, observedOn: '2026-01-21', kind: 'of', feedback: 'Clear model' }] };
  },
  'evidence:update': () => ({ evidenceId: demoCell().evidenceId, changes: { level: 3 } }),
  'evidence:delete': () => ({ evidenceId: demoCell().evidenceId }),
  'evidence:restore': () => ({
    evidenceId: String(gradebook.reader.prepare('SELECT id FROM evidence WHERE deleted_at IS NOT NULL LIMIT 1').pluck().get()),
  }),
  'evidence:listTrashed': () => ({ classId: firstClassId() }),
  'assessments:list': () => ({ classId: firstClassId() }),
  'assessments:create': () => {
    const { classId, standardId } = demoCell();
    return { classId, title: 'Exit ticket', assessedOn: '2026-01-22', kind: 'for', standardIds: [standardId] };
  },
  // import
  'import:preview': () => importRequest(),
  'import:commit': () => {
    // a commit needs a fresh preview of this very gradebook, made after every earlier write
    const preview = dispatch(gradebook, 'import:preview', importRequest());
    if (!preview.ok) throw new Error(preview.error.message);
    return { previewId: (preview.value as { previewId: string }).previewId };
  },
  'import:standardsTemplate': () => ({}),
  'import:cancel': () => ({}),
  'frameworks:list': () => ({}),
  'standards:tree': () => ({ frameworkId: String(gradebook.reader.prepare('SELECT id FROM frameworks LIMIT 1').pluck().get()) }),
  'standards:search': () => ({ query: 'fractions' }),
  'standards:tracked': () => ({ classId: firstClassId() }),
  'standards:setTracked': () => ({ classId: firstClassId(), standardIds: [demoCell().standardId] }),
};

/** A valid standards CSV sent as an upload, the way the window sends a dropped file. */
function importRequest(): RequestOf<'import:preview'> {
  const text = 'code,statement,parent code,grade,type\r\nT.1,Tiny domain,,5,domain\r\nT.1.a,Tiny standard,T.1,5,standard\r\n';
  return { source: { kind: 'files', files: [{ name: 'tiny.csv', base64: Buffer.from(text).toString('base64') }] }, options: { frameworkTitle: 'Tiny' } };
}

/** Malformed in a way every channel must refuse: not an object, or an object with a key no channel has. */
const malformedForEveryChannel: unknown[] = [null, 42, 'classes', [], true, { surprise: 1 }, { __proto__: { classId: 1 }, x: 1 }];

const malformedByChannel: { [C in ChannelName]: unknown[] } = {
  'gradebook:info': [],
  'classes:list': [],
  'learners:roster': [{}, { classId: 12 }, { classId: 'room-12' }, { classId: '' }, { classId: null }, { classId: newId().toUpperCase() }],
  'scales:list': [],
  'scales:save': [
    { title: 'One level', purpose: 'academic', masteryThreshold: 1, halfSteps: false, levels: [{ value: 1, label: 'Only', shortLabel: 'O', colour: '#000000', description: '' }] },
    { title: 'Bad colour', purpose: 'academic', masteryThreshold: 1, halfSteps: false, levels: [1, 2].map((value) => ({ value, label: 'L', shortLabel: 'L', colour: 'red', description: '' })) },
    { title: 'No purpose', masteryThreshold: 1, halfSteps: false, levels: [] },
  ],
  'mastery:grid': [{}, { classId: newId(), asOf: '01/12/2025' }, { classId: newId(), method: { kind: 'median' } }],
  'mastery:preview': [{ classId: newId() }, { classId: newId(), method: { kind: 'decaying_average', weight: 0.2 } }, { classId: newId(), method: { kind: 'n_mastery', n: 11 } }],
  'mastery:setMethod': [{ classId: newId(), method: { kind: 'mean_recent', n: 0 } }, { classId: newId(), method: { kind: 'mean' }, rollupMethod: 'max' }],
  'mastery:override': [
    { classId: newId(), learnerId: newId(), standardId: newId(), level: 3 },
    { classId: newId(), learnerId: newId(), standardId: newId(), level: 3, reason: '' },
    { classId: newId(), learnerId: newId(), standardId: newId(), level: 'P', reason: 'because' },
  ],
  'mastery:clearOverride': [{ classId: newId(), learnerId: newId() }],
  'mastery:history': [{ classId: newId(), learnerId: 'x', standardId: newId() }],
  'evidence:record': [
    { classId: newId(), learnerId: newId(), standardId: newId(), level: 3, observedOn: '2026-02-30', kind: 'of' },
    { classId: newId(), learnerId: newId(), standardId: newId(), level: 3, observedOn: '2026-01-20', kind: 'summative' },
    { classId: newId(), learnerId: newId(), standardId: newId(), level: '3', observedOn: '2026-01-20', kind: 'of' },
    { classId: newId(), learnerId: newId(), standardId: newId(), level: Number.NaN, observedOn: '2026-01-20', kind: 'of' },
    { classId: newId(), learnerId: newId(), standardId: newId(), observedOn: '2026-01-20', kind: 'of' },
  ],
  'evidence:recordMany': [{ classId: newId(), entries: [] }, { classId: newId(), entries: [{ level: 3 }] }],
  'evidence:update': [{ evidenceId: newId() }, { evidenceId: newId(), changes: { learnerId: newId() } }, { evidenceId: newId(), changes: { observedOn: 'yesterday' } }],
  'evidence:delete': [{ evidenceId: 7 }],
  'evidence:restore': [{}],
  'evidence:listTrashed': [{ classId: 'all' }],
  'assessments:list': [{ classId: undefined }],
  'assessments:create': [
    { classId: newId(), title: 'Quiz', assessedOn: '2026-01-20', kind: 'of', standardIds: [] },
    { classId: newId(), title: '  ', assessedOn: '2026-01-20', kind: 'of', standardIds: [newId()] },
  ],
  // import
  'import:preview': [
    {},
    { source: { kind: 'url', path: 'https://example.org/x.json' } },
    { source: { kind: 'path', path: '' } },
    { source: { kind: 'path', path: '/tmp/x.json', extra: 1 } },
    { source: { kind: 'files', files: [] } },
    { source: { kind: 'files', files: [{ name: 'a.csv', base64: 'not base64 at all!' }] } },
    { source: { kind: 'files', files: [{ name: '', base64: '' }] } },
    { source: { kind: 'path', path: '/tmp/x.json' }, options: { validRowsOnly: 'yes' } },
    { source: { kind: 'path', path: '/tmp/x.json' }, options: { classSourcedIds: [] } },
  ],
  'import:commit': [{}, { previewId: 'p-1' }, { previewId: newId(), validRowsOnly: 1 }],
  'import:standardsTemplate': [],
  'import:cancel': [],
  'frameworks:list': [],
  'standards:tree': [{}, { frameworkId: 'math' }],
  'standards:search': [{ query: '' }, { query: '   ' }, { frameworkId: 'math', query: '5.NF' }, { query: 'x'.repeat(201) }, { query: 5 }],
  'standards:tracked': [{ classId: 5 }],
  'standards:setTracked': [{ classId: newId() }, { classId: newId(), standardIds: ['5.NF.A.1'] }, { classId: newId(), standardIds: 'all' }],
};

describe('dispatch', () => {
  it('answers every channel for a valid request', () => {
    for (const channel of channelNames) {
      const result = dispatch(gradebook, channel, validRequests[channel]());
      expect(result, channel).toMatchObject({ ok: true });
    }
  });

  it('refuses malformed requests on every channel with a typed error and leaves the file unchanged', () => {
    const before = snapshotGradebook(path);
    for (const channel of channelNames) {
      for (const request of [...malformedForEveryChannel, ...malformedByChannel[channel]]) {
        const result = dispatch(gradebook, channel, request);
        expect(result.ok, `${channel} ${JSON.stringify(request)}`).toBe(false);
        if (result.ok) continue;
        expect(result.error.code).toBe('invalid_request');
        expect(result.error.message).toContain(channel);
        expect(Array.isArray(result.error.details['issues'])).toBe(true);
      }
    }
    expect(snapshotGradebook(path)).toEqual(before);
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
