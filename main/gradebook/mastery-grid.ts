import type { GradebookReader, GradebookWriter } from '../../db/handle.js';
import { listScales } from '../../db/scales.js';
import { readClassIds } from '../../db/classes.js';
import { iterateStoredLevels, iterateStoredLevelTuples, iterateStoredLevelTuplesOf, readMasteryState, replaceStoredMastery } from '../../db/mastery-levels.js';
import { readActiveOverrides, type OverrideRow } from '../../db/mastery-overrides.js';
import type { GridCell, GridRowCells, MasteryGrid, MasteryMethodInput, MasteryPreview } from '../../preload/contract/index.js';
import { describeMethod } from './domain/mastery.js';
import { cellKey, overrideHolds } from '../../preload/contract/shared.js';
import { computeCell, computeClassCells, forEachEvidenceCell, loadClassMastery, scaleOf, type ClassMastery } from './class-mastery.js';
import { unwatchedWork, type MasteryWork } from './mastery-progress.js';
import { firstLearners } from './first-learners.js';
import { groupColumns, rowRollups } from './row-rollups.js';

/** Whether the class's stored levels were computed with its current settings (method, scales, tracked standards). */
function storedLevelsCurrent(reader: GradebookReader, mastery: ClassMastery): boolean {
  return readMasteryState(reader, mastery.classId) === mastery.settingsKey;
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

/**
 * The grid: now (stored levels), as of a past date, or under another method ("what if"). `work` hears
 * how far a big class has got and may stop it (the teacher cancelled). `firstLearners` (now only): a
 * class with more learners sends just its first ones in class-list order, and says how many it left
 * out (`moreLearners`), so the window shows the first screen at once and reads the rest after.
 */
export function masteryGrid(
  reader: GradebookReader,
  classId: string,
  options: { asOf?: string | null | undefined; method?: MasteryMethodInput | undefined; firstLearners?: number | undefined } = {},
  work: MasteryWork = unwatchedWork,
): MasteryGrid {
  const whole = loadClassMastery(reader, classId);
  if (!options.asOf && !options.method) {
    const first = options.firstLearners !== undefined && whole.learners.length > options.firstLearners ? firstLearners(whole.learners, options.firstLearners) : null;
    // the settings key stays the whole class's: the stored levels are current or not for all of it
    const mastery = first ? { ...whole, learners: first } : whole;
    // the common read: stored levels that are current go straight into the rows' arrays
    const rows = storedLevelsCurrent(reader, mastery)
      ? storedRowCells(reader, mastery, work, first !== null)
      : encodeRows(mastery, computeClassCells(reader, mastery, { work }));
    const grid = assembleGrid(mastery, rows, null, mastery.method);
    return first ? { ...grid, moreLearners: whole.learners.length - first.length } : grid;
  }
  const mastery = whole;
  const cells = computeClassCells(reader, mastery, { asOf: options.asOf ?? null, ...(options.method ? { method: options.method } : {}), work });
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

/** Stored rows between two progress reports / cancel checks: a few hundred reports for a big class. */
const rowsPerStep = 1024;

/**
 * Up-to-date stored levels straight into the rows' arrays: no object, no joined key per cell. The rows
 * arrive by learner (the table is clustered on class, learner, standard), so a learner is looked up
 * once per run of rows rather than once per cell. `someLearners`: `mastery.learners` is a class's first
 * screen, read learner by learner rather than the whole class.
 */
function storedRowCells(reader: GradebookReader, mastery: ClassMastery, work: MasteryWork, someLearners: boolean): GridRowCells[] {
  const rowIndex = new Map(mastery.learners.map((learner, index) => [learner.learnerId, index]));
  const columnIndex = new Map(mastery.columns.map((column, index) => [column.standardId, index]));
  const rows = mastery.learners.map(() => emptyRowCells(mastery.columns.length));
  const expected = mastery.learners.length * mastery.columns.length;
  let read = 0;
  let learner: string | null = null;
  let row: GridRowCells | undefined;
  work.step('reading', 0, expected);
  const tuples = someLearners
    ? iterateStoredLevelTuplesOf(reader, mastery.classId, mastery.learners.map((l) => l.learnerId))
    : iterateStoredLevelTuples(reader, mastery.classId);
  for (const [learnerId, standardId, level, evidenceCount, lastObservedOn, awaitingFeedback] of tuples) {
    if (++read % rowsPerStep === 0) work.step('reading', read, expected);
    if (learnerId !== learner) {
      learner = learnerId;
      row = rows[rowIndex.get(learnerId) ?? -1];
    }
    const c = columnIndex.get(standardId);
    // levels of learners who left or standards no longer tracked stay stored but are not shown
    if (!row || c === undefined) continue;
    row.level[c] = level;
    row.evidenceCount[c] = evidenceCount;
    row.lastObservedOn[c] = lastObservedOn;
    row.awaitingFeedback[c] = awaitingFeedback;
  }
  work.step('reading', expected, expected);
  for (const o of readActiveOverrides(reader, mastery.classId)) {
    const overridden = rows[rowIndex.get(o.learnerId) ?? -1];
    const c = columnIndex.get(o.standardId);
    if (!overridden || c === undefined) continue;
    // the stored level is the override's only while no newer evidence has arrived (computeCell decides)
    if (overridden.level[c] === o.level && overrideHolds(o, overridden.lastObservedOn[c] ?? null)) {
      overridden.overrides[c] = { level: o.level, reason: o.reason, overriddenOn: o.overriddenOn };
    }
  }
  return rows;
}

/**
 * A class's levels in one flat array, learner-major (`row * columns + column`), NaN where there is no
 * level: the preview compares 200,000 cells, and numbers in a typed array cost no object each.
 */
type LevelTable = { levels: Float64Array; columns: number };

function emptyLevelTable(mastery: ClassMastery): LevelTable {
  return { levels: new Float64Array(mastery.learners.length * mastery.columns.length).fill(Number.NaN), columns: mastery.columns.length };
}

/** The class's levels as the grid shows them now: the stored ones when current, else computed. */
function currentLevelTable(reader: GradebookReader, mastery: ClassMastery, at: CellIndex, work: MasteryWork): LevelTable {
  const table = emptyLevelTable(mastery);
  if (!storedLevelsCurrent(reader, mastery)) {
    for (const [key, cell] of computeClassCells(reader, mastery, { work })) {
      const [learnerId = '', standardId = ''] = key.split('|');
      const i = at(learnerId, standardId);
      if (i !== null && cell.level !== null) table.levels[i] = cell.level;
    }
    return table;
  }
  for (const [learnerId, standardId, level] of iterateStoredLevels(reader, mastery.classId)) {
    const i = at(learnerId, standardId);
    if (i !== null && level !== null) table.levels[i] = level;
  }
  return table;
}

type CellIndex = (learnerId: string, standardId: string) => number | null;

function cellIndex(mastery: ClassMastery): CellIndex {
  const rowIndex = new Map(mastery.learners.map((learner, index) => [learner.learnerId, index]));
  const columnIndex = new Map(mastery.columns.map((column, index) => [column.standardId, index]));
  const columns = mastery.columns.length;
  return (learnerId, standardId) => {
    const r = rowIndex.get(learnerId);
    const c = columnIndex.get(standardId);
    return r === undefined || c === undefined ? null : r * columns + c;
  };
}

/**
 * What switching the class to another method would change, before the teacher commits to it: every
 * cell's level under `method` (streamed from the evidence, one cell at a time) against the level shown
 * now. `work` hears how far it has got and may stop it.
 */
export function previewMethod(reader: GradebookReader, classId: string, method: MasteryMethodInput, work: MasteryWork = unwatchedWork): MasteryPreview {
  const mastery = loadClassMastery(reader, classId);
  const at = cellIndex(mastery);
  const before = currentLevelTable(reader, mastery, at, work);
  const after = emptyLevelTable(mastery);
  const overrides = new Map<number, OverrideRow>();
  for (const o of readActiveOverrides(reader, classId)) {
    const i = at(o.learnerId, o.standardId);
    if (i !== null) overrides.set(i, o);
  }
  forEachEvidenceCell(reader, mastery, { work, progressAs: 'previewing' }, (learnerId, standardId, evidence) => {
    const i = at(learnerId, standardId);
    if (i === null) return;
    const level = computeCell(evidence, method, scaleOf(mastery, standardId).range, overrides.get(i)).cell.level;
    after.levels[i] = level ?? Number.NaN;
    overrides.delete(i);
  });
  // an override on a cell without evidence decides it under any method
  for (const [i, o] of overrides) after.levels[i] = o.level;

  const changes: MasteryPreview['changes'] = [];
  let masteredBefore = 0;
  let masteredAfter = 0;
  mastery.learners.forEach((learner, r) => {
    mastery.columns.forEach((column, c) => {
      const i = r * before.columns + c;
      const was = before.levels[i] ?? Number.NaN;
      const will = after.levels[i] ?? Number.NaN;
      const threshold = scaleOf(mastery, column.standardId).range.masteryThreshold;
      if (was >= threshold) masteredBefore++;
      if (will >= threshold) masteredAfter++;
      if (was !== will && !(Number.isNaN(was) && Number.isNaN(will))) {
        changes.push({ learnerId: learner.learnerId, standardId: column.standardId, before: levelOrNull(was), after: levelOrNull(will) });
      }
    });
  });
  return { method, methodLabel: describeMethod(method), masteredBefore, masteredAfter, changes };
}

const levelOrNull = (level: number): number | null => (Number.isNaN(level) ? null : level);
