import { newId } from '../../db/ids.js';
import type { groupsChannels } from '../../preload/contract/groups.js';
import type { ChannelSamples, DemoLookup } from './samples.js';

/** The demo's newest saved group set in the first class (the demo saves a few, so reads have one to read). */
function demoGroupSetId(demo: DemoLookup): string {
  return String(
    demo.gradebook.reader.prepare('SELECT id FROM group_sets WHERE class_id = ? ORDER BY formed_on DESC, created_at DESC LIMIT 1').pluck().get(demo.firstClassId()),
  );
}

/** Learners of the first class, in roster order. */
function demoLearners(demo: DemoLookup, count: number): string[] {
  return demo.gradebook.reader
    .prepare('SELECT learner_id FROM enrollments WHERE class_id = ? AND role = ? ORDER BY learner_id LIMIT ?')
    .pluck()
    .all(demo.firstClassId(), 'learner', count)
    .map(String);
}

/** Grouping. Per channel: one valid request on the demo gradebook, and malformed ones it must refuse. */
export const groupsSamples = {
  'groups:propose': {
    valid: (demo) => ({ classId: demo.firstClassId(), strategy: 'readiness', standardId: demo.demoCell().standardId, size: 6, seed: 3 }),
    malformed: [
      { classId: newId(), strategy: 'readiness' },
      { classId: newId(), strategy: 'balanced' },
      { classId: newId(), strategy: 'bands', standardId: newId(), clusterId: newId() },
      { classId: newId(), strategy: 'alphabetical', size: 4 },
      { classId: newId(), strategy: 'balanced', size: 0 },
      { classId: newId(), strategy: 'balanced', size: 4, apart: [[newId()]] },
      { classId: newId(), strategy: 'balanced', size: 4, seed: -1 },
    ],
  },
  'groups:score': {
    valid: (demo) => {
      const [a, b, c, d] = demoLearners(demo, 4);
      return {
        classId: demo.firstClassId(),
        strategy: 'balanced',
        size: 2,
        apart: [[a ?? '', b ?? '']],
        groups: [
          { name: 'Group 1', learnerIds: [a ?? '', b ?? ''] },
          { name: 'Group 2', learnerIds: [c ?? '', d ?? ''] },
        ],
      };
    },
    malformed: [
      { classId: newId(), strategy: 'balanced' },
      { classId: newId(), strategy: 'alphabetical', groups: [] },
      { classId: newId(), strategy: 'manual', groups: [{ name: 'A' }] },
      { classId: newId(), strategy: 'manual', groups: [{ name: 'A', learnerIds: ['ana'] }] },
      { classId: newId(), strategy: 'bands', standardId: newId(), clusterId: newId(), groups: [] },
      { classId: newId(), strategy: 'manual', groups: [], seed: 3 },
    ],
  },
  'groups:save': {
    valid: (demo) => {
      const [a, b, c] = demoLearners(demo, 3);
      return {
        classId: demo.firstClassId(),
        date: '2026-01-16',
        purpose: 'Fractions practice',
        strategy: 'manual',
        groups: [
          { name: 'Table 1', learnerIds: [a ?? '', b ?? ''], space: 'table 1' },
          { name: 'Table 2', learnerIds: [c ?? ''], adult: 'Ms. Rivera' },
        ],
      };
    },
    malformed: [
      { classId: newId(), date: '2026-01-16', purpose: 'x', strategy: 'manual', groups: [] },
      { classId: newId(), date: 'Friday', purpose: 'x', strategy: 'manual', groups: [{ name: 'A', learnerIds: [] }] },
      { classId: newId(), date: '2026-01-16', purpose: '', strategy: 'manual', groups: [{ name: 'A', learnerIds: [] }] },
      { classId: newId(), date: '2026-01-16', purpose: 'x', strategy: 'manual', groups: [{ name: ' ', learnerIds: [] }] },
      { classId: newId(), date: '2026-01-16', purpose: 'x', strategy: 'manual', groups: [{ name: 'A', learnerIds: ['ana'] }] },
    ],
  },
  'groups:update': {
    valid: (demo) => ({ groupSetId: demoGroupSetId(demo), notes: 'Moved two learners after the warm-up.' }),
    malformed: [{}, { groupSetId: newId(), groups: [] }, { groupSetId: newId(), purpose: '' }, { groupSetId: newId(), strategy: 'manual' }],
  },
  'groups:list': {
    valid: (demo) => ({ classId: demo.firstClassId() }),
    malformed: [{}, { classId: 'room-12' }],
  },
  'groups:get': {
    valid: (demo) => ({ groupSetId: demoGroupSetId(demo) }),
    malformed: [{}, { groupSetId: 'last' }],
  },
  'groups:history': {
    valid: (demo) => ({ classId: demo.firstClassId(), recentSets: 5, guardSets: 2 }),
    malformed: [{ classId: newId(), recentSets: 0 }, { classId: newId(), guardSets: 1.5 }],
  },
  'groups:cards': {
    valid: (demo) => ({ groupSetId: demoGroupSetId(demo) }),
    malformed: [{}, { groupSetId: newId(), format: 'docx' }],
  },
  'groups:csv': {
    valid: (demo) => ({ groupSetId: demoGroupSetId(demo) }),
    malformed: [{ groupSetId: 7 }],
  },
  'groups:delete': {
    valid: (demo) => ({ groupSetId: demoGroupSetId(demo) }),
    malformed: [{}, { groupSetId: '*' }],
  },
} satisfies ChannelSamples<typeof groupsChannels>;
