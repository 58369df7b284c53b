import { recordAudit } from '../../db/audit.js';
import { requireClass } from '../../db/classes.js';
import { isLearnerEnrolled } from '../../db/enrollments.js';
import { GradebookError } from '../../db/errors.js';
import type { GradebookReader, GradebookWriter } from '../../db/handle.js';
import {
  insertPath,
  insertStep,
  learnersWithTemplate,
  readLearnerPath,
  readSteps,
  readTemplate,
  readTemplateSteps,
  readTemplates,
  readTermEnd,
  reorderSteps,
  requirePath,
  requireStep,
  updateStep,
  writeTemplate,
  type StepRow,
} from '../../db/learning-paths.js';
import { readAncestorNodes } from '../../db/standards.js';
import type { ValidRequestOf } from '../../preload/contract/index.js';
import type { LearnerPath, PathStep, PathTemplate } from '../../preload/contract/paths.js';
import { localToday } from '../../preload/contract/shared.js';
import type { ReadinessState } from '../../preload/contract/vocabulary.js';
import { classReadiness } from './class-readiness.js';
import { masteryGrid } from '../gradebook/mastery-grid.js';
import { projectPace } from './domain/pacing.js';

/**
 * Learning paths: a class's templates, each learner's own copy, and how far along it they are. A step
 * is mastered when the class's levels say so (never by hand); the next step suggested is the first one
 * neither mastered nor skipped that the learner is ready for (or already working on).
 */

export function listTemplates(reader: GradebookReader, classId: string): PathTemplate[] {
  requireClass(reader, classId);
  const templates = readTemplates(reader, classId);
  const steps = readTemplateSteps(reader, templates.map((t) => t.templateId));
  return templates.map((t) => ({
    ...t,
    steps: steps.filter((s) => s.templateId === t.templateId).map(({ standardId, code, statement, options }) => ({ standardId, code, statement, options })),
  }));
}

function requireStandards(reader: GradebookReader, standardIds: readonly string[]): void {
  const found = new Set(readAncestorNodes(reader, standardIds).map((n) => n.id));
  if (standardIds.some((id) => !found.has(id))) throw new GradebookError('not_found', 'A standard of that path is not in this gradebook.', { standardIds: standardIds.filter((id) => !found.has(id)) });
}

export function saveTemplate(writer: GradebookWriter, request: ValidRequestOf<'paths:saveTemplate'>): PathTemplate {
  return writer.transaction(() => {
    requireClass(writer, request.classId);
    requireStandards(writer, request.steps.map((s) => s.standardId));
    const templateId = writeTemplate(writer, request);
    recordAudit(writer, { actor: 'educator', action: request.templateId ? 'update' : 'create', entity: 'path_template', entityId: templateId, after: { ...request } });
    const saved = listTemplates(writer, request.classId).find((t) => t.templateId === templateId);
    if (!saved) throw new GradebookError('not_found', 'The path template could not be read back.', { templateId });
    return saved;
  });
}

export function applyTemplate(writer: GradebookWriter, request: ValidRequestOf<'paths:applyTemplate'>): { created: number; alreadyHad: number } {
  return writer.transaction(() => {
    const template = readTemplate(writer, request.templateId);
    const steps = readTemplateSteps(writer, [template.templateId]);
    const had = learnersWithTemplate(writer, template.templateId);
    const notEnrolled = request.learnerIds.filter((id) => !isLearnerEnrolled(writer, template.classId, id));
    if (notEnrolled.length > 0) throw new GradebookError('not_found', `${notEnrolled.length === 1 ? 'A learner' : `${notEnrolled.length} learners`} chosen are not in this class.`, { learnerIds: notEnrolled });
    let created = 0;
    for (const learnerId of new Set(request.learnerIds)) {
      if (had.has(learnerId)) continue;
      const pathId = insertPath(writer, { classId: template.classId, learnerId, title: template.title, templateId: template.templateId, startedOn: request.startOn ?? localToday() });
      steps.forEach((step, position) => insertStep(writer, { pathId, standardId: step.standardId, position, options: step.options }));
      created++;
    }
    recordAudit(writer, { actor: 'educator', action: 'create', entity: 'learning_path', entityId: template.templateId, after: { templateId: template.templateId, learners: created } });
    return { created, alreadyHad: request.learnerIds.length - created };
  });
}

export function learnerPath(reader: GradebookReader, request: { classId: string; learnerId: string; asOf?: string | undefined }): LearnerPath | null {
  const path = readLearnerPath(reader, request.classId, request.learnerId);
  if (!path) return null;
  const asOf = request.asOf ?? null;
  const readiness = classReadiness(reader, { classId: request.classId, ...(asOf ? { asOf } : {}) });
  const learner = readiness.learners.find((l) => l.learnerId === request.learnerId);
  if (!learner) throw new GradebookError('not_found', 'That learner is not in this class.', { ...request });
  const column = new Map(readiness.standards.map((s, i) => [s.standardId, i]));
  const lastSeen = lastObserved(reader, request.classId, request.learnerId, asOf);
  const steps = shownSteps(readSteps(reader, path.pathId), learner.states, column);
  const today = asOf ?? localToday();
  const startedOn = path.startedOn ?? path.createdAt.slice(0, 10);
  const remaining = steps.filter((s) => s.status !== 'mastered' && s.status !== 'skipped').length;
  const masteredOn = steps.filter((s) => s.status === 'mastered').map((s) => lastSeen.get(s.standardId) ?? today);
  const deadline = path.targetOn ?? readTermEnd(reader, request.classId);
  const pace = deadline
    ? projectPace({ startedOn, today, masteredOn, remainingSteps: remaining, termEndsOn: deadline, targetOn: path.targetOn })
    : { ...projectPace({ startedOn, today, masteredOn, remainingSteps: remaining, termEndsOn: '9999-12-31' }), deadline: null };
  return { pathId: path.pathId, classId: path.classId, learnerId: path.learnerId, title: path.title, targetOn: path.targetOn, startedOn, steps, pace };
}

