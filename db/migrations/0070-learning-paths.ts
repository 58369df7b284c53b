import type { Migration } from './migration.js';

/**
 * Learning paths as teachers build them: a class's path template (steps with options to choose from)
 * applied to many learners, each copy then the learner's own. A step is not started, being worked on,
 * evidence submitted, or skipped with a reason; "mastered" is never stored — it comes from evidence.
 * path_steps is rebuilt because SQLite cannot change a CHECK; rows are copied, 'planned' becoming
 * 'not_started', 'in_progress' 'working', and a stored 'mastered' 'evidence_submitted'.
 */
export const learningPaths: Migration = {
  version: 70,
  name: 'learning-paths',
  sql: `
CREATE TABLE path_templates (
  id TEXT PRIMARY KEY,
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX path_templates_class ON path_templates(class_id);

CREATE TABLE path_template_steps (
  id TEXT PRIMARY KEY,
  template_id TEXT NOT NULL REFERENCES path_templates(id) ON DELETE CASCADE,
  standard_id TEXT NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  -- JSON array of { modality, title, link }: the activities a learner chooses between
  options TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX path_template_steps_template ON path_template_steps(template_id, position);

ALTER TABLE learning_paths ADD COLUMN template_id TEXT REFERENCES path_templates(id) ON DELETE SET NULL;
ALTER TABLE learning_paths ADD COLUMN target_on TEXT;
-- the day the path began on the teacher's calendar (pace counts from it); NULL for older paths: their created_at day
ALTER TABLE learning_paths ADD COLUMN started_on TEXT;

CREATE TABLE path_steps_next (
  id TEXT PRIMARY KEY,
  path_id TEXT NOT NULL REFERENCES learning_paths(id) ON DELETE CASCADE,
  standard_id TEXT NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  options TEXT NOT NULL DEFAULT '[]',
  chosen_option TEXT,
  status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'working', 'evidence_submitted', 'skipped')),
  skip_reason TEXT,
  planned_start_on TEXT,
  planned_end_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((status = 'skipped') = (skip_reason IS NOT NULL))
) STRICT;
INSERT INTO path_steps_next
  SELECT id, path_id, standard_id, position, options, chosen_option,
    CASE status WHEN 'planned' THEN 'not_started' WHEN 'in_progress' THEN 'working' WHEN 'mastered' THEN 'evidence_submitted' ELSE 'skipped' END,
    CASE status WHEN 'skipped' THEN 'Skipped before reasons were recorded' ELSE NULL END,
    planned_start_on, planned_end_on, created_at, updated_at
  FROM path_steps;
DROP TABLE path_steps;
ALTER TABLE path_steps_next RENAME TO path_steps;
CREATE INDEX path_steps_path ON path_steps(path_id, position);
`,
};
