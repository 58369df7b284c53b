import { insertAssessment, listAssessments } from '../../db/assessments.js';
import { recordAudit } from '../../db/audit.js';
import { GradebookError } from '../../db/errors.js';
import type { GradebookWriter } from '../../db/handle.js';
import { newId, nowIso } from '../../db/ids.js';
import { readClassMasterySettings, setClassMethod } from '../../db/classes.js';
import { isLearnerEnrolled } from '../../db/enrollments.js';
import { clearOverrides, insertOverride } from '../../db/mastery-overrides.js';
import { isStandardTracked } from '../../db/standards.js';
import type { Assessment, ChangedCell, MasteryGrid, ValidRequestOf } from '../../preload/contract/index.js';
import { loadClassMastery, type ClassMastery } from './class-mastery.js';
import { keepStoredLevelsCurrent, masteryGrid } from './mastery-grid.js';
import { cellKey, localToday } from '../../preload/contract/shared.js';
import { checkLevel, refreshCells } from './record-evidence.js';
import { storedRowRollups } from './row-rollups.js';

const actor = 'educator';

/** Chooses the class's method (or one standard's), audited, and recomputes the class's stored levels. */
export function setMethod(writer: GradebookWriter, request: ValidRequestOf<'mastery:setMethod'>): MasteryGrid {
  const before = readClassMasterySettings(writer, request.classId);
  if (request.standardId !== undefined && !isStandardTracked(writer, request.classId, request.standardId)) {
    throw new GradebookError('not_found', 'This class does not track that standard.', { ...request });
  }
  writer.transaction(() => {
    const at = nowIso();
    setClassMethod(writer, request.classId, request.method === null ? null : JSON.stringify(request.method), {
      at,
      ...(request.standardId !== undefined ? { standardId: request.standardId } : {}),
      ...(request.rollupMethod !== undefined ? { rollupMethod: request.rollupMethod } : {}),
    });
    recordAudit(writer, {
      actor,
      action: 'update',
      entity: request.standardId === undefined ? 'class_mastery_method' : 'standard_mastery_method',
      entityId: request.standardId === undefined ? request.classId : `${request.classId}/${request.standardId}`,
      before: { method: before.masteryMethod, rollupMethod: before.rollupMethod },
      after: { method: request.method, rollupMethod: request.rollupMethod ?? before.rollupMethod },
      at,
    });
    keepStoredLevelsCurrent(writer, [request.classId]);
  });
  return masteryGrid(writer, request.classId);
}

function checkCell(writer: GradebookWriter, cell: { classId: string; learnerId: string; standardId: string }): void {
  if (!isLearnerEnrolled(writer, cell.classId, cell.learnerId)) throw new GradebookError('not_found', 'That learner is not enrolled in this class.', cell);
  if (!isStandardTracked(writer, cell.classId, cell.standardId)) throw new GradebookError('not_found', 'This class does not track that standard.', cell);
}

/** A teacher's judgement replaces the computed level, with the reason kept. */
export function overrideMastery(writer: GradebookWriter, request: ValidRequestOf<'mastery:override'>): ChangedCell {
  checkCell(writer, request);
  const mastery = loadClassMastery(writer, request.classId);
  checkLevel(mastery, request.standardId, request.level, { ...request });
  return writer.transaction(() => {
    const at = nowIso();
    clearOverrides(writer, request, at);
    const id = newId();
    insertOverride(writer, { id, ...request, overriddenOn: localToday(), createdAt: at });
    recordAudit(writer, { actor, action: 'override', entity: 'mastery_override', entityId: id, after: { ...request }, at });
    return changedCell(writer, mastery, request);
  });
}

export function clearOverride(writer: GradebookWriter, request: ValidRequestOf<'mastery:clearOverride'>): ChangedCell {
  checkCell(writer, request);
  const mastery = loadClassMastery(writer, request.classId);
  return writer.transaction(() => {
    const at = nowIso();
    if (clearOverrides(writer, request, at) === 0) throw new GradebookError('not_found', 'There is no override on that cell.', { ...request });
    recordAudit(writer, { actor, action: 'update', entity: 'mastery_override', entityId: `${request.classId}/${request.learnerId}/${request.standardId}`, after: { cleared: true }, at });
    return changedCell(writer, mastery, request);
  });
}

/** The overridden cell recomputed and stored, with its learner's roll-ups. */
function changedCell(writer: GradebookWriter, mastery: ClassMastery, at: { learnerId: string; standardId: string }): ChangedCell {
  const cell = refreshCells(writer, mastery, [at]).get(cellKey(at.learnerId, at.standardId))!;
  return { cell, rollups: storedRowRollups(writer, mastery, at.learnerId) };
}

export function createAssessment(writer: GradebookWriter, request: ValidRequestOf<'assessments:create'>): Assessment {
  for (const standardId of request.standardIds) {
    if (!isStandardTracked(writer, request.classId, standardId)) {
      throw new GradebookError('not_found', 'This class does not track one of the chosen standards.', { classId: request.classId, standardId });
    }
  }
  if (new Set(request.standardIds).size !== request.standardIds.length) {
    throw new GradebookError('invalid_data', 'A standard is chosen twice for this assessment.', { standardIds: request.standardIds });
  }
  return writer.transaction(() => {
    const id = insertAssessment(writer, {
      classId: request.classId,
      title: request.title,
      assessedOn: request.assessedOn,
      kind: request.kind,
      modality: request.modality ?? null,
      standardIds: request.standardIds,
    });
    const [created] = listAssessments(writer, request.classId, id);
    recordAudit(writer, { actor, action: 'create', entity: 'assessment', entityId: id, after: created ?? null });
    return created!;
  });
}
