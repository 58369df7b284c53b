import { listFrameworks } from '../../db/frameworks.js';
import { searchStandards, standardsTree, trackedStandards } from '../../db/standards.js';
import type { standardsChannels } from '../../preload/contract/standards.js';
import type { HandlersFor } from '../worker/handler-context.js';
import { listSkills, retireSkill, saveSkill } from './skill-list.js';
import { trackStandards } from './track-standards.js';

/** Frameworks, their standards, and which standards a class tracks. */
export const standardsHandlers = {
  'frameworks:list': (gradebook) => listFrameworks(gradebook.reader),
  'standards:tree': (gradebook, { frameworkId }) => standardsTree(gradebook.reader, frameworkId),
  'standards:search': (gradebook, { frameworkId, query, grade }) => searchStandards(gradebook.reader, query, frameworkId, 100, grade),
  'standards:tracked': (gradebook, { classId }) => trackedStandards(gradebook.reader, classId),
  'standards:setTracked': (gradebook, { classId, standardIds }) => trackStandards(gradebook.writer, classId, standardIds),
  'standards:skills': (gradebook) => listSkills(gradebook.reader),
  'standards:saveSkill': (gradebook, request) => saveSkill(gradebook.writer, request),
  'standards:retireSkill': (gradebook, request) => retireSkill(gradebook.writer, request),
} satisfies HandlersFor<typeof standardsChannels>;
