import type { Migration } from './migration.js';

/**
 * The first schema: every aggregate of DOMAIN.md.
 *
 * Conventions (kept by every later migration):
 * - every table has a TEXT `id` (UUIDv7, see db/ids.ts) so two gradebook files can later be merged
 *   without id clashes; rows imported from OneRoster / CASE also keep their `sourced_id`;
 * - STRICT tables, so SQLite refuses a wrong type instead of storing it silently;
 * - dates are ISO `YYYY-MM-DD` text, instants ISO 8601 UTC text;
 * - lists (grade levels, options) are JSON text arrays;
 * - rowid tables (no WITHOUT ROWID) so insertion order is recoverable, which the mastery rules rely on
 *   for evidence observed on the same day.
 */
export const initialSchema: Migration = {
  version: 10,
  name: 'initial',
  sql: `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE schools (
  id TEXT PRIMARY KEY,
  sourced_id TEXT UNIQUE,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE terms (
  id TEXT PRIMARY KEY,
  sourced_id TEXT UNIQUE,
  school_id TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
  parent_id TEXT REFERENCES terms(id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('schoolYear', 'semester', 'term', 'gradingPeriod')),
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  school_year INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (starts_on <= ends_on)
) STRICT;

CREATE TABLE courses (
  id TEXT PRIMARY KEY,
  sourced_id TEXT UNIQUE,
  school_id TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  code TEXT,
  grade_levels TEXT NOT NULL DEFAULT '[]',
  subjects TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE scales (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  purpose TEXT NOT NULL CHECK (purpose IN ('academic', 'learning_skills')),
  mastery_threshold REAL NOT NULL,
  half_steps INTEGER NOT NULL DEFAULT 0 CHECK (half_steps IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE scale_levels (
  id TEXT PRIMARY KEY,
  scale_id TEXT NOT NULL REFERENCES scales(id) ON DELETE CASCADE,
  value REAL NOT NULL,
  label TEXT NOT NULL,
  short_label TEXT NOT NULL,
  colour TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  UNIQUE (scale_id, value)
) STRICT;

CREATE TABLE classes (
  id TEXT PRIMARY KEY,
  sourced_id TEXT UNIQUE,
  school_id TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
  course_id TEXT REFERENCES courses(id) ON DELETE SET NULL,
  term_id TEXT REFERENCES terms(id) ON DELETE SET NULL,
  scale_id TEXT REFERENCES scales(id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  code TEXT,
  location TEXT,
  grade_levels TEXT NOT NULL DEFAULT '[]',
  -- JSON of the mastery method (see main/domain/mastery.ts); NULL = the gradebook default
  mastery_method TEXT,
  rollup_method TEXT NOT NULL DEFAULT 'mean' CHECK (rollup_method IN ('mean', 'minimum', 'mode', 'all_proficient')),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE educators (
  id TEXT PRIMARY KEY,
  sourced_id TEXT UNIQUE,
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  email TEXT,
  username TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE learners (
  id TEXT PRIMARY KEY,
  sourced_id TEXT UNIQUE,
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  preferred_name TEXT,
  pronouns TEXT,
  identifier TEXT,
  username TEXT,
  email TEXT,
  grade_level TEXT,
  languages TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE enrollments (
  id TEXT PRIMARY KEY,
  sourced_id TEXT UNIQUE,
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  learner_id TEXT REFERENCES learners(id) ON DELETE CASCADE,
  educator_id TEXT REFERENCES educators(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('learner', 'teacher', 'aide')),
  is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
  begins_on TEXT,
  ends_on TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- an enrollment is either a learner's or an educator's, never both
  CHECK ((learner_id IS NULL) <> (educator_id IS NULL)),
  CHECK ((role = 'learner') = (learner_id IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX enrollments_class_learner ON enrollments(class_id, learner_id) WHERE learner_id IS NOT NULL;
CREATE UNIQUE INDEX enrollments_class_educator ON enrollments(class_id, educator_id) WHERE educator_id IS NOT NULL;
CREATE INDEX enrollments_learner ON enrollments(learner_id);

CREATE TABLE contacts (
  id TEXT PRIMARY KEY,
  sourced_id TEXT UNIQUE,
  learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  relationship TEXT NOT NULL,
  email TEXT,
  phone TEXT,
  preferred_language TEXT,
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX contacts_learner ON contacts(learner_id);

CREATE TABLE frameworks (
  id TEXT PRIMARY KEY,
  sourced_id TEXT UNIQUE,
  title TEXT NOT NULL,
  creator TEXT NOT NULL DEFAULT '',
  publisher TEXT,
  version TEXT,
  subject TEXT,
  adoption_status TEXT,
  source_uri TEXT,
  last_changed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE standards (
  id TEXT PRIMARY KEY,
  sourced_id TEXT,
  framework_id TEXT NOT NULL REFERENCES frameworks(id) ON DELETE CASCADE,
  parent_id TEXT REFERENCES standards(id) ON DELETE SET NULL,
  position INTEGER NOT NULL,
  code TEXT,
  statement TEXT NOT NULL,
  abbreviated TEXT,
  type TEXT NOT NULL DEFAULT 'standard',
  grade_levels TEXT NOT NULL DEFAULT '[]',
  -- a standard that disappeared from a newer framework version is retired, never deleted:
  -- evidence recorded against it must keep its meaning
  retired_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (framework_id, sourced_id)
) STRICT;
CREATE INDEX standards_parent ON standards(parent_id, position);
CREATE INDEX standards_framework_code ON standards(framework_id, code);

CREATE TABLE prerequisites (
  id TEXT PRIMARY KEY,
  sourced_id TEXT,
  standard_id TEXT NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
  prerequisite_id TEXT NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
  origin TEXT NOT NULL CHECK (origin IN ('framework', 'educator')),
  created_at TEXT NOT NULL,
  UNIQUE (standard_id, prerequisite_id),
  CHECK (standard_id <> prerequisite_id)
) STRICT;
CREATE INDEX prerequisites_prerequisite ON prerequisites(prerequisite_id);

-- CASE associations other than isChildOf / precedes, kept so nothing in a package is lost
CREATE TABLE standard_associations (
  id TEXT PRIMARY KEY,
  sourced_id TEXT,
  framework_id TEXT NOT NULL REFERENCES frameworks(id) ON DELETE CASCADE,
  association_type TEXT NOT NULL,
  origin_sourced_id TEXT NOT NULL,
  destination_sourced_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (framework_id, sourced_id)
) STRICT;

CREATE TABLE class_standards (
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  standard_id TEXT NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  -- overrides the class's mastery method for this one standard; NULL = the class method
  mastery_method TEXT,
  PRIMARY KEY (class_id, standard_id)
) STRICT;

CREATE TABLE assessments (
  id TEXT PRIMARY KEY,
  sourced_id TEXT UNIQUE,
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  assessed_on TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('of', 'for', 'as')),
  modality TEXT,
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX assessments_class_date ON assessments(class_id, assessed_on);

CREATE TABLE assessment_standards (
  assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  standard_id TEXT NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  PRIMARY KEY (assessment_id, standard_id)
) STRICT;

CREATE TABLE evidence (
  id TEXT PRIMARY KEY,
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  standard_id TEXT NOT NULL REFERENCES standards(id) ON DELETE RESTRICT,
  assessment_id TEXT REFERENCES assessments(id) ON DELETE SET NULL,
  -- NULL = observed but not scored (e.g. absent, or feedback only)
  level REAL,
  observed_on TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('of', 'for', 'as')),
  modality TEXT,
  source TEXT NOT NULL DEFAULT 'class' CHECK (source IN ('class', 'self', 'peer', 'family', 'community', 'online')),
  source_description TEXT,
  recorded_by TEXT REFERENCES educators(id) ON DELETE SET NULL,
  recorded_at TEXT NOT NULL,
  feedback TEXT,
  feedback_on TEXT,
  attachment_ref TEXT,
  revision INTEGER NOT NULL DEFAULT 1,
  -- deletion is recoverable: a deleted row stays, hidden, until the trash is emptied
  deleted_at TEXT
) STRICT;
-- the grid, mastery and reports read evidence by class x standard x learner in date order
CREATE INDEX evidence_class_standard_learner_date ON evidence(class_id, standard_id, learner_id, observed_on);
CREATE INDEX evidence_learner_standard_date ON evidence(learner_id, standard_id, observed_on);
CREATE INDEX evidence_class_learner_date ON evidence(class_id, learner_id, observed_on);

CREATE TABLE mastery_overrides (
  id TEXT PRIMARY KEY,
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  standard_id TEXT NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
  level REAL NOT NULL,
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  overridden_on TEXT NOT NULL,
  overridden_by TEXT REFERENCES educators(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  cleared_at TEXT
) STRICT;
CREATE INDEX mastery_overrides_cell ON mastery_overrides(class_id, learner_id, standard_id);

CREATE TABLE profile_entries (
  id TEXT PRIMARY KEY,
  learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  category TEXT NOT NULL CHECK (category IN ('strength', 'need', 'interest', 'motivation', 'aspiration',
    'learning_skill', 'support', 'language', 'culture', 'background')),
  body TEXT NOT NULL,
  author TEXT NOT NULL CHECK (author IN ('learner', 'educator')),
  author_educator_id TEXT REFERENCES educators(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX profile_entries_learner ON profile_entries(learner_id, category);

CREATE TABLE goals (
  id TEXT PRIMARY KEY,
  learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  target_on TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'set_aside')),
  author TEXT NOT NULL CHECK (author IN ('learner', 'educator')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX goals_learner ON goals(learner_id);

CREATE TABLE goal_standards (
  goal_id TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
  standard_id TEXT NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
  PRIMARY KEY (goal_id, standard_id)
) STRICT;

CREATE TABLE reflections (
  id TEXT PRIMARY KEY,
  goal_id TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  author TEXT NOT NULL CHECK (author IN ('learner', 'educator')),
  reflected_on TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX reflections_goal ON reflections(goal_id, reflected_on);

CREATE TABLE learning_paths (
  id TEXT PRIMARY KEY,
  learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX learning_paths_learner ON learning_paths(learner_id, class_id);

CREATE TABLE path_steps (
  id TEXT PRIMARY KEY,
  path_id TEXT NOT NULL REFERENCES learning_paths(id) ON DELETE CASCADE,
  standard_id TEXT NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  -- the options (modalities) the learner may choose between, JSON array of strings
  options TEXT NOT NULL DEFAULT '[]',
  chosen_option TEXT,
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'mastered', 'skipped')),
  planned_start_on TEXT,
  planned_end_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX path_steps_path ON path_steps(path_id, position);

CREATE TABLE group_sets (
  id TEXT PRIMARY KEY,
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  formed_on TEXT NOT NULL,
  purpose TEXT NOT NULL DEFAULT '',
  target_standard_id TEXT REFERENCES standards(id) ON DELETE SET NULL,
  theme TEXT,
  strategy TEXT NOT NULL CHECK (strategy IN ('readiness', 'proficiency_band', 'interest', 'balanced', 'manual')),
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX group_sets_class_date ON group_sets(class_id, formed_on);

CREATE TABLE groups (
  id TEXT PRIMARY KEY,
  group_set_id TEXT NOT NULL REFERENCES group_sets(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE group_members (
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, learner_id)
) STRICT;

CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'import', 'override')),
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before TEXT,
  after TEXT
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, at);
`,
};
