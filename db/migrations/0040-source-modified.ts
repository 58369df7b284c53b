import type { Migration } from './migration.js';

const rosterTables = ['schools', 'terms', 'courses', 'classes', 'learners', 'educators', 'contacts', 'enrollments', 'demographics'];

/**
 * When the source system last changed each imported roster row (OneRoster `dateLastModified`), so a
 * delta file that arrives late — older than what the gradebook already holds — never overwrites newer
 * data. Rows the app made itself leave it NULL.
 */
export const sourceModified: Migration = {
  version: 40,
  name: 'source-modified',
  sql: rosterTables.map((table) => `ALTER TABLE ${table} ADD COLUMN source_modified_at TEXT;`).join('\n'),
};
