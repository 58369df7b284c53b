import { newId } from '../../db/ids.js';
import type { learnersChannels } from '../../preload/contract/learners.js';
import type { ChannelSamples } from './samples.js';

/** Classes and rosters. Per channel: one valid request on the demo gradebook, and malformed ones it must refuse. */
export const learnersSamples = {
  'classes:list': {
    valid: () => ({}),
    malformed: [],
  },
  'learners:roster': {
    valid: (demo) => ({ classId: demo.firstClassId() }),
    malformed: [{}, { classId: 12 }, { classId: 'room-12' }, { classId: '' }, { classId: null }, { classId: newId().toUpperCase() }],
  },
  'learners:get': {
    valid: (demo) => ({ learnerId: demo.demoCell().learnerId }),
    malformed: [{}, { learnerId: 'ada' }, { learnerId: newId(), classId: newId() }],
  },
} satisfies ChannelSamples<typeof learnersChannels>;
