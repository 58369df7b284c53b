import type { reportsChannels } from '../../preload/contract/reports.js';
import { sampleSourceId, type ChannelSamples } from './samples.js';

/** Reports. Per channel: one valid request on the demo gradebook, and malformed ones it must refuse. */
export const reportsSamples = {
  'reports:classReport': {
    valid: (demo) => ({ classId: demo.firstClassId(), asOf: '2026-01-15', evidenceKinds: ['of', 'for'] }),
    malformed: [{}, { classId: 'nope' }, { classId: '01a00b4d-2400-7507-b6ee-92fbcb5cb540', from: '2026-02-01', to: '2026-01-01' }, { classId: '01a00b4d-2400-7507-b6ee-92fbcb5cb540', evidenceKinds: [] }],
  },
  'reports:export': {
    valid: (demo) => ({ filter: { classId: demo.firstClassId() }, format: 'levels' }),
    malformed: [{ filter: {}, format: 'csv' }, { filter: { classId: '01a00b4d-2400-7507-b6ee-92fbcb5cb540' }, format: 'docx' }],
  },
  'reports:familyReport': {
    valid: (demo) => ({ classId: demo.firstClassId(), learnerIds: [demo.demoCell().learnerId], language: 'es', asOf: '2026-01-15' }),
    malformed: [{}, { classId: '01a00b4d-2400-7507-b6ee-92fbcb5cb540', language: 'fr' }, { classId: '01a00b4d-2400-7507-b6ee-92fbcb5cb540', learnerIds: [] }],
  },
  'reports:cancel': { valid: () => ({}), malformed: [{ extra: 1 }] },
  'reports:terms': { valid: () => ({}), malformed: [{ extra: 1 }] },
  'reports:classes': { valid: () => ({}), malformed: [{ classId: 1 }] },
  'reports:chooseFiles': { valid: () => ({}), malformed: [{ paths: ['/etc/passwd'] }] },
  'reports:closeFiles': { valid: () => ({}), malformed: [{ sourceIds: [] }] },
  'reports:openFiles': { valid: () => ({}), malformed: [{ sourceIds: [] }] },
  'reports:coachClassReport': {
    valid: (demo) => ({ sourceId: sampleSourceId, filter: { classId: demo.firstClassId(), asOf: '2026-01-15' } }),
    malformed: [{ sourceId: 'nope', filter: { classId: '01a00b4d-2400-7507-b6ee-92fbcb5cb540' } }, { sourceId: sampleSourceId }, { path: '/tmp/a.proficio', filter: { classId: '01a00b4d-2400-7507-b6ee-92fbcb5cb540' } }],
  },
  'reports:coachSummary': {
    valid: () => ({ sourceIds: [sampleSourceId], filter: { asOf: '2026-01-15' } }),
    malformed: [{ sourceIds: [], filter: {} }, { sourceIds: [sampleSourceId], filter: { classId: sampleSourceId } }, { sourceIds: ['/tmp/a.proficio'], filter: {} }],
  },
  'reports:coachExport': {
    valid: () => ({ sourceIds: [sampleSourceId], filter: {}, format: 'levels' }),
    malformed: [{ sourceIds: [sampleSourceId], filter: {}, format: 'docx' }, { sourceIds: [sampleSourceId], filter: { from: '2026-02-01', to: '2026-01-01' }, format: 'csv' }],
  },
  'reports:rules': { valid: () => ({}), malformed: [{ extra: 1 }] },
  'reports:saveRule': {
    valid: (demo) => ({
      title: 'Fractions',
      scopeId: String(demo.gradebook.reader.prepare("SELECT id FROM standards WHERE type = 'cluster' ORDER BY position LIMIT 1").pluck().get()),
      marks: [{ mark: 'Meets', conditions: [{ kind: 'share_at_least', level: 3, share: 0.75 }, { kind: 'none_at_or_below', level: 1 }] }],
      otherwise: 'Not yet',
    }),
    malformed: [{ title: '', scopeId: '01a00b4d-2400-7507-b6ee-92fbcb5cb540', marks: [], otherwise: 'x' }, { title: 'x', scopeId: 'nope', marks: [{ mark: 'A', conditions: [] }], otherwise: 'x' }],
  },
  'reports:deleteRule': {
    // the rule reports:saveRule's sample made (channels run in the contract's order)
    // (a well-formed id when there is none, as on a file opened read-only, which refuses the write before looking)
    valid: (demo) => ({
      ruleId: String(demo.gradebook.reader.prepare('SELECT id FROM report_card_rules ORDER BY created_at LIMIT 1').pluck().get() ?? '01a00b4d-2400-7507-b6ee-92fbcb5cb540'),
    }),
    malformed: [{}, { ruleId: 7 }],
  },
} satisfies ChannelSamples<typeof reportsChannels>;
