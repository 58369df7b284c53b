import type { GridCell, GridRow, GridRowCells } from '../../../preload/contract/index.js';

/**
 * The grid arrives with each row's cells as parallel arrays (GridRowCells); the screen reads one cell
 * at a time through these, so 200,000 cell objects are never built for the few hundred on screen.
 */
export function levelAt(row: GridRow, index: number): number | null {
  return row.cells.level[index] ?? null;
}

/** The cell at a column; `mastered` follows from the level and that column's mastery threshold. */
export function cellAt(row: GridRow, index: number, masteryThreshold: number): GridCell | null {
  const { cells } = row;
  if (index < 0 || index >= cells.level.length) return null;
  const level = cells.level[index] ?? null;
  return {
    level,
    mastered: level !== null && level >= masteryThreshold,
    evidenceCount: cells.evidenceCount[index] ?? 0,
    lastObservedOn: cells.lastObservedOn[index] ?? null,
    awaitingFeedback: cells.awaitingFeedback[index] ?? 0,
    override: cells.overrides[index] ?? null,
  };
}

/** A copy of a row's cells with one cell replaced; the original (still on screen) is left as it was. */
export function copyCells(cells: GridRowCells): GridRowCells {
  return {
    level: [...cells.level],
    evidenceCount: [...cells.evidenceCount],
    lastObservedOn: [...cells.lastObservedOn],
    awaitingFeedback: [...cells.awaitingFeedback],
    overrides: { ...cells.overrides },
  };
}

/** Writes one cell into cells the caller owns (a copy from `copyCells`). */
export function writeCell(cells: GridRowCells, index: number, cell: GridCell): void {
  cells.level[index] = cell.level;
  cells.evidenceCount[index] = cell.evidenceCount;
  cells.lastObservedOn[index] = cell.lastObservedOn;
  cells.awaitingFeedback[index] = cell.awaitingFeedback;
  if (cell.override) cells.overrides[index] = cell.override;
  else delete cells.overrides[index];
}

/** A row's cells from cell objects, for tests and fixtures. */
export function encodeCells(list: readonly GridCell[]): GridRowCells {
  const cells: GridRowCells = { level: [], evidenceCount: [], lastObservedOn: [], awaitingFeedback: [], overrides: {} };
  list.forEach((cell, index) => writeCell(cells, index, cell));
  return cells;
}
