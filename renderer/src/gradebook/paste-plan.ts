import type { LevelParse } from './level-scale.js';
import { formatCount } from '../format/numbers.js';

/**
 * Text copied from a spreadsheet: one line per row, cells separated by tabs. The line break after the
 * last row (spreadsheets always add one) is not a row.
 */
export function parsePastedText(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

export type PasteContext = {
  /** Display names of the rows on screen, in order. */
  rowNames: readonly string[];
  /** The columns on screen, in order: a heading for messages, and whether evidence can go there. */
  columns: readonly { label: string; editable: boolean }[];
  /** A typed level read against the scale of the column (index into `columns`) it lands in. */
  parse: (text: string, col: number) => LevelParse;
};

export type PasteCell = { row: number; col: number; level: number };
export type PastePlan = { ok: true; cells: PasteCell[] } | { ok: false; message: string };

/**
 * Where each pasted value goes, starting at the active cell, or why the paste cannot be recorded: a
 * paste is all or nothing, so one bad value stops it and the message names the learner and the value.
 * Blank values are skipped (a gap in a column is not a level).
 */
export function planPaste(values: string[][], start: { row: number; col: number }, context: PasteContext): PastePlan {
  const width = Math.max(0, ...values.map((row) => row.length));
  const rowsLeft = context.rowNames.length - start.row;
  const firstName = context.rowNames[start.row] ?? 'the active row';
  if (values.length > rowsLeft) {
    return {
      ok: false,
      message: `The clipboard holds ${formatCount(values.length)} rows, but there are only ${formatCount(rowsLeft)} learners from ${firstName} down. Nothing was recorded.`,
    };
  }
  if (start.col + width > context.columns.length) {
    return { ok: false, message: `The clipboard holds ${width} columns, more than there are from the active column to the right. Nothing was recorded.` };
  }
  const cells: PasteCell[] = [];
  for (const [r, line] of values.entries()) {
    for (const [c, text] of line.entries()) {
      if (text.trim() === '') continue;
      const row = start.row + r;
      const col = start.col + c;
      const column = context.columns[col];
      const where = `Row ${r + 1} (${context.rowNames[row] ?? '?'}${column ? `, ${column.label}` : ''})`;
      if (!column?.editable) return { ok: false, message: `${where}: ${column?.label ?? 'that column'} is computed, not recorded. Nothing was recorded.` };
      const parsed = context.parse(text, col);
      if (!parsed.ok) return { ok: false, message: `${where}: ${parsed.message} Nothing was recorded.` };
      if (parsed.level !== null) cells.push({ row, col, level: parsed.level });
    }
  }
  if (cells.length === 0) return { ok: false, message: 'The clipboard holds no levels to record.' };
  return { ok: true, cells };
}
