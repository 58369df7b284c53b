import { listClasses } from '../../db/classes.js';
import { classRoster, readLearner } from '../../db/learners.js';
import type { learnersChannels } from '../../preload/contract/learners.js';
import type { HandlersFor } from '../worker/handler-context.js';
import { learnerProfile } from './learner-profile.js';
import { learnerSnapshot } from './profile-snapshot.js';
import { addGoal, addProfileEntry, addReflection, removeProfileEntry, updateGoalFor, updateProfileEntryFor } from './profile-edits.js';

/** Classes, their rosters, and each learner's profile. */
export const learnersHandlers = {
  'classes:list': (gradebook) => listClasses(gradebook.reader),
  'learners:roster': (gradebook, { classId }) => classRoster(gradebook.reader, classId),
  'learners:get': (gradebook, { learnerId }) => readLearner(gradebook.reader, learnerId),
  'learners:profile': (gradebook, request) => learnerProfile(gradebook.reader, request),
  'learners:snapshot': (gradebook, request) => learnerSnapshot(gradebook.reader, request),
  'learners:add-entry': (gradebook, request) => addProfileEntry(gradebook.writer, request),
  'learners:update-entry': (gradebook, request) => updateProfileEntryFor(gradebook.writer, request),
  'learners:remove-entry': (gradebook, request) => removeProfileEntry(gradebook.writer, request),
  'learners:add-goal': (gradebook, request) => addGoal(gradebook.writer, request),
  'learners:update-goal': (gradebook, request) => updateGoalFor(gradebook.writer, request),
  'learners:add-reflection': (gradebook, request) => addReflection(gradebook.writer, request),
} satisfies HandlersFor<typeof learnersChannels>;
