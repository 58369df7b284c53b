import { newId } from '../../db/ids.js';
import type { standardsChannels } from '../../preload/contract/standards.js';
import type { ChannelSamples, DemoLookup } from './samples.js';

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
  'standards:skills': {
    valid: () => ({}),
    malformed: [],
  },
  'standards:saveSkill': {
    valid: () => ({ statement: 'Asks for help when stuck', code: 'LS.5' }),
    malformed: [{}, { statement: '' }, { statement: 'x'.repeat(501) }, { statement: 'ok', standardId: 'ls-1' }, { statement: 'ok', code: 5 }],
  },
  'standards:retireSkill': {
    valid: (demo) => ({ standardId: demoSkillId(demo), retired: true }),
    malformed: [{ standardId: newId() }, { standardId: newId(), retired: 'yes' }, { retired: true }],
  },
} satisfies ChannelSamples<typeof standardsChannels>;

function demoSkillId(demo: DemoLookup): string {
  return String(
    demo.gradebook.reader
      .prepare(`SELECT s.id FROM standards s JOIN frameworks f ON f.id = s.framework_id JOIN scales sc ON sc.id = f.scale_id WHERE sc.purpose = 'learning_skills' AND s.type = 'standard' LIMIT 1`)
      .pluck()
      .get(),
  );
}
