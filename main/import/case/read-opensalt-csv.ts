import { readCsvTable, type CsvColumn } from '../csv-table.js';
import type { FrameworkPackage } from '../framework-package.js';
import { assembleStandards, type TreeItem } from '../framework-tree.js';
import { normalizeGradeLevels } from '../grade-levels.js';
import { createIssueLog, finishImport, type ImportResult } from '../import-issue.js';
import { stableId } from '../stable-id.js';
import { normalizeStandardType } from '../standard-type.js';
import { normalizeTimestamp } from './json-fields.js';

/** OpenSALT's spreadsheet import: CASE field names, hierarchy as a dotted `smartLevel` path (3.6.2.1). */
export const openSaltCsvColumns = [
  { name: 'identifier', required: false },
  { name: 'fullStatement', required: true },
  { name: 'humanCodingScheme', required: false },
  { name: 'smartLevel', required: true },
  { name: 'listEnumeration', required: false },
  { name: 'abbreviatedStatement', required: false },
  { name: 'conceptKeywords', required: false },
  { name: 'notes', required: false },
  { name: 'language', required: false },
  { name: 'educationLevel', required: false },
  { name: 'CFItemType', required: false },
  { name: 'license', required: false },
  { name: 'lastChangeDateTime', required: false },
] as const satisfies readonly CsvColumn[];

export type FrameworkCsvOptions = {
  /** The framework's title; the CSV has no document row. Defaults to the file name without extension. */
  title?: string;
  /** The framework's identifier; defaults to one derived from the title, stable across re-imports. */
  identifier?: string;
};

export function titleFromFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '') || base;
}

export function readOpenSaltCsv(text: string, file: string, options: FrameworkCsvOptions = {}): ImportResult<FrameworkPackage> {
  const log = createIssueLog();
  const { table, issues } = readCsvTable(text, { file, columns: openSaltCsvColumns, headerMatch: 'strict' });
  log.add(issues);
  if (!table) return { ok: false, issues: log.list() };

  const title = options.title ?? titleFromFileName(file);
  const documentIdentifier = options.identifier ?? stableId('opensalt-csv', title);
  const bySmartLevel = new Map<string, { identifier: string; row: number }>();
  const identifiers = new Map<string, number>();
  const rows = new Map<string, number>();
  const items: TreeItem[] = [];

  table.rows.forEach(({ row, values }, index) => {
    const smartLevel = values['smartLevel'] ?? '';
    const statement = values['fullStatement'] ?? '';
    if (!/^\d+(\.\d+)*$/.test(smartLevel)) {
      log.error({
        file,
        row,
        column: 'smartLevel',
        value: smartLevel,
        expected: 'a dotted position like 3.6.2.1',
        problem: smartLevel === '' ? 'the row has no smartLevel, so its place in the framework is unknown' : 'the smartLevel is not a dotted position',
      });
      return;
    }
    if (statement === '') {
      log.error({ file, row, column: 'fullStatement', expected: 'the text of the standard', problem: 'the statement is empty' });
      return;
    }
    const earlierLevel = bySmartLevel.get(smartLevel);
    if (earlierLevel) {
      log.error({
        file,
        row,
        column: 'smartLevel',
        value: smartLevel,
        expected: 'each smartLevel once',
        problem: `row ${earlierLevel.row} already has this smartLevel`,
      });
      return;
    }
    const identifier = values['identifier'] || stableId(documentIdentifier, smartLevel);
    const earlierRow = identifiers.get(identifier);
    if (earlierRow !== undefined) {
      log.error({
        file,
        row,
        column: 'identifier',
        value: identifier,
        expected: 'each identifier once',
        problem: `row ${earlierRow} already has this identifier`,
      });
      return;
    }
    identifiers.set(identifier, row);
    bySmartLevel.set(smartLevel, { identifier, row });
    rows.set(identifier, row);

    const { levels, unrecognized } = normalizeGradeLevels(values['educationLevel'] ?? '');
    for (const code of unrecognized) {
      log.repeatedWarning(`grade:${code}`, {
        file,
        row,
        column: 'educationLevel',
        value: code,
        expected: 'grade codes: PK, KG, 01 … 13',
        problem: 'the grade level is not a known code and is kept as written',
      });
    }
    const segments = smartLevel.split('.');
    const item: TreeItem = {
      identifier,
      code: values['humanCodingScheme'] || null,
      statement,
      abbreviated: values['abbreviatedStatement'] || null,
      type: normalizeStandardType(values['CFItemType']),
      gradeLevels: levels,
      // resolved to an identifier below, once every row is known
      parent: segments.length === 1 ? null : segments.slice(0, -1).join('.'),
      sequence: Number(segments[segments.length - 1]),
      listEnumeration: values['listEnumeration'] || null,
      index,
    };
    const notes = values['notes'];
    if (notes) item.notes = notes;
    const lastChange = normalizeTimestamp(values['lastChangeDateTime'] ?? '');
    if (lastChange) item.lastChangeDateTime = lastChange;
    items.push(item);
  });

  for (const item of items) {
    if (item.parent === null || item.parent === undefined) continue;
    const parent = bySmartLevel.get(item.parent);
    if (!parent) {
      log.error({
        file,
        row: rows.get(item.identifier),
        column: 'smartLevel',
        value: `${item.parent}.${item.sequence ?? ''}`,
        expected: `a row with smartLevel ${item.parent} (its parent)`,
        problem: 'the parent of this row is not in the file',
      });
      item.parent = undefined;
    } else {
      item.parent = parent.identifier;
    }
  }

  return finishImport(log, () => ({
    source: 'case-csv',
    document: { identifier: documentIdentifier, title, creator: '' },
    standards: assembleStandards(items, {
      file,
      log,
      locate: (identifier) => {
        const row = rows.get(identifier);
        return row === undefined ? {} : { row, column: 'smartLevel' };
      },
      parentLinkName: 'smartLevel parent',
    }),
    prerequisites: [],
    otherAssociations: [],
  }));
}
