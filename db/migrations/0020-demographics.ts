import type { Migration } from './migration.js';

/**
 * Demographics and import bookkeeping.
 * - `demographics`: OneRoster's demographics.csv, one row per learner. Stored because a district file
 *   carries it and a later export must give it back, but sensitive: views show it only when the
 *   setting `demographics_visible` is 'true'. Race fields are 0/1/NULL (NULL = not given).
 * - `import_runs`: one row per committed import (file, kind, counts), so "what did that import do" has
 *   an answer beside the single audit entry each run writes.
 */
export const demographics: Migration = {
  version: 20,
  name: 'demographics',
  sql: `
CREATE TABLE demographics (
  learner_id TEXT PRIMARY KEY REFERENCES learners(id) ON DELETE CASCADE,
  sourced_id TEXT UNIQUE,
  birth_date TEXT,
  sex TEXT CHECK (sex IN ('male', 'female', 'unspecified', 'other')),
  american_indian_or_alaska_native INTEGER CHECK (american_indian_or_alaska_native IN (0, 1)),
  asian INTEGER CHECK (asian IN (0, 1)),
  black_or_african_american INTEGER CHECK (black_or_african_american IN (0, 1)),
  native_hawaiian_or_other_pacific_islander INTEGER CHECK (native_hawaiian_or_other_pacific_islander IN (0, 1)),
  white INTEGER CHECK (white IN (0, 1)),
  two_or_more_races INTEGER CHECK (two_or_more_races IN (0, 1)),
  hispanic_or_latino INTEGER CHECK (hispanic_or_latino IN (0, 1)),
  country_of_birth_code TEXT,
  state_of_birth_abbreviation TEXT,
  city_of_birth TEXT,
  public_school_residence_status TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE import_runs (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  file_name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('case', 'case-csv', 'standards-csv', 'oneroster', 'roster-csv')),
  valid_rows_only INTEGER NOT NULL DEFAULT 0 CHECK (valid_rows_only IN (0, 1)),
  -- JSON: per table { added, updated, unchanged, retired, deactivated, removed, skipped }
  counts TEXT NOT NULL,
  warning_count INTEGER NOT NULL DEFAULT 0,
  skipped_count INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX import_runs_at ON import_runs(at);
`,
};
