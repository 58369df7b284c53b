import type { FrameworkCsvOptions } from '../case/read-opensalt-csv.js';
import { titleFromFileName } from '../case/read-opensalt-csv.js';
import { readCsvTable } from '../csv-table.js';
import type { FrameworkPackage } from '../framework-package.js';
import { assembleStandards, type TreeItem } from '../framework-tree.js';
import { normalizeGradeLevels } from '../grade-levels.js';
import { createIssueLog, finishImport, type ImportResult } from '../import-issue.js';
import { stableId } from '../stable-id.js';
import { normalizeStandardType } from '../standard-type.js';
import { standardsCsvColumns } from './standards-csv-columns.js';

/**
 * Reads our standards CSV (see standards-csv-columns.ts). A standard's identifier is its code, so a
 * re-import of an edited file updates the standards it created; the framework's identifier derives
 * from its title unless given.
 */
export function readStandardsCsv(text: string, file: string, options: FrameworkCsvOptions = {}): ImportResult<FrameworkPackage> {
  const log = createIssueLog();
  const { table, issues } = readCsvTable(text, { file, columns: standardsCsvColumns, headerMatch: 'loose' });
  log.add(issues);
  if (!table) return { ok: false, issues: log.list() };
  if (table.rows.length === 0) {
    // an import of nothing would create an empty framework the teacher then has to find and delete
    log.error({ file, expected: `a row per standard below the header (${standardsCsvColumns.map((column) => column.name).join(',')})`, problem: 'the file has no standards, only its header' });
    return { ok: false, issues: log.list() };
  }

  const title = options.title ?? titleFromFileName(file);
  const rowOfCode = new Map<string, number>();
  const items: TreeItem[] = [];
  const parentRows: { item: TreeItem; row: number }[] = [];

  table.rows.forEach(({ row, values }, index) => {
    const code = values['code'] ?? '';
    const statement = values['statement'] ?? '';
    if (code === '') {
      log.error({ file, row, column: 'code', expected: 'a code like 5.NF.A.1 that no other row uses', problem: 'the code is empty' });
      return;
    }
    if (statement === '') {
      log.error({ file, row, column: 'statement', value: code, expected: 'the text of the standard', problem: `the statement of ${code} is empty` });
      return;
    }
    const earlier = rowOfCode.get(code);
    if (earlier !== undefined) {
      log.error({ file, row, column: 'code', value: code, expected: 'each code once', problem: `row ${earlier} already uses this code` });
      return;
    }
    rowOfCode.set(code, row);
    const { levels, unrecognized } = normalizeGradeLevels(values['grade'] ?? '');
    for (const grade of unrecognized) {
      log.warning({ file, row, column: 'grade', value: grade, expected: 'a grade like K, 5 or 9-12', problem: 'the grade is not one Proficio knows and is kept as written' });
    }
    const parentCode = values['parent code'] ?? '';
    const item: TreeItem = {
      identifier: code,
      code,
      statement,
      abbreviated: null,
      type: normalizeStandardType(values['type']),
      gradeLevels: levels,
      parent: parentCode === '' ? null : parentCode,
      // the teacher's row order is the intended order among siblings
      sequence: index,
      listEnumeration: null,
      index,
    };
    items.push(item);
    if (parentCode !== '') parentRows.push({ item, row });
  });

  for (const { item, row } of parentRows) {
    if (item.parent && !rowOfCode.has(item.parent)) {
      log.error({
        file,
        row,
        column: 'parent code',
        value: item.parent,
        expected: 'the code of another row in this file, or nothing for a top-level standard',
        problem: `the parent code of ${item.code ?? ''} is not a code in this file`,
      });
    }
  }

  return finishImport(log, () => ({
    source: 'standards-csv',
    document: { identifier: options.identifier ?? stableId('standards-csv', title), title, creator: '' },
    standards: assembleStandards(items, {
      file,
      log,
      locate: (identifier) => {
        const row = rowOfCode.get(identifier);
        return row === undefined ? {} : { row, column: 'parent code' };
      },
      parentLinkName: 'parent code',
    }),
    prerequisites: [],
    otherAssociations: [],
  }));
}
