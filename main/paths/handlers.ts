import type { pathsChannels } from '../../preload/contract/paths.js';
import type { HandlersFor } from '../worker/handler-context.js';
import { classReadiness, explainCell } from './class-readiness.js';
import { addTeacherPrerequisite, removeTeacherPrerequisite } from './teacher-edges.js';

/** Progression and readiness; learning paths and pacing come next. */
export const pathsHandlers = {
  'paths:readiness': (gradebook, request) => classReadiness(gradebook.reader, request),
  'paths:explain': (gradebook, request) => explainCell(gradebook.reader, request),
  'paths:addPrerequisite': (gradebook, edge) => addTeacherPrerequisite(gradebook.writer, edge),
  'paths:removePrerequisite': (gradebook, edge) => removeTeacherPrerequisite(gradebook.writer, edge),
} satisfies HandlersFor<typeof pathsChannels>;
