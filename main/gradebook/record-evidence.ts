import { recordAudit } from '../../db/audit.js';
import { listAssessments } from '../../db/assessments.js';
import { GradebookError } from '../../db/errors.js';
import { isLearnerEnrolled } from '../../db/enrollments.js';
import {
  insertEvidence,
  readEvidence,
  readMasteryEvidence,
  setEvidenceDeleted,
  updateEvidence,
  type EvidenceChanges,
} from '../../db/evidence.js';
import type { GradebookWriter } from '../../db/handle.js';
import { newId, nowIso } from '../../db/ids.js';
import { readMasteryState, storeMasteryLevels } from '../../db/mastery-levels.js';
import { readActiveOverrides } from '../../db/mastery-overrides.js';
import { isStandardTracked } from '../../db/standards.js';
import type { Evidence, EvidenceSource, GridCell, RecordedEvidence, RequestOf, RowRollups, ValidRequestOf } from '../../preload/contract/index.js';
import { cellKey, localToday } from '../../preload/contract/shared.js';
import { computeCell, loadClassMastery, scaleOf, type ClassMastery } from './class-mastery.js';
import { storeClassLevels } from './mastery-grid.js';
import { storedRowRollups } from './row-rollups.js';

type NewEntry = ValidRequestOf<'evidence:recordMany'>['entries'][number];

/** Who the audit log names for edits made in the app (there is one teacher per gradebook file). */
const actor = 'educator';

function invalid(message: string, details: Record<string, unknown>): never {
  throw new GradebookError('invalid_data', message, details);
}

/**
 * A level must be one of the levels of the standard's scale (its framework's, else the class's), or a
 * half step between them when that scale allows it.
 */
export function checkLevel(mastery: ClassMastery, standardId: string, level: number | null, where: Record<string, unknown> = {}): void {
  if (level === null) return;
  const { scale, range } = scaleOf(mastery, standardId);
  const values = scale.levels.map((l) => l.value);
  const onScale = values.includes(level);
  const halfStep = scale.halfSteps && Number.isInteger(level * 2) && level >= range.min && level <= range.max;
  if (!onScale && !halfStep) {
    invalid(
      `${level} is not a level on the ${scale.title} scale; use ${values.join(', ')}${scale.halfSteps ? ' or a half step between them' : ''}.`,
      { ...where, level, scaleId: scale.id, allowed: values, halfSteps: scale.halfSteps },
    );
  }
}

function checkDates(observedOn: string, feedbackOn: string | null | undefined, confirmFutureDate: boolean | undefined, where: Record<string, unknown>): void {
  const today = localToday();
  if (observedOn > today && confirmFutureDate !== true) {
    invalid(`The date ${observedOn} is in the future (today is ${today}). Check the date, or confirm it is intended.`, {
      ...where,
      observedOn,
      today,
      field: 'observedOn',
    });
  }
  if (feedbackOn && feedbackOn < observedOn) {
    invalid(`Feedback cannot be dated ${feedbackOn}, before the evidence itself (${observedOn}).`, { ...where, feedbackOn, observedOn });
  }
}

/** Anytime-anywhere evidence says where the learning happened: a record and an edit alike. */
function checkSource(source: EvidenceSource, sourceDescription: string | null, where: Record<string, unknown>): void {
  if (source !== 'class' && !sourceDescription) {
    invalid('Evidence from outside the classroom needs a short description of where the learning happened.', { ...where, source });
  }
}

function checkEntry(writer: GradebookWriter, mastery: ClassMastery, entry: NewEntry, index: number): void {
  const where = { classId: mastery.classId, learnerId: entry.learnerId, standardId: entry.standardId, entry: index };
  if (!isLearnerEnrolled(writer, mastery.classId, entry.learnerId)) {
    throw new GradebookError('not_found', 'That learner is not enrolled in this class.', where);
  }
  if (!isStandardTracked(writer, mastery.classId, entry.standardId)) {
    throw new GradebookError('not_found', 'This class does not track that standard.', where);
  }
  if (entry.assessmentId) {
    const [assessment] = listAssessments(writer, mastery.classId, entry.assessmentId);
    if (!assessment) throw new GradebookError('not_found', 'That assessment is not in this class.', { ...where, assessmentId: entry.assessmentId });
    if (!assessment.standardIds.includes(entry.standardId)) {
      invalid(`"${assessment.title}" does not assess that standard.`, { ...where, assessmentId: entry.assessmentId });
    }
  }
  checkLevel(mastery, entry.standardId, entry.level, where);
  checkDates(entry.observedOn, entry.feedbackOn, entry.confirmFutureDate, where);
  checkSource(entry.source ?? 'class', entry.sourceDescription ?? null, where);
}

/**
 * Recomputes just the cells a change touched and stores them — unless the class's stored levels are
 * stale anyway, in which case the next read recomputes everything (including this change).
 */
export function refreshCells(writer: GradebookWriter, mastery: ClassMastery, cells: { learnerId: string; standardId: string }[]): Map<string, GridCell> {
  const result = new Map<string, GridCell>();
  if (readMasteryState(writer, mastery.classId) !== mastery.settingsKey) {
    const all = storeClassLevels(writer, mastery);
    for (const c of cells) result.set(cellKey(c.learnerId, c.standardId), all.get(cellKey(c.learnerId, c.standardId))!);
    return result;
  }
  const unique = new Map(cells.map((c) => [cellKey(c.learnerId, c.standardId), c]));
  for (const [key, c] of unique) {
    const evidence = readMasteryEvidence(writer, mastery.classId, c);
    const [override] = readActiveOverrides(writer, mastery.classId, c);
    const method = mastery.standardMethods.get(c.standardId) ?? mastery.method;
    result.set(key, computeCell(evidence, method, scaleOf(mastery, c.standardId).range, override).cell);
  }
  storeMasteryLevels(
    writer,
    mastery.classId,
    [...unique].map(([key, c]) => ({ ...c, ...result.get(key)! })),
  );
  return result;
}

