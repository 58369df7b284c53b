import type { GradebookReader } from '../../db/handle.js';
import { toCsv } from '../cli/csv.js';
import { readGroupSetView } from './group-set-view.js';
import { fileNameFor } from './file-name.js';

/** A spreadsheet reads a cell starting with = + - @ as a formula: such a name is written as text. */
function asText(value: string | null): string | null {
  return value !== null && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The set as CSV, one row per member, with each group's adult, space and task; empty groups get a row too. */
export function groupSetCsv(reader: GradebookReader, groupSetId: string): { fileName: string; csv: string } {
  const set = readGroupSetView(reader, groupSetId);
  const names = new Map(set.learners.map((l) => [l.learnerId, l.name]));
  const rows: (string | null)[][] = [['date', 'purpose', 'group', 'learner', 'learner id', 'adult', 'space', 'task']];
  for (const group of set.groups) {
    const members = group.learnerIds.length ? group.learnerIds : [null];
    for (const id of members) rows.push([set.date, set.purpose, group.name, id === null ? null : (names.get(id) ?? ''), id, group.adult, group.space, group.task].map(asText));
  }
  return { fileName: fileNameFor(set, 'csv'), csv: toCsv(rows) };
}
