import type { CsvRow } from '../csv-table.js';
import { normalizeGradeLevels } from '../grade-levels.js';
import type { IssueLog } from '../import-issue.js';
import type { RecordStatus, RosterRecord } from '../roster-package.js';

/**
 * Reads the values of one OneRoster CSV row with the binding's rules: liberal where the meaning is
 * certain (case of enum values, TRUE, a bare date for a date-time — each a warning), an error where it
 * is not (1/05/2023 could be January or May).
 */
export type RowFields = {
  row: number;
  text(column: string): string | null;
  required(column: string, what: string): string;
  record(): RosterRecord;
  date(column: string, required?: boolean): string | null;
  boolean(column: string, required?: boolean): boolean | null;
  choice<T extends string>(column: string, allowed: readonly T[], required: true): T | `ext:${string}`;
  choice<T extends string>(column: string, allowed: readonly T[], required: false): T | `ext:${string}` | null;
  list(column: string): string[];
  grades(column: string): string[];
  integer(column: string, required: boolean): number | null;
};

const noValues: string[] = [];

/**
 * One object per row with its methods on the prototype: a district's million rows each made a dozen
 * closures here before, garbage enough to make the collector let the heap grow by a hundred MB.
 */
export function rowFields(file: string, { row, values }: CsvRow, log: IssueLog): RowFields {
  return new RowValues(file, row, values, log);
}

class RowValues implements RowFields {
  constructor(
    private readonly file: string,
    readonly row: number,
    private readonly values: Record<string, string>,
    private readonly log: IssueLog,
  ) {}

  text(column: string): string | null {
    const value = this.values[column];
    return value === undefined || value === '' ? null : value;
  }

  required(column: string, what: string): string {
    const value = this.text(column);
    if (value === null) this.missing(column, what);
    return value ?? '';
  }

  record(): RosterRecord {
    const sourcedId = this.text('sourcedId');
    if (sourcedId === null) this.missing('sourcedId', 'the record’s unique id');
    return { sourcedId: sourcedId ?? '', status: this.status(), dateLastModified: this.dateTime() };
  }

  date(column: string, required = false): string | null {
    const { file, row, log } = this;
    const value = this.text(column);
    if (value === null) {
      if (required) this.missing(column, 'a date like 2024-09-01');
      return null;
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value)) return value;
    log.error({
      file,
      row,
      column,
      value,
      expected: 'a date written YYYY-MM-DD, like 2024-09-01',
      problem: /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(value)
        ? 'the date could mean two different days (day/month or month/day)'
        : 'the value is not a date',
    });
    return null;
  }

  boolean(column: string, required = false): boolean | null {
    const { file, row, log } = this;
    const value = this.text(column);
    if (value === null) {
      if (required) this.missing(column, 'true or false');
      return null;
    }
    const lower = value.toLowerCase();
    if (lower !== 'true' && lower !== 'false') {
      log.error({ file, row, column, value, expected: 'true or false', problem: 'the value is not true or false' });
      return null;
    }
    if (value !== lower) this.repaired(column, value, `lower-case ${lower}`, `"${value}" was read as ${lower}`);
    return lower === 'true';
  }

  choice<T extends string>(column: string, allowed: readonly T[], required: true): T | `ext:${string}`;
  choice<T extends string>(column: string, allowed: readonly T[], required: false): T | `ext:${string}` | null;
  choice<T extends string>(column: string, allowed: readonly T[], required: boolean): T | `ext:${string}` | null {
    const { file, row, log } = this;
    const value = this.text(column);
    if (value === null) {
      if (required) this.missing(column, `one of ${allowed.join(', ')}`);
      // a required enum that is missing is an error, so the fallback never reaches a package
      return required ? (allowed[0] ?? null) : null;
    }
    if (isOneOf(value, allowed)) return value;
    if (/^ext:/i.test(value)) return `ext:${value.slice(4)}`;
    const match = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (match !== undefined) {
      this.repaired(column, value, `"${match}" (values are case-sensitive)`, `"${value}" was read as ${match}`);
      return match;
    }
    log.error({ file, row, column, value, expected: `one of ${allowed.join(', ')}`, problem: `the value is not a ${column} Proficio knows` });
    return required ? (allowed[0] ?? null) : null;
  }

  list(column: string): string[] {
    const value = this.text(column);
    // most rows leave list columns empty: they all share one empty list (records are never changed
    // after reading, except a user's roles, which are not read through here)
    if (value === null) return noValues;
    return value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');
  }

  grades(column: string): string[] {
    const { levels, unrecognized } = normalizeGradeLevels(this.text(column) ?? '');
    for (const code of unrecognized) {
      this.repaired(column, code, 'grade codes: PK, KG, 01 … 13', 'the grade is not a CEDS code and is kept as written');
    }
    return levels;
  }

  integer(column: string, required: boolean): number | null {
    const { file, row, log } = this;
    const value = this.text(column);
    if (value === null) {
      if (required) this.missing(column, 'a year like 2024');
      return null;
    }
    if (/^\d+$/.test(value)) return Number(value);
    log.error({ file, row, column, value, expected: 'a whole number like 2024', problem: 'the value is not a whole number' });
    return null;
  }

  private repaired(column: string, value: string, expected: string, problem: string): void {
    const { file, row } = this;
    this.log.repeatedWarning(`${file}\u0000${column}\u0000${value}`, { file, row, column, value, expected, problem });
  }

  private missing(column: string, what: string): void {
    const { file, row } = this;
    this.log.error({ file, row, column, expected: what, problem: `the required value "${column}" is empty` });
  }

  private status(): RecordStatus {
    const { file, row, log } = this;
    const value = this.text('status');
    if (value === null) return null;
    const lower = value.toLowerCase();
    if (lower === 'active' || lower === 'tobedeleted') {
      if (value !== lower) this.repaired('status', value, `lower-case ${lower}`, `"${value}" was read as ${lower}`);
      return lower;
    }
    if (lower === 'inactive' || lower === 'deleted') {
      this.repaired(
        'status',
        value,
        'active or tobedeleted',
        `"${value}" is not a OneRoster status; the record is treated as tobedeleted (kept, but marked as no longer current)`,
      );
      return 'tobedeleted';
    }
    log.error({ file, row, column: 'status', value, expected: 'active or tobedeleted', problem: 'the status is not one OneRoster defines' });
    return null;
  }

  private dateTime(): string | null {
    const { file, row, log } = this;
    const value = this.text('dateLastModified');
    if (value === null) return null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value)) {
      this.repaired('dateLastModified', value, 'a UTC date-time like 2023-05-01T18:25:43.511Z', 'a date without a time was read as midnight UTC');
      return `${value}T00:00:00.000Z`;
    }
    const match = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
    const parsed = match ? new Date(match[3] === undefined ? `${value}Z` : value) : null;
    if (parsed && !Number.isNaN(parsed.getTime()) && isRealDate(value.slice(0, 10))) return parsed.toISOString();
    log.error({
      file,
      row,
      column: 'dateLastModified',
      value,
      expected: 'a UTC date-time like 2023-05-01T18:25:43.511Z',
      problem: 'the value is not a date-time',
    });
    return null;
  }
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return allowed.some((candidate) => candidate === value);
}

function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
