import { newId } from '../../db/ids.js';
import type { pathsChannels } from '../../preload/contract/paths.js';
import type { ChannelSamples, DemoLookup } from './samples.js';
import type { RequestOf } from '../../preload/contract/index.js';
import { dispatch } from '../../main/worker/dispatch.js';

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
  'paths:orderCluster': {
    valid: (demo) => ({
      clusterId: String(
        demo.gradebook.reader
          .prepare(`SELECT parent_id FROM standards WHERE type = 'standard' AND parent_id IS NOT NULL GROUP BY parent_id HAVING count(*) >= 2 ORDER BY parent_id DESC LIMIT 1`)
          .pluck()
          .get(),
      ),
    }),
    malformed: [{}, { clusterId: '5.NF.A' }],
  },
  'paths:templates': {
    valid: (demo) => ({ classId: demo.firstClassId() }),
    malformed: [{}, { classId: 'c' }],
  },
  'paths:saveTemplate': {
    valid: (demo) => templateRequest(demo),
    malformed: [
      { classId: newId(), title: 'Fractions', steps: [] },
      { classId: newId(), title: '', steps: [{ standardId: newId(), options: [] }] },
      { classId: newId(), title: 'x', steps: [{ standardId: newId(), options: [{ modality: 'telepathy', title: 'x', link: null }] }] },
      { classId: newId(), title: 'x', steps: [{ standardId: newId(), options: [{ modality: 'digital', title: 'x' }] }] },
    ],
  },
  'paths:applyTemplate': {
    valid: (demo) => ({ templateId: demoTemplateId(demo), learnerIds: [demo.demoCell().learnerId] }),
    malformed: [{ templateId: newId(), learnerIds: [] }, { templateId: newId(), learnerIds: ['ana'] }],
  },
  'paths:learnerPath': {
    valid: (demo) => ({ classId: demo.firstClassId(), learnerId: demo.demoCell().learnerId }),
    malformed: [{ classId: newId() }, { classId: newId(), learnerId: newId(), asOf: 'now' }],
  },
  'paths:updateStep': {
    valid: (demo) => ({ learnerId: demo.demoCell().learnerId, stepId: demoStep(demo).stepId, status: 'working' }),
    malformed: [
      { learnerId: newId(), stepId: newId(), status: 'mastered' },
      { learnerId: newId(), stepId: newId(), status: 'skipped' },
      { learnerId: newId(), stepId: newId(), status: 'working', skipReason: 'why' },
    ],
  },
  'paths:classSteps': {
    valid: (demo) => ({ classId: demo.firstClassId() }),
    malformed: [{}, { classId: newId(), asOf: 'today' }],
  },
  'paths:setTarget': {
    valid: (demo) => ({ learnerId: demo.demoCell().learnerId, pathId: demoStep(demo).pathId, targetOn: '2026-03-20' }),
    malformed: [{ learnerId: newId(), pathId: newId() }, { learnerId: newId(), pathId: newId(), targetOn: 'spring' }],
  },
  'paths:moveStep': {
    valid: (demo) => ({ learnerId: demo.demoCell().learnerId, stepId: demoStep(demo).stepId, position: 0 }),
    malformed: [{ learnerId: newId(), stepId: newId(), position: -1 }, { learnerId: newId(), stepId: newId(), position: 1.5 }],
  },
  'paths:addStep': {
    valid: (demo) => ({ learnerId: demo.demoCell().learnerId, pathId: demoStep(demo).pathId, standardId: demo.demoCell().standardId, options: [] }),
    malformed: [{ learnerId: newId(), pathId: newId(), standardId: newId() }],
  },
} satisfies ChannelSamples<typeof pathsChannels>;

function templateRequest(demo: DemoLookup): RequestOf<'paths:saveTemplate'> {
  return {
    classId: demo.firstClassId(),
    title: 'Fractions first',
    steps: [{ standardId: demo.demoCell().standardId, options: [{ modality: 'digital', title: 'Fraction bars game', link: null }] }],
  };
}

/** A path template of the demo's first class, saved now if it has none. */
function demoTemplateId(demo: DemoLookup): string {
  const found = demo.gradebook.reader.prepare('SELECT id FROM path_templates WHERE class_id = ? LIMIT 1').pluck().get(demo.firstClassId());
  if (found) return String(found);
  // a gradebook opened read-only cannot be given one: any id serves a test that expects a refusal
  if (!('writer' in demo.gradebook)) return newId();
  const saved = dispatch(demo.gradebook, 'paths:saveTemplate', templateRequest(demo));
  if (!saved.ok) throw new Error(saved.error.message);
  return (saved.value as { templateId: string }).templateId;
}

/** A step on the demo learner's path, applying the template first if they have none. */
function demoStep(demo: DemoLookup): { stepId: string; pathId: string } {
  const learnerId = demo.demoCell().learnerId;
  const find = () =>
    demo.gradebook.reader.prepare('SELECT s.id AS stepId, s.path_id AS pathId FROM path_steps s JOIN learning_paths p ON p.id = s.path_id WHERE p.learner_id = ? LIMIT 1').get(learnerId) as
      | { stepId: string; pathId: string }
      | undefined;
  const existing = find();
  if (existing) return existing;
  if (!('writer' in demo.gradebook)) return { stepId: newId(), pathId: newId() };
  const applied = dispatch(demo.gradebook, 'paths:applyTemplate', { templateId: demoTemplateId(demo), learnerIds: [learnerId] });
  if (!applied.ok) throw new Error(applied.error.message);
  const made = find();
  if (!made) throw new Error('the demo learner has no path step');
  return made;
}

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
