import { recordAudit } from '../../db/audit.js';
import { readClassTeacherName } from '../../db/educators.js';
import { GradebookError } from '../../db/errors.js';
import { insertGoal, insertReflection, readGoalStandards, requireGoal, setGoalStandards, updateGoal } from '../../db/goals.js';
import type { GradebookReader, GradebookWriter } from '../../db/handle.js';
import { readLearner } from '../../db/learners.js';
import { deleteProfileEntry, insertProfileEntry, requireProfileEntry, updateProfileEntry } from '../../db/profile-entries.js';
import { readAncestorNodes } from '../../db/standards.js';
import type { Authorship, LearnerGoal, LearnerSummary, ProfileEntry, Reflection } from '../../preload/contract/learners.js';
import type { ValidRequestOf } from '../../preload/contract/index.js';
import { localToday } from '../../preload/contract/shared.js';
import type { ProfileAuthor } from '../../preload/contract/vocabulary.js';
import { learnerProfile } from './learner-profile.js';

/**
 * Writing into a learner's profile: entries, goals and reflections. Each change is one transaction
 * with its audit entry, whose actor is the real author ("learner: Ana Lima"), never a fixed name.
 */

/** Who wrote something: the learner always in their own name; an educator or family member as named. */
function resolveAuthor(reader: GradebookReader, learner: LearnerSummary, author: ProfileAuthor, authorName: string | undefined): Authorship {
  switch (author) {
    case 'learner':
      return { author, authorName: `${learner.preferredName ?? learner.givenName} ${learner.familyName}` };
    case 'educator': {
      const classId = learner.classes[0]?.classId;
      return { author, authorName: authorName ?? (classId ? readClassTeacherName(reader, classId) : null) ?? 'Educator' };
    }
    case 'family':
      return { author, authorName: authorName ?? 'A family member' };
  }
}

function actor({ author, authorName }: Authorship): string {
  return `${author}: ${authorName}`;
}

function editorOf(reader: GradebookReader, learner: LearnerSummary, editedBy: { author: ProfileAuthor; authorName?: string | undefined } | undefined): Authorship {
  return resolveAuthor(reader, learner, editedBy?.author ?? 'educator', editedBy?.authorName);
}

export function addProfileEntry(writer: GradebookWriter, request: ValidRequestOf<'learners:add-entry'>): ProfileEntry {
  const learner = readLearner(writer, request.learnerId);
  const by = resolveAuthor(writer, learner, request.author, request.authorName);
  const sensitive = request.category === 'support' || (request.category === 'note' && request.private === true);
  return writer.transaction(() => {
    const entryId = insertProfileEntry(writer, {
      learnerId: learner.learnerId,
      category: request.category,
      body: request.body,
      ...by,
      sensitive,
      notedOn: request.notedOn ?? localToday(),
    });
    const { learnerId, ...entry } = requireProfileEntry(writer, learner.learnerId, entryId);
    recordAudit(writer, { actor: actor(by), action: 'create', entity: 'profile_entry', entityId: entryId, after: { ...entry, learnerId } });
    return entry;
  });
}

export function updateProfileEntryFor(writer: GradebookWriter, request: ValidRequestOf<'learners:update-entry'>): ProfileEntry {
  const learner = readLearner(writer, request.learnerId);
  return writer.transaction(() => {
    const before = requireProfileEntry(writer, learner.learnerId, request.entryId);
    // supports stay sensitive; only a note's privacy is the writer's choice
    const sensitive = before.category === 'note' && request.private !== undefined ? request.private : undefined;
    updateProfileEntry(writer, request.entryId, { ...(request.body !== undefined ? { body: request.body } : {}), ...(sensitive !== undefined ? { sensitive } : {}) });
    const { learnerId, ...after } = requireProfileEntry(writer, learner.learnerId, request.entryId);
    recordAudit(writer, { actor: actor(editorOf(writer, learner, request.editedBy)), action: 'update', entity: 'profile_entry', entityId: request.entryId, before: { ...before }, after: { ...after, learnerId } });
    return after;
  });
}

