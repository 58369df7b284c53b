import Papa from 'papaparse';
import type { TextPieces } from './decode-text.js';
import { errorIssue, warningIssue, type ImportIssue } from './import-issue.js';

/** A column the reader knows. Rows are keyed by `name`, whatever spelling the file used. */
export type CsvColumn = { name: string; required: boolean; aliases?: readonly string[] };

export type CsvTableOptions = {
  file: string;
  /** Known columns; when absent, rows are keyed by the header exactly as written and nothing is checked. */
  columns?: readonly CsvColumn[];
  /**
   * `strict` (OneRoster): header names are case-sensitive by the spec; a case-only or alias match is
   * accepted with a warning because its meaning is certain. `loose` (our teacher formats): case, spaces,
   * underscores and hyphens are ignored silently, since people type these headers by hand.
   */
  headerMatch?: 'strict' | 'loose';
};

export type CsvRow = {
  /** Spreadsheet row: the header is row 1, the first data row is row 2. */
  row: number;
  /** Trimmed values by column name; a known column missing from the file reads as ''. */
  values: Record<string, string>;
};

export type CsvTable = {
  /** The header as written in the file. */
  header: string[];
  rows: CsvRow[];
  /** Header names of columns the reader does not know (kept in `values`, otherwise ignored). */
  extraColumns: string[];
  /** Known columns that the header lacks (only optional ones, or the table would be null). */
  missingColumns: string[];
};

export type CsvTableResult = {
  /** null when the file cannot be read as a table at all: empty, duplicate or missing required columns. */
  table: CsvTable | null;
  issues: ImportIssue[];
};

export function looseHeaderKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * Parses CSV text (BOM already removed by decodeText) into rows keyed by column. Structural problems
 * of single rows (too many or too few fields, broken quotes) are errors and the row is left out, so
 * that later stages never guess at its meaning; they still see every other row and can report all
 * problems of the file in one pass.
 */
export function readCsvTable(text: string | TextPieces, options: CsvTableOptions): CsvTableResult {
  const rows: CsvRow[] = [];
  const { table, issues } = readCsvRows(text, options, (row) => void rows.push(row));
  return { table: table === null ? null : { ...table, rows }, issues };
}

/** What `readCsvRows` says of the file once every row has been handed over. */
export type CsvRowsResult = { table: Omit<CsvTable, 'rows'> | null; issues: ImportIssue[] };

/**
 * The same reading, but each row goes to `onRow` as it is parsed and is not kept: a reader that turns
 * rows into its own records holds only those (for a million-row class list, the rows alone would be
 * ~1 GB). `onRow` is only called when the header is usable; issues keep the order `readCsvTable` gives.
 */
export function readCsvRows(text: string | TextPieces, options: CsvTableOptions, onRow: (row: CsvRow) => void): CsvRowsResult {
  const { file } = options;
  const issues: ImportIssue[] = [];
  if (isBlank(text)) {
    issues.push(errorIssue({ file, row: 1, expected: 'a header row followed by data rows', problem: 'the file is empty' }));
    return { table: null, issues };
  }

  // Rows are built as papaparse hands them over, one record at a time: the parsed file is never held as
  // an array of arrays. Issues keep the order they always had: quote problems first, then the header's,
  // then the rows'.
  const quoteIssues: ImportIssue[] = [];
  const headerIssues: ImportIssue[] = [];
  const rowIssues: ImportIssue[] = [];
  let header: string[] = [];
  let resolved: ResolvedColumns | null = null;
  let index = 0;
  parseCsv(text, (fields, errors) => {
    const row = index + 1;
    const broken = errors.length > 0;
    const [error] = errors;
    if (error) {
      quoteIssues.push(
        errorIssue({
          file,
          row,
          expected: 'each quoted value to end with a closing quote ("), with quotes inside a value doubled ("")',
          problem:
            error.code === 'MissingQuotes'
              ? 'a quoted value is never closed, so the rest of the file would be read as part of it'
              : `the quotes are broken (${error.message})`,
        }),
      );
    }
    if (index++ === 0) {
      header = fields.map((name, position) => (position === 0 ? name.replace(/^\uFEFF/, '') : name).trim());
      resolved = resolveColumns(header, options, headerIssues);
      return;
    }
    if (resolved === null || broken) return;
    const built = buildRow(fields, row, header, resolved, file);
    if (built === null) return;
    if ('severity' in built) rowIssues.push(built);
    else onRow(built);
  });
  issues.push(...quoteIssues, ...headerIssues);
  const columns = resolved as ResolvedColumns | null;
  if (columns === null) return { table: null, issues };
  issues.push(...rowIssues);
  return { table: { header, extraColumns: columns.extra, missingColumns: columns.missing }, issues };
}