/**
 * A path's stored steps as the learner sees them: mastered from the learner's readiness (never by
 * hand), and the first open step they are ready for (or working on) suggested. A standard the class no
 * longer tracks counts as ready.
 */
export function shownSteps(rows: readonly StepRow[], states: readonly ReadinessState[], column: ReadonlyMap<string, number>): PathStep[] {
  let suggestedTaken = false;
  return rows.map((step) => {
    const index = column.get(step.standardId);
    const state = index === undefined ? 'ready' : (states[index] ?? 'ready');
    const status = state === 'mastered' ? 'mastered' : step.status;
    const suggested = !suggestedTaken && status !== 'mastered' && status !== 'skipped' && (state === 'ready' || state === 'in_progress');
    if (suggested) suggestedTaken = true;
    return toStep(step, status, state, suggested);
  });
}

function toStep(step: StepRow, status: PathStep['status'], readiness: PathStep['readiness'], suggested: boolean): PathStep {
  const { stepId, standardId, code, statement, options, chosenOption, skipReason, plannedStartOn, plannedEndOn } = step;
  return { stepId, standardId, code, statement, options, chosenOption, status, skipReason, plannedStartOn, plannedEndOn, readiness, suggested };
}

/** When each standard last had evidence for the learner: the day a mastered step is counted as done. */
function lastObserved(reader: GradebookReader, classId: string, learnerId: string, asOf: string | null): Map<string, string> {
  const grid = masteryGrid(reader, classId, { asOf });
  const row = grid.rows.find((r) => r.learnerId === learnerId);
  const seen = new Map<string, string>();
  grid.columns.forEach((c, i) => {
    const day = row?.cells.lastObservedOn[i];
    if (day) seen.set(c.standardId, day);
  });
  return seen;
}

function stepAsShown(reader: GradebookReader, classId: string, learnerId: string, stepId: string): PathStep {
  const step = learnerPath(reader, { classId, learnerId })?.steps.find((s) => s.stepId === stepId);
  if (!step) throw new GradebookError('not_found', 'That step is not on this learner’s path.', { learnerId, stepId });
  return step;
}

export function updatePathStep(writer: GradebookWriter, request: ValidRequestOf<'paths:updateStep'>): PathStep {
  return writer.transaction(() => {
    const before = requireStep(writer, request.learnerId, request.stepId);
    if (request.chosenOption && !before.options.some((o) => o.title === request.chosenOption)) {
      throw new GradebookError('invalid_data', 'That option is not one this step offers.', { stepId: request.stepId, chosenOption: request.chosenOption });
    }
    updateStep(writer, request.stepId, {
      ...(request.chosenOption !== undefined ? { chosenOption: request.chosenOption } : {}),
      ...(request.status !== undefined ? { status: request.status, skipReason: request.skipReason ?? null } : {}),
      ...(request.plannedStartOn !== undefined ? { plannedStartOn: request.plannedStartOn } : {}),
      ...(request.plannedEndOn !== undefined ? { plannedEndOn: request.plannedEndOn } : {}),
    });
    const { classId, ...after } = requireStep(writer, request.learnerId, request.stepId);
    recordAudit(writer, { actor: 'educator', action: 'update', entity: 'path_step', entityId: request.stepId, before: { ...before }, after: { ...after } });
    return stepAsShown(writer, classId, request.learnerId, request.stepId);
  });
}

export function movePathStep(writer: GradebookWriter, request: ValidRequestOf<'paths:moveStep'>): { moved: boolean } {
  return writer.transaction(() => {
    const step = requireStep(writer, request.learnerId, request.stepId);
    const order = readSteps(writer, step.pathId).map((s) => s.stepId).filter((id) => id !== step.stepId);
    const position = Math.min(request.position, order.length);
    order.splice(position, 0, step.stepId);
    reorderSteps(writer, order);
    recordAudit(writer, { actor: 'educator', action: 'update', entity: 'path_step', entityId: step.stepId, before: { position: step.position }, after: { position } });
    return { moved: position !== step.position };
  });
}

export function addPathStep(writer: GradebookWriter, request: ValidRequestOf<'paths:addStep'>): PathStep {
  return writer.transaction(() => {
    const path = requirePath(writer, request.learnerId, request.pathId);
    requireStandards(writer, [request.standardId]);
    const stepId = insertStep(writer, { pathId: path.pathId, standardId: request.standardId, position: readSteps(writer, path.pathId).length, options: request.options });
    recordAudit(writer, { actor: 'educator', action: 'create', entity: 'path_step', entityId: stepId, after: { ...request } });
    return stepAsShown(writer, path.classId, request.learnerId, stepId);
  });
}
