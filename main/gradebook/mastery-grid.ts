import type { GradebookReader, GradebookWriter } from '../../db/handle.js';
import { listScales } from '../../db/scales.js';
import { readClassIds } from '../../db/classes.js';
import { readMasteryState, readStoredLevelTuples, readStoredMasteryLevels, replaceStoredMastery } from '../../db/mastery-levels.js';
import { readActiveOverrides } from '../../db/mastery-overrides.js';
import type { GridCell, GridRowCells, MasteryGrid, MasteryMethodInput, MasteryPreview } from '../../preload/contract/index.js';
import { describeMethod } from './domain/mastery.js';
import { cellKey, overrideHolds } from '../../preload/contract/shared.js';
import { computeClassCells, loadClassMastery, type ClassMastery } from './class-mastery.js';
import { groupColumns, rowRollups } from './row-rollups.js';

const emptyCell: GridCell = { level: null, mastered: false, evidenceCount: 0, lastObservedOn: null, awaitingFeedback: 0, override: null };

/** Whether the class's stored levels were computed with its current settings (method, scales, tracked standards). */
function storedLevelsCurrent(reader: GradebookReader, mastery: ClassMastery): boolean {
  return readMasteryState(reader, mastery.classId) === mastery.settingsKey;
}

/**
 * The class's current levels: from `mastery_levels` when they are current, otherwise computed now.
 * A read never stores: every write that can make the stored levels stale brings them up to date
 * (`keepStoredLevelsCurrent`), so computing here happens only on a file a reader may not change.
 */
export function currentCells(reader: GradebookReader, mastery: ClassMastery): Map<string, GridCell> {
  if (!storedLevelsCurrent(reader, mastery)) return computeClassCells(reader, mastery);
  const overrides = new Map(readActiveOverrides(reader, mastery.classId).map((o) => [cellKey(o.learnerId, o.standardId), o]));
  const cells = new Map<string, GridCell>();
  for (const stored of readStoredMasteryLevels(reader, mastery.classId)) {
    const key = cellKey(stored.learnerId, stored.standardId);
    const o = overrides.get(key);
    const decides = o !== undefined && stored.level === o.level && overrideHolds(o, stored.lastObservedOn);
    cells.set(key, {
      level: stored.level,
      mastered: stored.mastered,
      evidenceCount: stored.evidenceCount,
      lastObservedOn: stored.lastObservedOn,
      awaitingFeedback: stored.awaitingFeedback,
      override: decides ? { level: o.level, reason: o.reason, overriddenOn: o.overriddenOn } : null,
    });
  }
  return cells;
}

/** Recomputes the whole class and stores its levels with the settings they were computed under. */
export function storeClassLevels(writer: GradebookWriter, mastery: ClassMastery, at?: string): Map<string, GridCell> {
  const cells = computeClassCells(writer, mastery);
  replaceStoredMastery(
    writer,
    mastery.classId,
    mastery.settingsKey,
    [...cells].map(([key, cell]) => {
      const [learnerId = '', standardId = ''] = key.split('|');
      return { learnerId, standardId, ...cell };
    }),
    at,
  );
  return cells;
}

/**
 * After a write that can change how a class's levels are computed (its method, a scale, its tracked
 * standards, its roster, an import) or a migration: recompute and store the class's levels if they are
 * stale, so that every read finds them current. `classIds` null: every class. `at` is for the demo,
 * which dates everything by its own clock.
 */
export function keepStoredLevelsCurrent(writer: GradebookWriter, classIds: readonly string[] | null, at?: string): void {
  // a gradebook made outside the app (a test, a script) may have no scale yet: no level can exist
  if (listScales(writer).length === 0) return;
  for (const classId of classIds ?? readClassIds(writer)) {
    const mastery = loadClassMastery(writer, classId);
    if (!storedLevelsCurrent(writer, mastery)) writer.transaction(() => storeClassLevels(writer, mastery, at));
  }
}

/** The grid: now (stored levels), as of a past date, or under another method ("what if"). */
export function masteryGrid(
  reader: GradebookReader,
  classId: string,
  options: { asOf?: string | null | undefined; method?: MasteryMethodInput | undefined } = {},
): MasteryGrid {
  const mastery = loadClassMastery(reader, classId);
  if (!options.asOf && !options.method) {
    // the common read: stored levels that are current go straight into the rows' arrays
    const rows = storedLevelsCurrent(reader, mastery) ? storedRowCells(reader, mastery) : encodeRows(mastery, computeClassCells(reader, mastery));
    return assembleGrid(mastery, rows, null, mastery.method);
  }
  const cells = computeClassCells(reader, mastery, { asOf: options.asOf ?? null, ...(options.method ? { method: options.method } : {}) });
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
    if (row.level[c] === o.level && overrideHolds(o, row.lastObservedOn[c] ?? null)) {
      row.overrides[c] = { level: o.level, reason: o.reason, overriddenOn: o.overriddenOn };
    }
  }
  return rows;
}

/** What switching the class to another method would change, before the teacher commits to it. */
export function previewMethod(reader: GradebookReader, classId: string, method: MasteryMethodInput): MasteryPreview {
  const mastery = loadClassMastery(reader, classId);
  const before = currentCells(reader, mastery);
  const after = computeClassCells(reader, mastery, { method });
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
