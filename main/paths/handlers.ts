import type { pathsChannels } from '../../preload/contract/paths.js';
import type { HandlersFor } from '../worker/handler-context.js';
import { setPathTarget, classPathSteps } from './class-path-steps.js';
import { classReadiness, explainCell } from './class-readiness.js';
import { addPathStep, applyTemplate, learnerPath, listTemplates, movePathStep, saveTemplate, updatePathStep } from './learning-paths.js';
import { addTeacherPrerequisite, orderCluster, removeTeacherPrerequisite } from './teacher-edges.js';

/** Progression, readiness, and each learner's learning path and pace. */
export const pathsHandlers = {
  'paths:readiness': (gradebook, request) => classReadiness(gradebook.reader, request),
  'paths:explain': (gradebook, request) => explainCell(gradebook.reader, request),
  'paths:addPrerequisite': (gradebook, edge) => addTeacherPrerequisite(gradebook.writer, edge),
  'paths:removePrerequisite': (gradebook, edge) => removeTeacherPrerequisite(gradebook.writer, edge),
  'paths:orderCluster': (gradebook, { clusterId, classId }) => orderCluster(gradebook.writer, clusterId, classId),
  'paths:templates': (gradebook, { classId }) => listTemplates(gradebook.reader, classId),
  'paths:saveTemplate': (gradebook, request) => saveTemplate(gradebook.writer, request),
  'paths:applyTemplate': (gradebook, request) => applyTemplate(gradebook.writer, request),
  'paths:learnerPath': (gradebook, request) => learnerPath(gradebook.reader, request),
  'paths:updateStep': (gradebook, request) => updatePathStep(gradebook.writer, request),
  'paths:classSteps': (gradebook, request) => classPathSteps(gradebook.reader, request),
  'paths:setTarget': (gradebook, request) => setPathTarget(gradebook.writer, request),
  'paths:moveStep': (gradebook, request) => movePathStep(gradebook.writer, request),
  'paths:addStep': (gradebook, request) => addPathStep(gradebook.writer, request),
} satisfies HandlersFor<typeof pathsChannels>;
