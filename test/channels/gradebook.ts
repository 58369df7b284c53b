import { newId } from '../../db/ids.js';
import type { gradebookChannels } from '../../preload/contract/gradebook.js';
import type { ChannelSamples } from './samples.js';

/** The gradebook's channels: evidence, assessments, mastery. Per channel: one valid request on the demo gradebook, and malformed ones it must refuse. */
export const gradebookSamples = {
  'gradebook:info': {
    valid: () => ({}),
    malformed: [],
  },
  'mastery:grid': {
    valid: (demo) => ({ classId: demo.firstClassId(), asOf: '2025-12-01' }),
    malformed: [{}, { classId: newId(), asOf: '01/12/2025' }, { classId: newId(), method: { kind: 'median' } }],
  },
  'mastery:preview': {
    valid: (demo) => ({ classId: demo.firstClassId(), method: { kind: 'mean' } }),
    malformed: [{ classId: newId() }, { classId: newId(), method: { kind: 'decaying_average', weight: 0.2 } }, { classId: newId(), method: { kind: 'n_mastery', n: 11 } }],
  },
  'mastery:cancel': { valid: () => ({}), malformed: [{ classId: 'now' }] },
  'mastery:setMethod': {
    valid: (demo) => ({ classId: demo.firstClassId(), method: { kind: 'n_mastery', n: 3 }, rollupMethod: 'minimum' }),
    malformed: [{ classId: newId(), method: { kind: 'mean_recent', n: 0 } }, { classId: newId(), method: { kind: 'mean' }, rollupMethod: 'max' }],
  },
  'mastery:override': {
    valid: (demo) => {
      const { classId, learnerId, standardId } = demo.demoCell();
      return { classId, learnerId, standardId, level: 3, reason: 'Showed it clearly in conference' };
    },
    malformed: [
      { classId: newId(), learnerId: newId(), standardId: newId(), level: 3 },
      { classId: newId(), learnerId: newId(), standardId: newId(), level: 3, reason: '' },
      { classId: newId(), learnerId: newId(), standardId: newId(), level: 'P', reason: 'because' },
    ],
  },
  'mastery:clearOverride': {
    valid: (demo) => {
      const { classId, learnerId, standardId } = demo.demoCell();
      return { classId, learnerId, standardId };
    },
    malformed: [{ classId: newId(), learnerId: newId() }],
  },
  'mastery:history': {
    valid: (demo) => {
      const { classId, learnerId, standardId } = demo.demoCell();
      return { classId, learnerId, standardId };
    },
    malformed: [{ classId: newId(), learnerId: 'x', standardId: newId() }],
  },
  'evidence:record': {
    valid: (demo) => {
      const { classId, learnerId, standardId } = demo.demoCell();
      return { classId, learnerId, standardId, level: 2, observedOn: '2026-01-20', kind: 'for' };
    },
    malformed: [
      { classId: newId(), learnerId: newId(), standardId: newId(), level: 3, observedOn: '2026-02-30', kind: 'of' },
      { classId: newId(), learnerId: newId(), standardId: newId(), level: 3, observedOn: '2026-01-20', kind: 'summative' },
      { classId: newId(), learnerId: newId(), standardId: newId(), level: '3', observedOn: '2026-01-20', kind: 'of' },
      { classId: newId(), learnerId: newId(), standardId: newId(), level: Number.NaN, observedOn: '2026-01-20', kind: 'of' },
      { classId: newId(), learnerId: newId(), standardId: newId(), observedOn: '2026-01-20', kind: 'of' },
    ],
  },
  'evidence:recordMany': {
    valid: (demo) => {
      const { classId, learnerId, standardId } = demo.demoCell();
      return { classId, entries: [{ learnerId, standardId, level: 4, observedOn: '2026-01-21', kind: 'of', feedback: 'Clear model' }] };
    },
    malformed: [{ classId: newId(), entries: [] }, { classId: newId(), entries: [{ level: 3 }] }],
  },
  'evidence:update': {
    valid: (demo) => ({ evidenceId: demo.demoCell().evidenceId, changes: { level: 3 } }),
    malformed: [{ evidenceId: newId() }, { evidenceId: newId(), changes: { learnerId: newId() } }, { evidenceId: newId(), changes: { observedOn: 'yesterday' } }],
  },
  'evidence:delete': {
    valid: (demo) => ({ evidenceId: demo.demoCell().evidenceId }),
    malformed: [{ evidenceId: 7 }],
  },
  'evidence:restore': {
    // trashed evidence when there is some (the dispatch suite deletes first), else any
    valid: (demo) => ({ evidenceId: String(demo.gradebook.reader.prepare('SELECT id FROM evidence ORDER BY deleted_at IS NULL LIMIT 1').pluck().get()) }),
    malformed: [{}],
  },
  'evidence:listTrashed': {
    valid: (demo) => ({ classId: demo.firstClassId() }),
    malformed: [{ classId: 'all' }],
  },
  'assessments:list': {
    valid: (demo) => ({ classId: demo.firstClassId() }),
    malformed: [{ classId: undefined }],
  },
  'assessments:scores': {
    valid: (demo) => {
      const classId = demo.firstClassId();
      const assessmentId = String(demo.gradebook.reader.prepare('SELECT id FROM assessments WHERE class_id = ? LIMIT 1').pluck().get(classId));
      return { classId, assessmentId };
    },
    malformed: [{ classId: newId() }, { classId: newId(), assessmentId: 'quiz' }],
  },
  'assessments:create': {
    valid: (demo) => {
      const { classId, standardId } = demo.demoCell();
      return { classId, title: 'Exit ticket', assessedOn: '2026-01-22', kind: 'for', standardIds: [standardId] };
    },
    // import,
    malformed: [
      { classId: newId(), title: 'Quiz', assessedOn: '2026-01-20', kind: 'of', standardIds: [] },
      { classId: newId(), title: '  ', assessedOn: '2026-01-20', kind: 'of', standardIds: [newId()] },
    ],
    // import,
  },
} satisfies ChannelSamples<typeof gradebookChannels>;
