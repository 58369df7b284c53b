import { readCsvTable } from '../csv-table.js';
import { errorIssue, type ImportIssue, type ImportResult } from '../import-issue.js';

/** One "master `prerequisite` before `standard`" pair, by code as the file writes it, and where it was. */
export type MapPair = { prerequisite: string; standard: string; row?: number; column?: string };
export type PrerequisiteMap = { file: string; pairs: MapPair[] };

export const prerequisiteMapColumns = [
  { name: 'prerequisite', required: true },
  { name: 'standard', required: true },
] as const;

/** A CSV with the header `prerequisite,standard`: one code each, the first to be mastered before the second. */
export function readPrerequisiteMapCsv(text: string, file: string): ImportResult<PrerequisiteMap> {
  const { table, issues } = readCsvTable(text, { file, columns: prerequisiteMapColumns, headerMatch: 'loose' });
  if (!table) return { ok: false, issues };
  const pairs: MapPair[] = [];
  for (const { row, values } of table.rows) {
    const prerequisite = values['prerequisite'] ?? '';
    const standard = values['standard'] ?? '';
    const empty = prerequisite === '' ? 'prerequisite' : standard === '' ? 'standard' : null;
    if (empty) issues.push(errorIssue({ file, row, column: empty, expected: 'a standard’s code, such as 4.NF.A.1', problem: `the ${empty} is empty` }));
    else pairs.push({ prerequisite, standard, row });
  }
  return finish(file, pairs, issues);
}

/** The JSON extract of a coherence map: `{ "precedes": [["4.NF.A.1", "5.NF.A.1"], …] }`, prerequisite first. */
export function readPrerequisiteMapJson(text: string, file: string): ImportResult<PrerequisiteMap> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [errorIssue({ file, expected: 'a JSON prerequisite map', problem: `the file is not valid JSON (${error instanceof Error ? error.message : String(error)})` })] };
  }
  const precedes = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)['precedes'] : undefined;
  if (!Array.isArray(precedes)) {
    return { ok: false, issues: [errorIssue({ file, column: 'precedes', expected: 'a list of [prerequisite, standard] code pairs', problem: 'the file has no "precedes" list' })] };
  }
  const issues: ImportIssue[] = [];
  const pairs: MapPair[] = [];
  precedes.forEach((pair, index) => {
    const column = `precedes[${index}]`;
    if (Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string' && pair[0].trim() && pair[1].trim()) {
      pairs.push({ prerequisite: pair[0], standard: pair[1], column });
    } else {
      issues.push(errorIssue({ file, column, value: JSON.stringify(pair) ?? '', expected: 'a pair of codes such as ["4.NF.A.1", "5.NF.A.1"]', problem: 'this entry is not a pair of codes' }));
    }
  });
  return finish(file, pairs, issues);
}

function finish(file: string, pairs: MapPair[], issues: ImportIssue[]): ImportResult<PrerequisiteMap> {
  if (pairs.length === 0 && !issues.some((i) => i.severity === 'error')) {
    issues.push(errorIssue({ file, expected: 'at least one prerequisite pair', problem: 'the map holds no pairs' }));
  }
  return issues.some((i) => i.severity === 'error') ? { ok: false, issues } : { ok: true, value: { file, pairs }, issues };
}
