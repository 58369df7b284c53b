import type { ReadableGradebook } from '../../db/open.js';
import { dispatch } from '../../main/worker/dispatch.js';
import type { ChannelName, RequestOf } from '../../preload/contract/index.js';

/**
 * One valid request per channel, against a demo gradebook. Typed as a complete record, so a new
 * channel cannot go untested by the dispatch and read-only suites.
 */
export function validRequestsFor(gradebook: ReadableGradebook): { [C in ChannelName]: () => RequestOf<C> } {
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

  return {
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
      evidenceId: // trashed evidence when there is some (the dispatch suite deletes first), else any
      String(gradebook.reader.prepare('SELECT id FROM evidence ORDER BY deleted_at IS NULL LIMIT 1').pluck().get()),
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
}
