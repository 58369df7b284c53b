import { newId } from '../../db/ids.js';
import type { pathsChannels } from '../../preload/contract/paths.js';
import type { ChannelSamples } from './samples.js';

/** Progression and readiness. Per channel: one valid request on the demo gradebook, and malformed ones it must refuse. */
export const pathsSamples = {
  'paths:readiness': {
    valid: (demo) => ({ classId: demo.firstClassId(), asOf: '2025-12-01' }),
    malformed: [{}, { classId: 'room-12' }, { classId: newId(), asOf: '1 Dec' }, { classId: newId(), learnerId: newId() }],
  },
  'paths:explain': {
    valid: (demo) => ({ classId: demo.demoCell().classId, learnerId: demo.demoCell().learnerId, standardId: demo.demoCell().standardId }),
    malformed: [{ classId: newId(), learnerId: newId() }, { classId: newId(), learnerId: newId(), standardId: '5.NF.A.1' }],
  },
} satisfies ChannelSamples<typeof pathsChannels>;
