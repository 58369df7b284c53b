import { strToU8, zipSync } from 'fflate';
import type { Cell, ReportSection } from './domain/sections.js';

/**
 * A report as an XLSX workbook: one sheet per section, the header row bold and frozen, level cells
 * filled with their scale's colour. Written directly as Office Open XML and zipped synchronously,
 * because a channel's handler answers synchronously inside the worker; exceljs (in the tests) and
 * Excel read it back.
 */
export function reportXlsx(sections: readonly ReportSection[], levelColours: ReadonlyMap<number, string> = new Map()): Uint8Array {
  const colours = [...new Set(levelColours.values())].map((c) => c.replace('#', '').toUpperCase());
  const styleOf = (value: Cell, isLevel: boolean): number => {
    if (!isLevel || typeof value !== 'number') return 0;
    const colour = levelColours.get(value);
    return colour === undefined ? 0 : 2 + colours.indexOf(colour.replace('#', '').toUpperCase());
  };
  const names = sheetNames(sections.map((s) => s.title));
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypes(sections.length)),
    '_rels/.rels': strToU8(
      `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${xmlHead}<workbook xmlns="${mainNs}" xmlns:r="${relNs}"><sheets>${names.map((name, i) => `<sheet name="${escape(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sections
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${relNs}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rId${sections.length + 1}" Type="${relNs}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(styles(colours)),
  };
  for (const [i, section] of sections.entries()) files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheet(section, styleOf));
  return zipSync(files, { level: 6 });
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function contentTypes(sheets: number): string {
  const overrides = Array.from(
    { length: sheets },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`;
}

/** Style 0: plain; 1: the bold header; 2…: a level's fill, with white text on a dark colour so it stays legible. */
function styles(colours: readonly string[]): string {
  const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>', ...colours.map((c) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${c}"/><bgColor indexed="64"/></patternFill></fill>`)];
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    ...colours.map((c, i) => `<xf numFmtId="0" fontId="${isDark(c) ? 2 : 0}" fillId="${i + 2}" borderId="0" xfId="0" applyFill="1" applyFont="1"/>`),
  ];
  return `${xmlHead}<styleSheet xmlns="${mainNs}"><fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font></fonts><fills count="${fills.length}">${fills.join('')}</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`;
}

function sheet(section: ReportSection, styleOf: (value: Cell, isLevel: boolean) => number): string {
  const widths = section.columns.map((column, c) => Math.min(60, Math.max(column.length, ...section.rows.slice(0, 500).map((row) => String(row[c] ?? '').length)) + 2));
  const cols = `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
  const header = `<row r="1">${section.columns.map((column, c) => cellXml(c, 1, column, 1)).join('')}</row>`;
  const body = section.rows.map((row, r) => `<row r="${r + 2}">${row.map((value, c) => cellXml(c, r + 2, value, styleOf(value, c === section.levelColumn))).join('')}</row>`).join('');
  const view = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `${xmlHead}<worksheet xmlns="${mainNs}" xmlns:r="${relNs}">${view}${cols}<sheetData>${header}${body}</sheetData></worksheet>`;
}

function cellXml(column: number, row: number, value: Cell, style: number): string {
  const ref = `${columnName(column)}${row}`;
  const s = style === 0 ? '' : ` s="${style}"`;
  if (value === null) return style === 0 ? '' : `<c r="${ref}"${s}/>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`;
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** XML text: the five entities, and control characters Excel refuses dropped. */
function escape(text: string): string {
  return [...text]
    .filter((ch) => ch >= ' ' || ch === '\t' || ch === '\n' || ch === '\r')
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Sheet names: at most 31 characters, none of []:*?/\, unique. */
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

function isDark(hex: string): boolean {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) < 0.5;
}
