import type { Migration } from './migration.js';

/**
 * Mastery becomes incremental and feedback becomes trackable.
 * - `mastery_levels` keeps each class × learner × standard's current level, so recording one piece of
 *   evidence recomputes one cell instead of the class; `mastery_state` records which method settings
 *   the stored levels were computed with, so a change of method (or a bulk write that bypasses the
 *   cell path, like an import) simply marks the class for a full recompute.
 * - `evidence.feedback_status`: "no feedback yet" must be told apart from "none needed" for the grid to
 *   show what still awaits feedback.
 * - `frameworks.scale_id`: a framework of learning-related skills is scored on its own scale.
 */
export const masteryLevels: Migration = {
  version: 30,
  name: 'mastery-levels',
  sql: `
CREATE TABLE mastery_levels (
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  standard_id TEXT NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
  level REAL,
  mastered INTEGER NOT NULL CHECK (mastered IN (0, 1)),
  evidence_count INTEGER NOT NULL,
  last_observed_on TEXT,
  awaiting_feedback INTEGER NOT NULL,
  PRIMARY KEY (class_id, learner_id, standard_id)
) STRICT;

CREATE TABLE mastery_state (
  class_id TEXT PRIMARY KEY REFERENCES classes(id) ON DELETE CASCADE,
  settings_key TEXT NOT NULL,
  computed_at TEXT NOT NULL
) STRICT;

ALTER TABLE evidence ADD COLUMN feedback_status TEXT NOT NULL DEFAULT 'awaiting'
  CHECK (feedback_status IN ('awaiting', 'given', 'not_needed'));
UPDATE evidence SET feedback_status = 'given' WHERE feedback IS NOT NULL;

ALTER TABLE frameworks ADD COLUMN scale_id TEXT REFERENCES scales(id) ON DELETE SET NULL;
`,
};
