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
  'learners:profile': {
    valid: (demo) => ({ learnerId: demo.demoCell().learnerId, classId: demo.firstClassId(), asOf: '2026-01-10' }),
    malformed: [{}, { learnerId: 'ada' }, { learnerId: newId(), asOf: '10/01/2026' }, { learnerId: newId(), classId: 7 }, { learnerId: newId(), extra: true }],
  },
  'learners:snapshot': {
    valid: (demo) => ({ learnerId: demo.demoProfile().learnerId, hideSensitive: true }),
    malformed: [{}, { learnerId: newId() }, { learnerId: newId(), hideSensitive: 'yes' }, { learnerId: newId(), hideSensitive: false, asOf: 'today' }],
  },
  'learners:add-entry': {
    valid: (demo) => ({ learnerId: demo.demoCell().learnerId, category: 'interest', body: 'Loves maps', author: 'learner' }),
    malformed: [
      {},
      { learnerId: newId(), category: 'hobby', body: 'x', author: 'learner' },
      { learnerId: newId(), category: 'interest', body: '   ', author: 'learner' },
      { learnerId: newId(), category: 'interest', body: 'x'.repeat(2001), author: 'learner' },
      { learnerId: newId(), category: 'interest', body: 'x', author: 'principal' },
      { learnerId: newId(), category: 'note', body: 'x', author: 'educator', private: 'yes' },
      { learnerId: newId(), category: 'note', body: 'x', author: 'educator', notedOn: 'yesterday' },
    ],
  },
  'learners:update-entry': {
    valid: (demo) => ({ learnerId: demo.demoProfile().learnerId, entryId: demo.demoProfile().entryId, body: 'Loves maps and globes' }),
    malformed: [{}, { learnerId: newId() }, { learnerId: newId(), entryId: newId(), body: '' }, { learnerId: newId(), entryId: newId(), editedBy: { author: 'robot' } }],
  },
  'learners:remove-entry': {
    valid: (demo) => ({ learnerId: demo.demoProfile().learnerId, entryId: demo.demoProfile().entryId }),
    malformed: [{}, { entryId: newId() }, { learnerId: newId(), entryId: 'e-1' }],
  },
  'learners:add-goal': {
    valid: (demo) => ({ learnerId: demo.demoCell().learnerId, body: 'Master it', standardIds: [demo.demoCell().standardId], author: 'learner', targetOn: '2026-03-01' }),
    malformed: [
      {},
      { learnerId: newId(), body: 'x', standardIds: 'all', author: 'learner' },
      { learnerId: newId(), body: 'x', standardIds: ['5.NF.A.1'], author: 'learner' },
      { learnerId: newId(), body: 'x', standardIds: Array.from({ length: 51 }, () => newId()), author: 'learner' },
      { learnerId: newId(), body: 'x', standardIds: [], author: 'learner', targetOn: 'March' },
    ],
  },
  'learners:update-goal': {
    valid: (demo) => ({ learnerId: demo.demoProfile().learnerId, goalId: demo.demoProfile().goalId, status: 'met' }),
    malformed: [{}, { learnerId: newId(), goalId: newId(), status: 'achieved' }, { learnerId: newId(), goalId: newId(), targetOn: 5 }],
  },
  'learners:add-reflection': {
    valid: (demo) => ({ learnerId: demo.demoProfile().learnerId, goalId: demo.demoProfile().goalId, body: 'Getting there', author: 'educator' }),
    malformed: [{}, { learnerId: newId(), goalId: newId(), body: 'x' }, { learnerId: newId(), goalId: newId(), body: 'x', author: 'learner', reflectedOn: '2026-13-40' }],
  },
} satisfies ChannelSamples<typeof learnersChannels>;
