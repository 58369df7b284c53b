import { listClasses } from '../../db/classes.js';
import { classRoster } from '../../db/learners.js';
import type { learnersChannels } from '../../preload/contract/learners.js';
import type { HandlersFor } from '../worker/handler-context.js';

/** Classes and their rosters. */
export const learnersHandlers = {
  'classes:list': (gradebook) => listClasses(gradebook.reader),
  'learners:roster': (gradebook, { classId }) => classRoster(gradebook.reader, classId),
} satisfies HandlersFor<typeof learnersChannels>;
