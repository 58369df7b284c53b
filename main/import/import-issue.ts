import type { ImportIssueView } from '../../preload/contract/index.js';

/** The one report type every import stage speaks; defined by the contract, which shows it to the user. */
export type ImportIssue = ImportIssueView;

/** What every reader returns: a package only when there is no error; warnings travel with it. */
export type ImportResult<T> =
  | { ok: true; value: T; issues: ImportIssue[] }
  /**
   * `partial`: for rosters only, what is left when every row with an error is left out; present only
   * when each error names its row. The commit uses it when the user chooses "import the valid rows".
   */
  | { ok: false; issues: ImportIssue[]; partial?: T };

export type IssueFields = {
  file: string;
  row?: number | undefined;
  column?: string | undefined;
  value?: string | undefined;
  expected: string;
  /** What is wrong (errors) or what was repaired (warnings), without the location: the message adds it. */
  problem: string;
};

const maxValueLength = 60;

export function truncateValue(value: string): string {
  // count code points, not UTF-16 units, so a non-BMP character is never cut in half; only the start
  // is split into characters (a 100 MB value must not become an array of 100 million strings)
  // (a code point is at most two units, so 2 × limit + 2 units always hold more than the limit)
  const chars = Array.from(value.slice(0, maxValueLength * 2 + 2));
  return chars.length <= maxValueLength ? value : `${chars.slice(0, maxValueLength - 1).join('')}…`;
}

function describePlace(fields: IssueFields): string {
  let place = fields.file;
  if (fields.row !== undefined) place += `, row ${fields.row}`;
  // a JSON path (CASE) reads as a place of its own; a CSV header name needs the word "column"
  if (fields.column !== undefined) place += `, ${/^CF|[[.]/.test(fields.column) ? '' : 'column '}${fields.column}`;
  return place;
}

export function makeIssue(severity: ImportIssue['severity'], fields: IssueFields): ImportIssue {
  const value = fields.value === undefined ? undefined : truncateValue(fields.value);
  const found = value === undefined ? '' : ` (found "${value}")`;
  const problem = fields.problem.replace(/[.\s]+$/, '');
  const message = `${describePlace(fields)}: ${problem}${found}; expected ${fields.expected}.`;
  const issue: ImportIssue = { severity, file: fields.file, expected: fields.expected, message };
  if (fields.row !== undefined) issue.row = fields.row;
  if (fields.column !== undefined) issue.column = fields.column;
  if (value !== undefined) issue.value = value;
  return issue;
}

export const errorIssue = (fields: IssueFields): ImportIssue => makeIssue('error', fields);
export const warningIssue = (fields: IssueFields): ImportIssue => makeIssue('warning', fields);

export function hasErrors(issues: readonly ImportIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/**
 * Collects issues for one import. Repeated *repairs* of the same kind (a district file with `TRUE` on
 * 40 000 rows) are folded into the first warning with a count, so the preview stays readable; errors
 * are never folded, because each one is something the user must fix.
 */
export type IssueLog = {
  error(fields: IssueFields): void;
  warning(fields: IssueFields): void;
  /** A warning folded with earlier ones that share `groupKey`. */
  repeatedWarning(groupKey: string, fields: IssueFields): void;
  add(issues: readonly ImportIssue[]): void;
  hasErrors(): boolean;
  list(): ImportIssue[];
};

export function createIssueLog(): IssueLog {
  const issues: ImportIssue[] = [];
  const groups = new Map<string, { index: number; more: number }>();
  return {
    error: (fields) => void issues.push(errorIssue(fields)),
    warning: (fields) => void issues.push(warningIssue(fields)),
    repeatedWarning(groupKey, fields) {
      const group = groups.get(groupKey);
      if (group) {
        group.more += 1;
        return;
      }
      groups.set(groupKey, { index: issues.length, more: 0 });
      issues.push(warningIssue(fields));
    },
    add: (more) => void issues.push(...more),
    hasErrors: () => hasErrors(issues),
    list() {
      const out = issues.slice();
      for (const { index, more } of groups.values()) {
        const first = out[index];
        if (first && more > 0) {
          const where = first.row === undefined ? (more === 1 ? 'time' : 'times') : more === 1 ? 'row' : 'rows';
          out[index] = { ...first, message: first.message.replace(/\.$/, ` (and ${more} more ${where} like it).`) };
        }
      }
      return out;
    },
  };
}

/** Ends a reader: the value only when nothing is an error. */
export function finishImport<T>(log: IssueLog, build: () => T): ImportResult<T> {
  if (log.hasErrors()) return { ok: false, issues: log.list() };
  const value = build();
  // building may still find a problem (a cycle only shows once the tree is assembled)
  if (log.hasErrors()) return { ok: false, issues: log.list() };
  return { ok: true, value, issues: log.list() };
}

/**
 * Ends a reader whose `build` already leaves out the rows with errors: on errors, the result still
 * carries that package as `partial`, as long as every error is about one row (a whole-file error, such
 * as a missing column, leaves nothing trustworthy to salvage).
 */
export function finishImportWithPartial<T>(log: IssueLog, build: () => T): ImportResult<T> {
  if (!log.hasErrors()) return finishImport(log, build);
  const issues = log.list();
  const salvageable = issues.every((issue) => issue.severity !== 'error' || issue.row !== undefined);
  return salvageable ? { ok: false, issues, partial: build() } : { ok: false, issues };
}
