import type { GradebookReader, GradebookWriter } from '../../db/handle.js';
import { readActiveOverrides, readMasteryState, readStoredMasteryLevels, replaceStoredMastery } from '../../db/mastery.js';
import type { GridCell, MasteryGrid, MasteryMethodInput, MasteryPreview } from '../../preload/contract.js';
import { describeMethod } from '../domain/mastery.js';
import { rollUp } from '../domain/rollup.js';
import { cellKey, computeClassCells, loadClassMastery, type ClassMastery } from './class-mastery.js';

const emptyCell: GridCell = { level: null, mastered: false, evidenceCount: 0, lastObservedOn: null, awaitingFeedback: 0, override: null };

/**
 * The class's current levels: from `mastery_levels` when they were computed with today's settings,
 * otherwise recomputed for the whole class once and stored (after a method change or an import).
 */
export function currentCells(writer: GradebookWriter, mastery: ClassMastery): Map<string, GridCell> {
  if (readMasteryState(writer, mastery.classId) !== mastery.settingsKey) {
    const cells = computeClassCells(writer, mastery);
    replaceStoredMastery(
      writer,
      mastery.classId,
      mastery.settingsKey,
      [...cells].map(([key, cell]) => {
        const [learnerId = '', standardId = ''] = key.split('|');
        return { learnerId, standardId, ...cell };
      }),
    );
    return cells;
  }
  const overrides = new Map(readActiveOverrides(writer, mastery.classId).map((o) => [cellKey(o.learnerId, o.standardId), o]));
  const cells = new Map<string, GridCell>();
  for (const stored of readStoredMasteryLevels(writer, mastery.classId)) {
    const key = cellKey(stored.learnerId, stored.standardId);
    const o = overrides.get(key);
    const overrideHolds = o !== undefined && stored.level === o.level && (stored.lastObservedOn === null || stored.lastObservedOn <= o.overriddenOn);
    cells.set(key, {
      level: stored.level,
      mastered: stored.mastered,
      evidenceCount: stored.evidenceCount,
      lastObservedOn: stored.lastObservedOn,
      awaitingFeedback: stored.awaitingFeedback,
      override: overrideHolds ? { level: o.level, reason: o.reason, overriddenOn: o.overriddenOn } : null,
    });
  }
  return cells;
}

/** The grid: now (stored levels), as of a past date, or under another method ("what if"). */
export function masteryGrid(
  writer: GradebookWriter,
  classId: string,
  options: { asOf?: string | null | undefined; method?: MasteryMethodInput | undefined } = {},
): MasteryGrid {
  const mastery = loadClassMastery(writer, classId);
  const live = !options.asOf && !options.method;
  const cells = live
    ? currentCells(writer, mastery)
    : computeClassCells(writer, mastery, { asOf: options.asOf ?? null, ...(options.method ? { method: options.method } : {}) });
  return assembleGrid(mastery, cells, options.asOf ?? null, options.method ?? mastery.method);
}

export function assembleGrid(mastery: ClassMastery, cells: Map<string, GridCell>, asOf: string | null, method: MasteryMethodInput): MasteryGrid {
  const groups = new Map<string, number[]>();
  mastery.columns.forEach((column, index) => {
    for (const ancestor of column.ancestors) groups.set(ancestor.id, [...(groups.get(ancestor.id) ?? []), index]);
  });
  return {
    classId: mastery.classId,
    asOf,
    method,
    methodLabel: describeMethod(method),
    rollupMethod: mastery.rollupMethod,
    scale: mastery.scale,
    columns: mastery.columns,
    rows: mastery.learners.map((learner) => {
      const rowCells = mastery.columns.map((column) => cells.get(cellKey(learner.learnerId, column.standardId)) ?? emptyCell);
      const rollups: Record<string, number | null> = {};
      for (const [groupId, indexes] of groups) {
        rollups[groupId] = rollUp(indexes.map((i) => rowCells[i]?.level ?? null), mastery.rollupMethod);
      }
      return { ...learner, cells: rowCells, rollups };
    }),
  };
}

/** What switching the class to another method would change, before the teacher commits to it. */
export function previewMethod(writer: GradebookWriter, classId: string, method: MasteryMethodInput): MasteryPreview {
  const mastery = loadClassMastery(writer, classId);
  const before = currentCells(writer, mastery);
  const after = computeClassCells(writer as GradebookReader, mastery, { method });
  const changes: MasteryPreview['changes'] = [];
  let masteredBefore = 0;
  let masteredAfter = 0;
  for (const [key, cell] of before) {
    const next = after.get(key) ?? emptyCell;
    if (cell.mastered) masteredBefore++;
    if (next.mastered) masteredAfter++;
    if (cell.level !== next.level) {
      const [learnerId = '', standardId = ''] = key.split('|');
      changes.push({ learnerId, standardId, before: cell.level, after: next.level });
    }
  }
  return { method, methodLabel: describeMethod(method), masteredBefore, masteredAfter, changes };
}
