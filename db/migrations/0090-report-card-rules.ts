import type { Migration } from './migration.js';

/**
 * Report-card rules as data: for a cluster, domain or framework, marks best first, each with the
 * conditions (JSON) a learner's levels must all meet — "Meets = at least 75% at 3 or above and none
 * at 1" — and the mark when none holds. The scope is a standard (cluster, domain) or a framework.
 */
export const reportCardRules: Migration = {
  version: 90,
  name: 'report-card-rules',
  sql: `
CREATE TABLE report_card_rules (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  scope_standard_id TEXT REFERENCES standards(id) ON DELETE CASCADE,
  scope_framework_id TEXT REFERENCES frameworks(id) ON DELETE CASCADE,
  -- JSON array of { mark, conditions: [{ kind, level, share | count, strictly }] }, best first
  marks TEXT NOT NULL CHECK (json_valid(marks) AND json_type(marks) = 'array'),
  otherwise TEXT NOT NULL CHECK (length(trim(otherwise)) > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((scope_standard_id IS NULL) <> (scope_framework_id IS NULL))
) STRICT;
CREATE INDEX report_card_rules_standard ON report_card_rules(scope_standard_id);
CREATE INDEX report_card_rules_framework ON report_card_rules(scope_framework_id);
`,
};