/** The answer to a change of one piece of evidence: it, its cell recomputed and stored, its learner's roll-ups. */
function answer(writer: GradebookWriter, mastery: ClassMastery, evidence: Evidence): RecordedEvidence {
  const cell = refreshCells(writer, mastery, [evidence]).get(cellKey(evidence.learnerId, evidence.standardId))!;
  return { evidence, cell, rollups: storedRowRollups(writer, mastery, evidence.learnerId) };
}

/** Records evidence — one piece or a pasted column — all or nothing, each audited, cells refreshed. */
export function recordEvidence(writer: GradebookWriter, classId: string, entries: readonly NewEntry[]): RecordedEvidence[] {
  const mastery = loadClassMastery(writer, classId);
  return writer.transaction(() => {
    const at = nowIso();
    const ids = entries.map((entry, index) => {
      checkEntry(writer, mastery, entry, index);
      const id = insertEvidence(writer, {
        id: newId(),
        classId,
        learnerId: entry.learnerId,
        standardId: entry.standardId,
        assessmentId: entry.assessmentId ?? null,
        level: entry.level,
        observedOn: entry.observedOn,
        kind: entry.kind,
        modality: entry.modality ?? null,
        source: entry.source ?? 'class',
        sourceDescription: entry.sourceDescription ?? null,
        feedback: entry.feedback ?? null,
        feedbackOn: entry.feedbackOn ?? null,
        ...(entry.feedbackStatus ? { feedbackStatus: entry.feedbackStatus } : {}),
        recordedAt: at,
      });
      recordAudit(writer, { actor, action: 'create', entity: 'evidence', entityId: id, after: readEvidence(writer, id) ?? null, at });
      return id;
    });
    const cells = refreshCells(writer, mastery, [...entries]);
    // a pasted column touches many learners, each once; a pasted row touches one learner many times
    const rollups = new Map<string, RowRollups>();
    return ids.map((id) => {
      const evidence = readEvidence(writer, id)!;
      let learnerRollups = rollups.get(evidence.learnerId);
      if (!learnerRollups) rollups.set(evidence.learnerId, (learnerRollups = storedRowRollups(writer, mastery, evidence.learnerId)));
      return { evidence, cell: cells.get(cellKey(evidence.learnerId, evidence.standardId))!, rollups: learnerRollups };
    });
  });
}

function requireEvidence(writer: GradebookWriter, evidenceId: string): Evidence {
  const found = readEvidence(writer, evidenceId);
  if (!found) throw new GradebookError('not_found', 'That piece of evidence is not in this gradebook.', { evidenceId });
  return found;
}

/** Edits evidence; the previous version stays in the audit log with the new one. */
export function editEvidence(writer: GradebookWriter, request: RequestOf<'evidence:update'>): RecordedEvidence {
  const before = requireEvidence(writer, request.evidenceId);
  if (before.deletedAt) invalid('That evidence is in the trash; restore it before editing it.', { evidenceId: before.id });
  const mastery = loadClassMastery(writer, before.classId);
  const changes: EvidenceChanges = request.changes;
  const where = { evidenceId: before.id };
  if (changes.level !== undefined) checkLevel(mastery, before.standardId, changes.level, where);
  checkDates(changes.observedOn ?? before.observedOn, changes.feedbackOn ?? before.feedbackOn, request.confirmFutureDate, where);
  checkSource(changes.source ?? before.source, changes.sourceDescription !== undefined ? changes.sourceDescription : before.sourceDescription, where);
  return writer.transaction(() => {
    updateEvidence(writer, before.id, {
      ...changes,
      ...(changes.feedback !== undefined && changes.feedbackStatus === undefined ? { feedbackStatus: changes.feedback ? 'given' : 'awaiting' } : {}),
    });
    const after = readEvidence(writer, before.id)!;
    recordAudit(writer, { actor, action: 'update', entity: 'evidence', entityId: before.id, before, after });
    return answer(writer, mastery, after);
  });
}

/** Moves evidence to the trash, audited; it can be restored from there. */
export function trashEvidence(writer: GradebookWriter, evidenceId: string): RecordedEvidence {
  return moveEvidence(writer, evidenceId, 'delete');
}

/** Takes evidence back out of the trash, audited. */
export function restoreEvidence(writer: GradebookWriter, evidenceId: string): RecordedEvidence {
  return moveEvidence(writer, evidenceId, 'restore');
}

function moveEvidence(writer: GradebookWriter, evidenceId: string, action: 'delete' | 'restore'): RecordedEvidence {
  const before = requireEvidence(writer, evidenceId);
  if (action === 'restore' && !before.deletedAt) invalid('That evidence is not in the trash.', { evidenceId });
  if (action === 'delete' && before.deletedAt) invalid('That evidence is already in the trash.', { evidenceId });
  const mastery = loadClassMastery(writer, before.classId);
  return writer.transaction(() => {
    setEvidenceDeleted(writer, evidenceId, action === 'restore' ? null : nowIso());
    const after = readEvidence(writer, evidenceId)!;
    recordAudit(writer, { actor, action, entity: 'evidence', entityId: evidenceId, before, after });
    return answer(writer, mastery, after);
  });
}