function isBlank(text: string | TextPieces): boolean {
  if (typeof text === 'string') return text.replace(/^\uFEFF/, '').trim() === '';
  let first = true;
  for (const piece of text.pieces()) {
    if ((first ? piece.replace(/^\uFEFF/, '') : piece).trim() !== '') return false;
    first = false;
  }
  return true;
}

type ParseError = { code: string; message: string; row?: number | undefined };
type StepResults = { data: string[]; errors: ParseError[]; meta: { cursor: number } };
/** Without a step function, papaparse hands back every record of the input it was given at once. */
type PieceResults = { data: string[][]; errors: ParseError[]; meta: { cursor: number } };
type ParserHandle = { parse(input: string, baseIndex: number, ignoreLastRow: boolean): PieceResults; guessLineEndings(input: string, quoteChar: string): string };
type OnRecord = (fields: string[], errors: readonly ParseError[]) => void;
const noErrors: readonly ParseError[] = [];
// papaparse's own chunk handler (what its streamers drive), used here to parse pieces synchronously
const guessedFromChars = 1024 * 1024;
const { ParserHandle } = Papa as unknown as { ParserHandle: new (config: object) => ParserHandle };

/**
 * Hands each record to `onRecord` as papaparse parses it: a string in one go, pieces one after another
 * (the way papaparse's streamers do: a record cut between two pieces is parsed again with the next).
 */
function parseCsv(text: string | TextPieces, onRecord: OnRecord): void {
  if (typeof text === 'string') {
    const step = (results: StepResults) => onRecord(results.data, results.errors);
    Papa.parse<string[]>(text.startsWith('\uFEFF') ? text.slice(1) : text, { delimiter: ',', quoteChar: '"', header: false, skipEmptyLines: false, step });
    return;
  }
  // No step function: papaparse's step keeps each record's arrays in its own long-lived state, so
  // while V8 marks the old generation every record looks alive, and V8 then allocates all later
  // records straight into the old generation, where only a full collection frees them (the
  // 200,000-user OneRoster set peaked near 440 MB instead of 340 MB in some runs). A piece's records
  // are handed over together instead, and only they are held at once.
  const config = { delimiter: ',', quoteChar: '"', header: false, skipEmptyLines: false };
  const handle = new ParserHandle(config);
  const pieces = text.pieces()[Symbol.iterator]();
  // papaparse guesses the line ending from the first MiB of a text: the same MiB, gathered from the pieces
  const head: string[] = [];
  let headLength = 0;
  let next = pieces.next();
  while (!next.done && headLength < guessedFromChars) {
    const piece = head.length === 0 ? next.value.replace(/^\uFEFF/, '') : next.value;
    head.push(piece);
    headLength += piece.length;
    next = pieces.next();
  }
  const rest = next;
  const newline = handle.guessLineEndings(head.join(''), '"');
  Object.assign(config, { newline });
  // the first MiB is parsed a piece at a time too, so no more than a piece's records are held at once
  const source = (function* () {
    yield* head.splice(0);
    for (let piece = rest; !piece.done; piece = pieces.next()) yield piece.value;
  })();
  next = source.next();
  let partial = '';
  let base = 0;
  while (!next.done) {
    let pending = next.value;
    next = source.next();
    // a record longer than a piece (a quote left open) is read on with at least as much again, so it
    // is parsed again a few times, not once per piece
    while (!next.done && pending.length < partial.length) {
      pending += next.value;
      next = source.next();
    }
    const finished = next.done === true;
    const aggregate = partial + pending;
    const results = handle.parse(aggregate, base, !finished);
    handOver(results, onRecord);
    if (!finished) {
      partial = aggregate.substring(results.meta.cursor - base);
      base = results.meta.cursor;
    }
  }
}

/**
 * Each record of a piece with the quote errors papaparse found in it (an error names its record by
 * place; one in the unfinished record at the piece's end is found again when that record is parsed
 * with the next piece, and is left for then).
 */
function handOver(results: PieceResults, onRecord: OnRecord): void {
  const { data, errors } = results;
  let next = 0;
  for (let index = 0; index < data.length; index++) {
    let own = noErrors;
    if (next < errors.length && (errors[next]?.row ?? index) <= index) {
      const found: ParseError[] = [];
      while (next < errors.length && (errors[next]?.row ?? index) <= index) found.push(errors[next++] as ParseError);
      own = found;
    }
    onRecord(data[index] ?? [], own);
  }
}

