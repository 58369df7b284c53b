import { listClasses } from '../../db/classes.js';
import { classRoster, readLearner } from '../../db/learners.js';
import type { learnersChannels } from '../../preload/contract/learners.js';
import type { HandlersFor } from '../worker/handler-context.js';

/** Classes and their rosters. */
export const learnersHandlers = {
  'classes:list': (gradebook) => listClasses(gradebook.reader),
  'learners:roster': (gradebook, { classId }) => classRoster(gradebook.reader, classId),
  'learners:get': (gradebook, { learnerId }) => readLearner(gradebook.reader, learnerId),
} satisfies HandlersFor<typeof learnersChannels>;
