import { newId } from './ids.js';
import type { GradebookReader, GradebookWriter } from './handle.js';
import { getSetting, setSetting } from './settings.js';

/**
 * What a publish to the school hub reads from a gradebook (main/hub/publish.ts): the gradebook's own
 * lasting id, and the rows of the tables a hub receives, as plain values in a given column order.
 */

/** The setting that holds the id a hub knows this gradebook by (made on its first publish). */
const gradebookIdKey = 'hub.gradebook_id';

/** The tables a hub receives. Profiles, goals, contacts, demographics, paths and groups stay on the laptop. */
export const publishedTableNames = [
  'schools',
  'terms',
  'courses',
  'scales',
  'scale_levels',
  'classes',
  'educators',
  'learners',
  'enrollments',
  'frameworks',
  'standards',
  'prerequisites',
  'class_standards',
  'assessments',
  'assessment_standards',
  'evidence',
  'mastery_overrides',
] as const;

export type PublishedTableName = (typeof publishedTableNames)[number];

/** Rows that count as there: trashed evidence is deleted as far as a hub is concerned (it gets a tombstone). */
const liveRows: Partial<Record<PublishedTableName, string>> = { evidence: 'deleted_at IS NULL' };

/**
 * The gradebook's lasting id, made and saved on the first call. Distinct from every row id, and kept
 * by copies of the file — a hub refuses a copy published under another teacher's login.
 */
export function ensureGradebookId(writer: GradebookWriter): string {
  const existing = getSetting(writer, gradebookIdKey);
  if (existing !== null) return existing;
  const id = newId();
  setSetting(writer, gradebookIdKey, id);
  return id;
}

/** The id a hub knows this gradebook by; null until its first publish (see ensureGradebookId). */
export function publishedGradebookId(reader: GradebookReader): string | null {
  return getSetting(reader, gradebookIdKey);
}

export function gradebookTitle(reader: GradebookReader): string | null {
  return getSetting(reader, 'title');
}

/** The column names of a published table, as the gradebook has them. */
export function publishedColumns(reader: GradebookReader, table: PublishedTableName): Set<string> {
  const rows = reader.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[];
  return new Set(rows.map((row) => row.name));
}

/**
 * Every live row of a published table, one array of values per row in `columns` order, streamed (a
 * gradebook's evidence does not need to fit in memory twice). `columns` must come from
 * `publishedColumns` of the same table: they are written into the SQL as quoted identifiers.
 */
export function* publishedRows(reader: GradebookReader, table: PublishedTableName, columns: readonly string[]): Generator<unknown[]> {
  const known = publishedColumns(reader, table);
  const unknown = columns.filter((column) => !known.has(column));
  if (unknown.length > 0) throw new Error(`${table} has no column ${unknown.join(', ')} in this gradebook.`);
  const where = liveRows[table];
  const text = `SELECT ${columns.map((column) => `"${column}"`).join(', ')} FROM "${table}"${where ? ` WHERE ${where}` : ''}`;
  // raw mode is set on the reader's cached statement, whose text only this function makes
  yield* reader.prepare(text).raw(true).iterate() as Iterable<unknown[]>;
}
