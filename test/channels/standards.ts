import { newId } from '../../db/ids.js';
import type { standardsChannels } from '../../preload/contract/standards.js';
import type { ChannelSamples } from './samples.js';

/** Frameworks, standards and tracking. Per channel: one valid request on the demo gradebook, and malformed ones it must refuse. */
export const standardsSamples = {
  'frameworks:list': {
    valid: () => ({}),
    malformed: [],
  },
  'standards:tree': {
    valid: (demo) => ({ frameworkId: String(demo.gradebook.reader.prepare('SELECT id FROM frameworks LIMIT 1').pluck().get()) }),
    malformed: [{}, { frameworkId: 'math' }],
  },
  'standards:search': {
    valid: () => ({ query: '5.NF', grade: '5' }),
    malformed: [{ query: '' }, { query: '   ' }, { frameworkId: 'math', query: '5.NF' }, { query: 'x'.repeat(201) }, { query: 5 }, { query: '5.NF', grade: 'fifth' }, { query: '5.NF', grade: 5 }],
  },
  'standards:tracked': {
    valid: (demo) => ({ classId: demo.firstClassId() }),
    malformed: [{ classId: 5 }],
  },
  'standards:setTracked': {
    valid: (demo) => ({ classId: demo.firstClassId(), standardIds: [demo.demoCell().standardId] }),
    malformed: [{ classId: newId() }, { classId: newId(), standardIds: ['5.NF.A.1'] }, { classId: newId(), standardIds: 'all' }],
  },
} satisfies ChannelSamples<typeof standardsChannels>;
