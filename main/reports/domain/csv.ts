import type { Cell, ReportSection } from './sections.js';

/** Excel opens a UTF-8 CSV as UTF-8 only when it starts with a byte order mark. */
export const utf8Bom = '\uFEFF';

/**
 * A section as CSV (RFC 4180, CRLF, BOM). A text cell starting with = + - @ gets a leading apostrophe,
 * so a learner named "=HYPERLINK(…)" in a roster cannot become a formula in the coach's spreadsheet.
 */
export function sectionCsv(section: ReportSection): string {
  const lines = [section.columns, ...section.rows].map((row) => row.map(field).join(','));
  return `${utf8Bom}${lines.join('\r\n')}\r\n`;
}

function field(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return quote(text);
}

/** Rows as plain CSV for other systems to read (OneRoster): RFC 4180, CRLF, no BOM, values as they are. */
export function plainCsv(rows: readonly (readonly Cell[])[]): string {
  return `${rows.map((row) => row.map((value) => quote(value === null ? '' : String(value))).join(',')).join('\r\n')}\r\n`;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
