import { newId } from '../../db/ids.js';
import type { pathsChannels } from '../../preload/contract/paths.js';
import type { ChannelSamples, DemoLookup } from './samples.js';

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
  'paths:addPrerequisite': {
    valid: (demo) => demoEdge(demo),
    malformed: [{}, { standardId: newId() }, { standardId: '5.NF.A.1', prerequisiteId: newId() }],
  },
  'paths:removePrerequisite': {
    valid: (demo) => demoEdge(demo),
    malformed: [{ prerequisiteId: newId() }, { standardId: newId(), prerequisiteId: 7 }],
  },
} satisfies ChannelSamples<typeof pathsChannels>;

/** Two standards of the demo that no prerequisite touches yet, so no circle can form (other samples change what a class tracks). */
function demoEdge(demo: DemoLookup): { standardId: string; prerequisiteId: string } {
  const ids = demo.gradebook.reader
    .prepare(
      `SELECT id FROM standards WHERE type = 'standard'
       AND id NOT IN (SELECT standard_id FROM prerequisites UNION SELECT prerequisite_id FROM prerequisites) ORDER BY id DESC LIMIT 2`,
    )
    .pluck()
    .all() as string[];
  return { standardId: ids[0] ?? '', prerequisiteId: ids[1] ?? '' };
}
