import type { ImportIssueView } from '../../../preload/contract/index.js';
import { plural } from '../format/plural.js';
import { formatCount } from '../format/numbers.js';

/**
 * Errors first (they decide whether anything can be imported), then warnings; within each, file by
 * file and row by row, so the list reads like the spreadsheet. Issues about a whole file (no row) lead
 * their file. The sort is stable: the gradebook's own order breaks ties.
 */
export function sortIssues(issues: readonly ImportIssueView[]): ImportIssueView[] {
  const severity = (issue: ImportIssueView) => (issue.severity === 'error' ? 0 : 1);
  return [...issues].sort((a, b) => severity(a) - severity(b) || a.file.localeCompare(b.file) || (a.row ?? 0) - (b.row ?? 0));
}

export type IssueGroup = { file: string; errors: number; warnings: number };

/** How many problems each file has, files with errors first: the headline of a folder upload's issues. */
export function groupIssuesByFile(issues: readonly ImportIssueView[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const group = groups.get(issue.file) ?? { file: issue.file, errors: 0, warnings: 0 };
    if (issue.severity === 'error') group.errors++;
    else group.warnings++;
    groups.set(issue.file, group);
  }
  return [...groups.values()].sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || a.file.localeCompare(b.file));
}

/** "3 errors, 12 warnings; showing the first 200" — the last part only when the list was cut. */
export function issueTotalsText(totals: { errors: number; warnings: number }, shown: number): string {
  const counts = `${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}`;
  return shown < totals.errors + totals.warnings ? `${counts}; showing the first ${formatCount(shown)}` : counts;
}

/** The file name without the folder of a folder upload: the table has little room, the title keeps the rest. */
export function shortFileName(file: string): string {
  return file.split('/').at(-1) ?? file;
}
