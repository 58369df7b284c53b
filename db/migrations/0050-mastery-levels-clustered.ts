import type { Migration } from './migration.js';

/**
 * `mastery_levels` stored clustered on its key (WITHOUT ROWID): the grid reads a whole class's levels
 * by `class_id`, and with the rows kept in key order that read is one range scan instead of an index
 * walk plus a row lookup each — about twice as fast for a 1,000 × 200 class. Rows are copied as they are.
 */
export const masteryLevelsClustered: Migration = {
  version: 50,
  name: 'mastery-levels-clustered',
  sql: `
CREATE TABLE mastery_levels_clustered (
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  standard_id TEXT NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
  level REAL,
  mastered INTEGER NOT NULL CHECK (mastered IN (0, 1)),
  evidence_count INTEGER NOT NULL,
  last_observed_on TEXT,
  awaiting_feedback INTEGER NOT NULL,
  PRIMARY KEY (class_id, learner_id, standard_id)
) STRICT, WITHOUT ROWID;
INSERT INTO mastery_levels_clustered SELECT class_id, learner_id, standard_id, level, mastered, evidence_count, last_observed_on, awaiting_feedback FROM mastery_levels;
DROP TABLE mastery_levels;
ALTER TABLE mastery_levels_clustered RENAME TO mastery_levels;
`,
};