/** One data record as a row keyed by column; null for a blank line; an issue when its width is wrong. */
function buildRow(fields: string[], row: number, header: string[], resolved: ResolvedColumns, file: string): CsvRow | ImportIssue | null {
  if (fields.every((field) => field.trim() === '')) return null; // blank lines and rows of bare commas
  if (fields.length !== header.length) {
    return errorIssue({
      file,
      row,
      value: startOfRow(fields),
      expected: `${header.length} values, one per column of the header`,
      problem: `the row has ${fields.length} ${fields.length === 1 ? 'value' : 'values'} (${fields.length > header.length ? 'too many: is there an unquoted comma?' : 'too few'})`,
    });
  }
  const values: Record<string, string> = {};
  for (const name of resolved.missing) values[name] = '';
  fields.forEach((field, position) => {
    const key = resolved.keys[position];
    if (key !== undefined && key !== '') values[key] = field.trim();
  });
  return { row, values };
}

/** The row as written, only as far as an issue shows it (a 100 MB row is not copied to show 60 characters). */
function startOfRow(fields: readonly string[]): string {
  let shown = '';
  for (const [position, field] of fields.entries()) {
    shown += (position === 0 ? '' : ',') + field.slice(0, 200);
    if (shown.length > 200) break;
  }
  return shown;
}

type ResolvedColumns = { keys: string[]; extra: string[]; missing: string[] };

function resolveColumns(header: string[], options: CsvTableOptions, issues: ImportIssue[]): ResolvedColumns | null {
  const { file, columns } = options;
  const strict = (options.headerMatch ?? 'strict') === 'strict';
  let structural = false;

  const seen = new Map<string, number>();
  header.forEach((name, index) => {
    const key = strict ? name : looseHeaderKey(name);
    if (name !== '' && seen.has(key)) {
      structural = true;
      issues.push(
        errorIssue({
          file,
          row: 1,
          column: name,
          expected: 'every column name to appear once',
          problem: `the column "${name}" appears twice (columns ${(seen.get(key) ?? 0) + 1} and ${index + 1}), so it is not clear which one holds the data`,
        }),
      );
    }
    seen.set(key, index);
  });

  if (!columns) {
    return structural ? null : { keys: header.slice(), extra: [], missing: [] };
  }

  const keys: string[] = [];
  const extra: string[] = [];
  const found = new Set<string>();
  header.forEach((name, index) => {
    const match = matchColumn(name, columns, strict);
    if (match && !found.has(match.column.name)) {
      found.add(match.column.name);
      keys.push(match.column.name);
      if (match.kind !== 'exact') {
        issues.push(
          warningIssue({
            file,
            row: 1,
            column: name,
            value: name,
            expected: `the column name "${match.column.name}"`,
            problem: `the column was read as "${match.column.name}" (${match.kind === 'case' ? 'names are case-sensitive' : 'an older or alternative name'})`,
          }),
        );
      }
      return;
    }
    const label = name === '' ? `(column ${index + 1}, no name)` : name;
    keys.push(label);
    extra.push(label);
    const suggestion = closestColumn(name, columns);
    issues.push(
      warningIssue({
        file,
        row: 1,
        column: label,
        expected: suggestion ? `one of the known columns; did you mean "${suggestion}"?` : 'one of the known columns',
        problem: 'this column is not one Proficio reads, so its values are ignored',
      }),
    );
  });

  const missing: string[] = [];
  for (const column of columns) {
    if (found.has(column.name)) continue;
    missing.push(column.name);
    if (column.required) {
      structural = true;
      issues.push(
        errorIssue({
          file,
          row: 1,
          column: column.name,
          expected: `a column named "${column.name}" in the header`,
          problem: `the required column "${column.name}" is missing`,
        }),
      );
    }
  }
  return structural ? null : { keys, extra, missing };
}

function matchColumn(
  name: string,
  columns: readonly CsvColumn[],
  strict: boolean,
): { column: CsvColumn; kind: 'exact' | 'case' | 'alias' } | null {
  if (!strict) {
    const key = looseHeaderKey(name);
    for (const column of columns) {
      if ([column.name, ...(column.aliases ?? [])].some((candidate) => looseHeaderKey(candidate) === key)) {
        return { column, kind: 'exact' };
      }
    }
    return null;
  }
  for (const column of columns) if (column.name === name) return { column, kind: 'exact' };
  const lower = name.toLowerCase();
  for (const column of columns) if (column.name.toLowerCase() === lower) return { column, kind: 'case' };
  for (const column of columns) {
    if ((column.aliases ?? []).some((alias) => alias.toLowerCase() === lower)) return { column, kind: 'alias' };
  }
  return null;
}

/** The known column within two edits of a typo'd header, to suggest in the warning. */
function closestColumn(name: string, columns: readonly CsvColumn[]): string | null {
  if (name === '') return null;
  let best: { name: string; distance: number } | null = null;
  for (const column of columns) {
    const distance = editDistance(name.toLowerCase(), column.name.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: column.name, distance };
  }
  return best?.name ?? null;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
