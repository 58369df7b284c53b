import { recordAudit } from '../../db/audit.js';
import type { GradebookReader, GradebookWriter } from '../../db/handle.js';
import { readClassPaths, readSteps, requirePath, updatePathTarget } from '../../db/learning-paths.js';
import type { LearnerSteps, PathStep, StepBrief } from '../../preload/contract/paths.js';
import { classReadiness } from './class-readiness.js';
import { currentAndNext } from './domain/current-next.js';
import { shownSteps } from './learning-paths.js';

/**
 * Each learner's current and next step for the path board, from one readiness answer for the whole
 * class (not one per learner), so a class of hundreds reads its board in one pass.
 */
export function classPathSteps(reader: GradebookReader, request: { classId: string; asOf?: string | undefined }): LearnerSteps[] {
  const readiness = classReadiness(reader, request);
  const column = new Map(readiness.standards.map((s, i) => [s.standardId, i]));
  const statesOf = new Map(readiness.learners.map((l) => [l.learnerId, l.states]));
  const result: LearnerSteps[] = [];
  for (const path of readClassPaths(reader, request.classId)) {
    const states = statesOf.get(path.learnerId);
    // a learner no longer enrolled keeps their path, but is not on the board
    if (!states) continue;
    const steps = shownSteps(readSteps(reader, path.pathId), states, column);
    const { current, next } = currentAndNext(steps);
    result.push({
      learnerId: path.learnerId,
      pathId: path.pathId,
      current: current === null ? null : brief(steps[current]),
      next: next === null ? null : brief(steps[next]),
      mastered: steps.filter((s) => s.status === 'mastered').length,
      total: steps.length,
    });
  }
  return result;
}

function brief(step: PathStep | undefined): StepBrief | null {
  return step ? { stepId: step.stepId, standardId: step.standardId, code: step.code, statement: step.statement, status: step.status, readiness: step.readiness } : null;
}

/** The learner's own target date (audited); pace is then measured against it instead of the end of term. */
export function setPathTarget(writer: GradebookWriter, request: { learnerId: string; pathId: string; targetOn: string | null }): { targetOn: string | null } {
  return writer.transaction(() => {
    const path = requirePath(writer, request.learnerId, request.pathId);
    updatePathTarget(writer, path.pathId, request.targetOn);
    recordAudit(writer, { actor: 'educator', action: 'update', entity: 'learning_path', entityId: path.pathId, before: { targetOn: path.targetOn }, after: { targetOn: request.targetOn } });
    return { targetOn: request.targetOn };
  });
}
