import { qb, type GradebookReader } from './handle.js';
import { tableNames, type TableName } from './schema.js';

/** A gradebook's summary (schema version, title, rows per table), for `gradebook:info` and `proficio info`. */

export type GradebookSummary = {
  path: string;
  schemaVersion: number;
  title: string | null;
  counts: Record<TableName, number>;
};

export function summarizeGradebook(reader: GradebookReader, schemaVersion: number): GradebookSummary {
  const counts = {} as Record<TableName, number>;
  for (const table of tableNames) {
    // table names come from the fixed list above, never from input
    counts[table] = Number(reader.prepare(`SELECT count(*) FROM "${table}"`).pluck().get());
  }
  const title = reader.first(qb.selectFrom('settings').select('value').where('key', '=', 'title'))?.value ?? null;
  return { path: reader.path, schemaVersion, title, counts };
}