export function removeProfileEntry(writer: GradebookWriter, request: ValidRequestOf<'learners:remove-entry'>): { entryId: string } {
  const learner = readLearner(writer, request.learnerId);
  return writer.transaction(() => {
    const before = requireProfileEntry(writer, learner.learnerId, request.entryId);
    deleteProfileEntry(writer, request.entryId);
    recordAudit(writer, { actor: actor(editorOf(writer, learner, request.editedBy)), action: 'delete', entity: 'profile_entry', entityId: request.entryId, before: { ...before } });
    return { entryId: request.entryId };
  });
}

function requireStandards(reader: GradebookReader, standardIds: readonly string[]): void {
  const found = new Set(readAncestorNodes(reader, standardIds).map((n) => n.id));
  const missing = standardIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw new GradebookError('not_found', 'A standard linked to the goal is not in this gradebook.', { standardIds: missing });
}

/** A goal as the profile shows it, with its progress in `classId` (else the learner's first class). */
function goalAsShown(reader: GradebookReader, learnerId: string, goalId: string, classId: string | undefined): LearnerGoal {
  const profile = learnerProfile(reader, { learnerId, ...(classId ? { classId } : {}) });
  const goal = profile.goals.find((g) => g.goalId === goalId);
  if (!goal) throw new GradebookError('not_found', 'That goal is not one of this learner’s goals.', { learnerId, goalId });
  return goal;
}

function auditedGoal(reader: GradebookReader, learnerId: string, goalId: string): Record<string, unknown> {
  const { body, targetOn, status } = requireGoal(reader, learnerId, goalId);
  return { body, targetOn, status, standardIds: readGoalStandards(reader, [goalId]).map((s) => s.standardId) };
}

export function addGoal(writer: GradebookWriter, request: ValidRequestOf<'learners:add-goal'>): LearnerGoal {
  const learner = readLearner(writer, request.learnerId);
  requireStandards(writer, request.standardIds);
  const by = resolveAuthor(writer, learner, request.author, request.authorName);
  return writer.transaction(() => {
    const goalId = insertGoal(writer, { learnerId: learner.learnerId, body: request.body, targetOn: request.targetOn ?? null, standardIds: request.standardIds, setOn: request.setOn ?? localToday(), ...by });
    recordAudit(writer, { actor: actor(by), action: 'create', entity: 'goal', entityId: goalId, after: { ...auditedGoal(writer, learner.learnerId, goalId), editedBy: by } });
    return goalAsShown(writer, learner.learnerId, goalId, request.classId);
  });
}

export function updateGoalFor(writer: GradebookWriter, request: ValidRequestOf<'learners:update-goal'>): LearnerGoal {
  const learner = readLearner(writer, request.learnerId);
  if (request.standardIds) requireStandards(writer, request.standardIds);
  const by = editorOf(writer, learner, request.editedBy);
  return writer.transaction(() => {
    const before = auditedGoal(writer, learner.learnerId, request.goalId);
    updateGoal(writer, request.goalId, {
      ...(request.body !== undefined ? { body: request.body } : {}),
      ...(request.targetOn !== undefined ? { targetOn: request.targetOn } : {}),
      ...(request.status !== undefined ? { status: request.status } : {}),
    });
    if (request.standardIds) setGoalStandards(writer, request.goalId, request.standardIds);
    recordAudit(writer, { actor: actor(by), action: 'update', entity: 'goal', entityId: request.goalId, before, after: { ...auditedGoal(writer, learner.learnerId, request.goalId), editedBy: by } });
    return goalAsShown(writer, learner.learnerId, request.goalId, request.classId);
  });
}

export function addReflection(writer: GradebookWriter, request: ValidRequestOf<'learners:add-reflection'>): Reflection {
  const learner = readLearner(writer, request.learnerId);
  requireGoal(writer, learner.learnerId, request.goalId);
  const by = resolveAuthor(writer, learner, request.author, request.authorName);
  return writer.transaction(() => {
    const reflection = { body: request.body, reflectedOn: request.reflectedOn ?? localToday(), ...by };
    const reflectionId = insertReflection(writer, { goalId: request.goalId, ...reflection });
    recordAudit(writer, { actor: actor(by), action: 'create', entity: 'reflection', entityId: reflectionId, after: { goalId: request.goalId, ...reflection } });
    return { reflectionId, ...reflection };
  });
}
