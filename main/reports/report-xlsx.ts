import type ExcelJS from 'exceljs';
import type { Cell, ReportSection } from './domain/sections.js';

/**
 * A report as an XLSX workbook, written by exceljs: one sheet per section, the header row bold and
 * frozen, level cells filled with their scale's colour (white text on a dark fill, so it stays
 * legible). exceljs writes only asynchronously, so this answers with a promise; the sections are
 * plain data read beforehand, so nothing here touches the gradebook.
 */
export async function reportXlsx(sections: readonly ReportSection[], levelColours: ReadonlyMap<number, string> = new Map()): Promise<Uint8Array> {
  // loaded on the first XLSX export, not when the gradebook worker starts (about half a second of every start)
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Proficio';
  const names = sheetNames(sections.map((section) => section.title));
  for (const [i, section] of sections.entries()) addSheet(workbook, names[i] ?? `Sheet ${i + 1}`, section, levelColours);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, name: string, section: ReportSection, levelColours: ReadonlyMap<number, string>): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  sheet.columns = section.columns.map((column, c) => ({ width: columnWidth(column, section.rows, c) }));
  const header = sheet.addRow(section.columns);
  header.font = { bold: true };
  for (const values of section.rows) {
    // a null cell stays empty rather than holding an empty string
    const row = sheet.addRow(values.map((value) => value ?? undefined));
    if (section.levelColumn === undefined) continue;
    const level = values[section.levelColumn];
    const colour = typeof level === 'number' ? levelColours.get(level) : undefined;
    if (colour !== undefined) paintLevel(row.getCell(section.levelColumn + 1), colour);
  }
}

function paintLevel(cell: ExcelJS.Cell, colour: string): void {
  const rgb = colour.replace('#', '').toUpperCase();
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } };
  if (isDark(rgb)) cell.font = { color: { argb: 'FFFFFFFF' } };
}

/** Wide enough for the header and the longest of the first 500 values, never wider than 60 characters. */
function columnWidth(column: string, rows: readonly Cell[][], index: number): number {
  return Math.min(60, Math.max(column.length, ...rows.slice(0, 500).map((row) => String(row[index] ?? '').length)) + 2);
}

/** Sheet names as Excel allows them: at most 31 characters, none of []:*?/\, unique regardless of case. */
function sheetNames(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 28)} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** Relative luminance below one half: white text reads better than black on it. */
function isDark(hex: string): boolean {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) < 0.5;
}
