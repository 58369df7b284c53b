import type { ImportKind, ImportTableCounts } from '../../../preload/contract/index.js';
import { formatCount } from '../format/numbers.js';

export type CountName = keyof ImportTableCounts;
export type SummaryRow = { table: string; label: string; counts: ImportTableCounts };

/** The gradebook's table names as a teacher says them; an unknown table keeps its own name. */
const tableLabels: Record<string, string> = {
  frameworks: 'Frameworks',
  standards: 'Standards',
  prerequisites: 'Prerequisites',
  standard_associations: 'Other links between standards',
  schools: 'Schools',
  terms: 'Terms',
  courses: 'Courses',
  classes: 'Classes',
  learners: 'Learners',
  educators: 'Educators',
  contacts: 'Family contacts',
  enrollments: 'Enrollments',
  demographics: 'Demographics',
};

export const kindLabels = {
  case: 'CASE 1.0 framework (JSON)',
  'case-csv': 'CASE framework spreadsheet (OpenSALT CSV)',
  'standards-csv': 'Standards CSV',
  oneroster: 'OneRoster roster',
  'roster-csv': 'Roster CSV',
} as const satisfies Record<ImportKind, string>;

/** The columns of the counts table, in the order an import's effect is read: new, changed, same, gone, left out. */
export const countColumns = [
  { name: 'added', label: 'Added' },
  { name: 'updated', label: 'Updated' },
  { name: 'unchanged', label: 'Unchanged' },
  { name: 'retired', label: 'Retired' },
  { name: 'deactivated', label: 'Deactivated' },
  { name: 'removed', label: 'Removed' },
  { name: 'skipped', label: 'Skipped' },
] as const satisfies readonly { name: CountName; label: string }[];

// always shown, so two previews read alike; "removed" only matters for the few imports that remove
const alwaysShown = new Set<CountName>(['added', 'updated', 'unchanged', 'retired', 'deactivated', 'skipped']);

export function tableLabel(table: string): string {
  return tableLabels[table] ?? table.replaceAll('_', ' ');
}

function total(counts: ImportTableCounts): number {
  return countColumns.reduce((sum, column) => sum + counts[column.name], 0);
}

/** The tables an import touches, in the gradebook's order; tables with nothing at all are left out. */
export function summaryRows(summary: Record<string, ImportTableCounts>): SummaryRow[] {
  return Object.entries(summary)
    .filter(([, counts]) => total(counts) > 0)
    .map(([table, counts]) => ({ table, label: tableLabel(table), counts }));
}

export function shownColumns(rows: readonly SummaryRow[]): (typeof countColumns)[number][] {
  return countColumns.filter((column) => alwaysShown.has(column.name) || rows.some((row) => row.counts[column.name] > 0));
}

/** The report's sentences: "28 standards added", "2 classes updated"… one per table and change. */
export function reportLines(summary: Record<string, ImportTableCounts>, verbs: readonly CountName[]): string[] {
  const lines: string[] = [];
  for (const { label, counts } of summaryRows(summary)) {
    for (const verb of verbs) {
      if (counts[verb] > 0) lines.push(`${formatCount(counts[verb])} ${counts[verb] === 1 ? singular(label) : label.toLowerCase()} ${verb}`);
    }
  }
  return lines;
}

function singular(label: string): string {
  const lower = label.toLowerCase();
  if (lower.endsWith('classes')) return lower.slice(0, -2);
  if (lower === 'other links between standards') return 'other link between standards';
  return lower.endsWith('s') ? lower.slice(0, -1) : lower;
}
