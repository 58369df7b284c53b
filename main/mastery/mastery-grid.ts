import type { GradebookReader, GradebookWriter } from '../../db/handle.js';
import { readActiveOverrides, readMasteryState, readStoredLevelTuples, readStoredMasteryLevels, replaceStoredMastery } from '../../db/mastery.js';
import type { GridCell, GridRowCells, MasteryGrid, MasteryMethodInput, MasteryPreview } from '../../preload/contract/index.js';
import { describeMethod } from '../domain/mastery.js';
import { cellKey, computeClassCells, loadClassMastery, type ClassMastery } from './class-mastery.js';
import { groupColumns, rowRollups } from './row-rollups.js';

const emptyCell: GridCell = { level: null, mastered: false, evidenceCount: 0, lastObservedOn: null, awaitingFeedback: 0, override: null };

/**
 * The class's current levels: from `mastery_levels` when they were computed with today's settings,
 * otherwise recomputed for the whole class once and stored (after a method change or an import).
 */
export function currentCells(writer: GradebookWriter, mastery: ClassMastery): Map<string, GridCell> {
  if (readMasteryState(writer, mastery.classId) !== mastery.settingsKey) return recomputeAndStore(writer, mastery);
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

function recomputeAndStore(writer: GradebookWriter, mastery: ClassMastery): Map<string, GridCell> {
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

/** The grid: now (stored levels), as of a past date, or under another method ("what if"). */
export function masteryGrid(
  writer: GradebookWriter,
  classId: string,
  options: { asOf?: string | null | undefined; method?: MasteryMethodInput | undefined } = {},
): MasteryGrid {
  const mastery = loadClassMastery(writer, classId);
  if (!options.asOf && !options.method) {
    // the common read: stored levels that are up to date go straight into the rows' arrays
    const fresh = readMasteryState(writer, classId) === mastery.settingsKey;
    return assembleGrid(mastery, fresh ? storedRowCells(writer, mastery) : encodeRows(mastery, recomputeAndStore(writer, mastery)), null, mastery.method);
  }
  const cells = computeClassCells(writer, mastery, { asOf: options.asOf ?? null, ...(options.method ? { method: options.method } : {}) });
  return assembleGrid(mastery, encodeRows(mastery, cells), options.asOf ?? null, options.method ?? mastery.method);
}

/** The grid from each learner's cells (aligned with `mastery.learners`), with the roll-ups. */
function assembleGrid(mastery: ClassMastery, rowCells: readonly GridRowCells[], asOf: string | null, method: MasteryMethodInput): MasteryGrid {
  const groups = groupColumns(mastery.columns);
  return {
    classId: mastery.classId,
    asOf,
    method,
    methodLabel: describeMethod(method),
    rollupMethod: mastery.rollupMethod,
    scale: mastery.scale,
    scales: mastery.scales,
    columns: mastery.columns,
    groups: [...groups.keys()],
    rows: mastery.learners.map((learner, index) => {
      const cells = rowCells[index] ?? emptyRowCells(mastery.columns.length);
      return { ...learner, cells, rollups: rowRollups(groups, cells.level, mastery.rollupMethod) };
    }),
  };
}

function emptyRowCells(columns: number): GridRowCells {
  return {
    level: new Array<number | null>(columns).fill(null),
    evidenceCount: new Array<number>(columns).fill(0),
    lastObservedOn: new Array<string | null>(columns).fill(null),
    awaitingFeedback: new Array<number>(columns).fill(0),
    overrides: {},
  };
}

/** Computed cells as the parallel arrays the grid is sent in (GridRowCells says why). */
function encodeRows(mastery: ClassMastery, cells: Map<string, GridCell>): GridRowCells[] {
  return mastery.learners.map((learner) => {
    const row = emptyRowCells(mastery.columns.length);
    mastery.columns.forEach((column, index) => {
      const cell = cells.get(cellKey(learner.learnerId, column.standardId));
      if (!cell) return;
      row.level[index] = cell.level;
      row.evidenceCount[index] = cell.evidenceCount;
      row.lastObservedOn[index] = cell.lastObservedOn;
      row.awaitingFeedback[index] = cell.awaitingFeedback;
      if (cell.override) row.overrides[index] = cell.override;
    });
    return row;
  });
}

/** Up-to-date stored levels straight into the rows' arrays: no object, no joined key per cell. */
function storedRowCells(reader: GradebookReader, mastery: ClassMastery): GridRowCells[] {
  const rowIndex = new Map(mastery.learners.map((learner, index) => [learner.learnerId, index]));
  const columnIndex = new Map(mastery.columns.map((column, index) => [column.standardId, index]));
  const rows = mastery.learners.map(() => emptyRowCells(mastery.columns.length));
  for (const [learnerId, standardId, level, evidenceCount, lastObservedOn, awaitingFeedback] of readStoredLevelTuples(reader, mastery.classId)) {
    const row = rows[rowIndex.get(learnerId) ?? -1];
    const c = columnIndex.get(standardId);
    // levels of learners who left or standards no longer tracked stay stored but are not shown
    if (!row || c === undefined) continue;
    row.level[c] = level;
    row.evidenceCount[c] = evidenceCount;
    row.lastObservedOn[c] = lastObservedOn;
    row.awaitingFeedback[c] = awaitingFeedback;
  }
  for (const o of readActiveOverrides(reader, mastery.classId)) {
    const row = rows[rowIndex.get(o.learnerId) ?? -1];
    const c = columnIndex.get(o.standardId);
    if (!row || c === undefined) continue;
    // the stored level is the override's only while no newer evidence has arrived (computeCell decides)
    const last = row.lastObservedOn[c] ?? null;
    if (row.level[c] === o.level && (last === null || last <= o.overriddenOn)) {
      row.overrides[c] = { level: o.level, reason: o.reason, overriddenOn: o.overriddenOn };
    }
  }
  return rows;
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
