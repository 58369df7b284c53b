import type { Migration } from './migration.js';

/**
 * Learner profiles as teachers write them together with learners and families: every entry, goal and
 * reflection names its author (learner, educator or family) and the person; entries gain the
 * preferred ways to learn (`modality`), supports and private notes (`sensitive`); goals are active,
 * met, revised or dropped. SQLite cannot change a CHECK, so the four tables are rebuilt and their
 * rows copied (children first out, parents first in, so no cascade ever fires on them).
 */
export const learnerProfiles: Migration = {
  version: 60,
  name: 'learner-profiles',
  sql: `
CREATE TABLE profile_entries_next (
  id TEXT PRIMARY KEY,
  learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  category TEXT NOT NULL CHECK (category IN ('strength', 'need', 'interest', 'motivation', 'aspiration',
    'modality', 'culture', 'language', 'support', 'note')),
  body TEXT NOT NULL CHECK (length(trim(body)) > 0),
  author TEXT NOT NULL CHECK (author IN ('learner', 'educator', 'family')),
  author_name TEXT NOT NULL,
  sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
  noted_on TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
INSERT INTO profile_entries_next
  SELECT id, learner_id,
    CASE category WHEN 'learning_skill' THEN 'strength' WHEN 'background' THEN 'note' ELSE category END,
    body, author, CASE author WHEN 'learner' THEN 'Learner' ELSE 'Educator' END,
    CASE WHEN category IN ('support', 'background') THEN 1 ELSE 0 END,
    substr(created_at, 1, 10), created_at, updated_at
  FROM profile_entries;

CREATE TABLE goals_next (
  id TEXT PRIMARY KEY,
  learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  body TEXT NOT NULL CHECK (length(trim(body)) > 0),
  target_on TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'met', 'revised', 'dropped')),
  author TEXT NOT NULL CHECK (author IN ('learner', 'educator', 'family')),
  author_name TEXT NOT NULL,
  -- the day the goal was set, on the teacher's calendar (created_at is an instant in UTC)
  set_on TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
INSERT INTO goals_next
  SELECT id, learner_id, body, target_on,
    CASE status WHEN 'achieved' THEN 'met' WHEN 'set_aside' THEN 'dropped' ELSE status END,
    author, CASE author WHEN 'learner' THEN 'Learner' ELSE 'Educator' END, substr(created_at, 1, 10), created_at, updated_at
  FROM goals;

CREATE TABLE goal_standards_next (
  goal_id TEXT NOT NULL REFERENCES goals_next(id) ON DELETE CASCADE,
  standard_id TEXT NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (goal_id, standard_id)
) STRICT;
INSERT INTO goal_standards_next (goal_id, standard_id) SELECT goal_id, standard_id FROM goal_standards;

CREATE TABLE reflections_next (
  id TEXT PRIMARY KEY,
  goal_id TEXT NOT NULL REFERENCES goals_next(id) ON DELETE CASCADE,
  body TEXT NOT NULL CHECK (length(trim(body)) > 0),
  author TEXT NOT NULL CHECK (author IN ('learner', 'educator', 'family')),
  author_name TEXT NOT NULL,
  reflected_on TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO reflections_next
  SELECT id, goal_id, body, author, CASE author WHEN 'learner' THEN 'Learner' ELSE 'Educator' END, reflected_on, created_at
  FROM reflections;

DROP TABLE reflections;
DROP TABLE goal_standards;
DROP TABLE goals;
DROP TABLE profile_entries;
ALTER TABLE profile_entries_next RENAME TO profile_entries;
ALTER TABLE goals_next RENAME TO goals;
ALTER TABLE goal_standards_next RENAME TO goal_standards;
ALTER TABLE reflections_next RENAME TO reflections;
CREATE INDEX profile_entries_learner ON profile_entries(learner_id, category);
CREATE INDEX goals_learner ON goals(learner_id);
CREATE INDEX goal_standards_standard ON goal_standards(standard_id);
CREATE INDEX reflections_goal ON reflections(goal_id, reflected_on);
`,
};
