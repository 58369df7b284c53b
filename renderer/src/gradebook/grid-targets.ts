import type { MasteryGrid, Scale } from '../../../preload/contract/index.js';
import { learnerName } from '../format/learner-name.js';
import type { EntryValue } from './grid-store.js';
import type { DisplayColumn } from './grid-columns.js';
import type { CellPosition } from './grid-navigation.js';
import { scaleOfColumn, type GridScales } from './grid-scales.js';
import type { HistoryTarget } from './history-panel.js';
import { parseLevel } from './level-scale.js';
import { parsePastedText, planPaste } from './paste-plan.js';

/** The grid as the teacher sees it now: its rows in their order, the columns the filters leave. */
export type GridView = {
  classId: string;
  rows: readonly MasteryGrid['rows'][number][];
  columns: readonly DisplayColumn[];
  scales: GridScales;
};

/** A standard's cell, with what its history and an entry need (its own scale among them). */
export type CellTarget = HistoryTarget & { scale: Scale };

/** The cell at a position, or null where there is none to enter or explain (a roll-up column, past the end). */
export function cellTarget(view: GridView, at: CellPosition): CellTarget | null {
  const row = view.rows[at.row];
  const column = view.columns[at.col];
  if (!row || column?.kind !== 'standard') return null;
  const { scale } = scaleOfColumn(view.scales, column);
  return { classId: view.classId, learnerId: row.learnerId, standardId: column.standardId, learner: learnerName(row).display, code: column.code, statement: column.statement, scale };
}

/**
 * Pasted text (rows of tab-separated levels, as a spreadsheet copies them) as the levels it enters from
 * the active cell, each read on its own column's scale; or the sentence that says why it cannot go in.
 */
export function pastedLevels(view: GridView, text: string, at: CellPosition): { ok: true; values: EntryValue[] } | { ok: false; message: string } {
  const plan = planPaste(parsePastedText(text), at, {
    rowNames: view.rows.map((row) => learnerName(row).display),
    columns: view.columns.map((column) => ({ label: column.kind === 'standard' ? column.code : `roll-up ${column.group.code ?? ''}`, editable: column.kind === 'standard' })),
    parse: (value, col) => {
      const column = view.columns[col];
      return parseLevel(value, column ? scaleOfColumn(view.scales, column).scale : view.scales.classScale.scale);
    },
  });
  if (!plan.ok) return plan;
  const values = plan.cells.flatMap((cell) => {
    const found = cellTarget(view, cell);
    return found ? [{ learnerId: found.learnerId, standardId: found.standardId, level: cell.level }] : [];
  });
  return { ok: true, values };
}
