import type { HubMigration } from './hub-migration.js';

/**
 * The first hub schema, in the PostgreSQL schema `proficio`.
 *
 * - `gradebooks`: one row per published gradebook, with the hub login that owns it.
 * - One table per published gradebook table, its columns the gradebook's, plus `gradebook_id` (whose
 *   row it is), `bucket` (which slice of the publish mark it falls in, see main/hub/publish-digest.ts),
 *   `published_at` (when it last changed here) and `tombstoned_at` (set when the gradebook deleted it:
 *   a deletion travels as a tombstone, so the hub can tell "gone" from "never sent").
 *   The key is (gradebook_id, the gradebook's own key): each row keeps its stable id.
 * - Learners, classes, standards and frameworks get `match_key`: the OneRoster sourcedId or CASE
 *   identifier when there is one (so the same learner in two teachers' gradebooks is one learner), else
 *   the row's own gradebook-scoped id — as coach mode matches them.
 * - `publish_marks`: what the hub last received of each gradebook, per table and bucket.
 *
 * What stays on the laptop: learner profiles, goals and reflections, contacts, demographics, paths,
 * groups, the audit log, settings, evidence feedback text and attachments.
 *
 * Roles (cluster-wide, so created only when missing): `proficio_teacher` logins publish — they insert
 * and update only rows of gradebooks they own (row-level security), and never delete (tombstones
 * instead); `proficio_coach` logins only read. IT creates the logins as members of these roles.
 */
const published = `gradebook_id text NOT NULL REFERENCES proficio.gradebooks(id),
  bucket smallint NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  tombstoned_at timestamptz`;

const matchKey = `match_key text GENERATED ALWAYS AS (coalesce('id:' || sourced_id, gradebook_id || ':' || id)) STORED`;

const publishedTables = [
  'schools', 'terms', 'courses', 'scales', 'scale_levels', 'classes', 'educators', 'learners', 'enrollments',
  'frameworks', 'standards', 'prerequisites', 'class_standards', 'assessments', 'assessment_standards',
  'evidence', 'mastery_overrides',
];

/** The owner check every teacher policy shares: the row's gradebook is one this login published. */
const ownGradebook = `gradebook_id IN (SELECT id FROM proficio.gradebooks WHERE owner = current_user)`;

const policies = publishedTables
  .map(
    (table) => `
ALTER TABLE proficio.${table} ENABLE ROW LEVEL SECURITY;
CREATE POLICY teacher_reads_own ON proficio.${table} FOR SELECT TO proficio_teacher USING (${ownGradebook});
CREATE POLICY teacher_adds_own ON proficio.${table} FOR INSERT TO proficio_teacher WITH CHECK (${ownGradebook});
CREATE POLICY teacher_changes_own ON proficio.${table} FOR UPDATE TO proficio_teacher USING (${ownGradebook}) WITH CHECK (${ownGradebook});
CREATE POLICY coach_reads_all ON proficio.${table} FOR SELECT TO proficio_coach USING (true);
GRANT SELECT, INSERT, UPDATE ON proficio.${table} TO proficio_teacher;
GRANT SELECT ON proficio.${table} TO proficio_coach;`,
  )
  .join('\n');

export const hubInitialSchema: HubMigration = {
  version: 10,
  name: 'initial',
  sql: `
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'proficio_teacher') THEN CREATE ROLE proficio_teacher NOLOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'proficio_coach') THEN CREATE ROLE proficio_coach NOLOGIN; END IF;
END $$;

GRANT USAGE ON SCHEMA proficio TO proficio_teacher, proficio_coach;
-- hub_migrations is made by the migration runner; a publish checks the hub's version before it writes
GRANT SELECT ON proficio.hub_migrations TO proficio_teacher, proficio_coach;

CREATE TABLE proficio.gradebooks (
  id text PRIMARY KEY,
  owner name NOT NULL DEFAULT current_user,
  title text NOT NULL,
  first_published_at timestamptz NOT NULL DEFAULT now(),
  last_published_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE proficio.publish_marks (
  gradebook_id text NOT NULL REFERENCES proficio.gradebooks(id),
  table_name text NOT NULL,
  bucket smallint NOT NULL,
  digest text NOT NULL,
  row_count integer NOT NULL,
  PRIMARY KEY (gradebook_id, table_name, bucket)
);

CREATE TABLE proficio.schools (
  id text NOT NULL, sourced_id text, name text NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
  source_modified_at timestamptz,
  ${published}, PRIMARY KEY (gradebook_id, id)
);

CREATE TABLE proficio.terms (
  id text NOT NULL, sourced_id text, school_id text NOT NULL, parent_id text, title text NOT NULL, type text NOT NULL,
  starts_on date NOT NULL, ends_on date NOT NULL, school_year integer, created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL, source_modified_at timestamptz,
  ${published}, PRIMARY KEY (gradebook_id, id)
);

CREATE TABLE proficio.courses (
  id text NOT NULL, sourced_id text, school_id text NOT NULL, title text NOT NULL, code text, grade_levels jsonb NOT NULL,
  subjects jsonb NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, source_modified_at timestamptz,
  ${published}, PRIMARY KEY (gradebook_id, id)
);

CREATE TABLE proficio.scales (
  id text NOT NULL, title text NOT NULL, purpose text NOT NULL, mastery_threshold double precision NOT NULL,
  half_steps smallint NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
  ${published}, PRIMARY KEY (gradebook_id, id)
);

CREATE TABLE proficio.scale_levels (
  id text NOT NULL, scale_id text NOT NULL, value double precision NOT NULL, label text NOT NULL, short_label text NOT NULL,
  colour text NOT NULL, description text NOT NULL,
  ${published}, PRIMARY KEY (gradebook_id, id)
);

CREATE TABLE proficio.classes (
  id text NOT NULL, sourced_id text, school_id text NOT NULL, course_id text, term_id text, scale_id text,
  title text NOT NULL, code text, location text, grade_levels jsonb NOT NULL, mastery_method jsonb,
  rollup_method text NOT NULL, status text NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
  source_modified_at timestamptz,
  ${published}, ${matchKey}, PRIMARY KEY (gradebook_id, id)
);

CREATE TABLE proficio.educators (
  id text NOT NULL, sourced_id text, given_name text NOT NULL, family_name text NOT NULL, email text, username text,
  status text NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, source_modified_at timestamptz,
  ${published}, PRIMARY KEY (gradebook_id, id)
);

CREATE TABLE proficio.learners (
  id text NOT NULL, sourced_id text, given_name text NOT NULL, family_name text NOT NULL, preferred_name text,
  pronouns text, identifier text, username text, email text, grade_level text, languages jsonb NOT NULL,
  status text NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, source_modified_at timestamptz,
  ${published}, ${matchKey}, PRIMARY KEY (gradebook_id, id)
);

CREATE TABLE proficio.enrollments (
  id text NOT NULL, sourced_id text, class_id text NOT NULL, learner_id text, educator_id text, role text NOT NULL,
  is_primary smallint NOT NULL, begins_on date, ends_on date, status text NOT NULL, created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL, source_modified_at timestamptz,
  ${published}, PRIMARY KEY (gradebook_id, id)
);

CREATE TABLE proficio.frameworks (
  id text NOT NULL, sourced_id text, title text NOT NULL, creator text NOT NULL, publisher text, version text,
  subject text, adoption_status text, source_uri text, last_changed_at text, created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL, scale_id text,
  ${published}, ${matchKey}, PRIMARY KEY (gradebook_id, id)
);

CREATE TABLE proficio.standards (
  id text NOT NULL, sourced_id text, framework_id text NOT NULL, parent_id text, position integer NOT NULL, code text,
  statement text NOT NULL, abbreviated text, type text NOT NULL, grade_levels jsonb NOT NULL, retired_at timestamptz,
  created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
  ${published}, ${matchKey}, PRIMARY KEY (gradebook_id, id)
);

CREATE TABLE proficio.prerequisites (
  id text NOT NULL, sourced_id text, standard_id text NOT NULL, prerequisite_id text NOT NULL, origin text NOT NULL,
  created_at timestamptz NOT NULL,
  ${published}, PRIMARY KEY (gradebook_id, id)
);

CREATE TABLE proficio.class_standards (
  class_id text NOT NULL, standard_id text NOT NULL, position integer NOT NULL, mastery_method jsonb,
  ${published}, PRIMARY KEY (gradebook_id, class_id, standard_id)
);

CREATE TABLE proficio.assessments (
  id text NOT NULL, sourced_id text, class_id text NOT NULL, title text NOT NULL, assessed_on date NOT NULL,
  kind text NOT NULL, modality text, description text NOT NULL, created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  ${published}, PRIMARY KEY (gradebook_id, id)
);

CREATE TABLE proficio.assessment_standards (
  assessment_id text NOT NULL, standard_id text NOT NULL, position integer NOT NULL,
  ${published}, PRIMARY KEY (gradebook_id, assessment_id, standard_id)
);

-- evidence without its feedback text and attachment: those stay on the teacher's laptop
CREATE TABLE proficio.evidence (
  id text NOT NULL, class_id text NOT NULL, learner_id text NOT NULL, standard_id text NOT NULL, assessment_id text,
  level double precision, observed_on date NOT NULL, kind text NOT NULL, modality text, source text NOT NULL,
  source_description text, recorded_by text, recorded_at timestamptz NOT NULL, feedback_on date,
  revision integer NOT NULL, feedback_status text NOT NULL,
  ${published}, PRIMARY KEY (gradebook_id, id)
);

CREATE TABLE proficio.mastery_overrides (
  id text NOT NULL, class_id text NOT NULL, learner_id text NOT NULL, standard_id text NOT NULL,
  level double precision NOT NULL, reason text NOT NULL, overridden_on date NOT NULL, overridden_by text,
  created_at timestamptz NOT NULL, cleared_at timestamptz,
  ${published}, PRIMARY KEY (gradebook_id, id)
);

-- the hot path of a report: a class's evidence, in the order the mastery methods read it
CREATE INDEX evidence_class_cell ON proficio.evidence (gradebook_id, class_id, standard_id, learner_id, observed_on) WHERE tombstoned_at IS NULL;
CREATE INDEX learners_match ON proficio.learners (match_key);
CREATE INDEX classes_match ON proficio.classes (match_key);
CREATE INDEX standards_match ON proficio.standards (match_key);
CREATE INDEX frameworks_match ON proficio.frameworks (match_key);

ALTER TABLE proficio.gradebooks ENABLE ROW LEVEL SECURITY;
CREATE POLICY teacher_own_gradebooks ON proficio.gradebooks FOR ALL TO proficio_teacher
  USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY coach_reads_gradebooks ON proficio.gradebooks FOR SELECT TO proficio_coach USING (true);
GRANT SELECT, INSERT, UPDATE ON proficio.gradebooks TO proficio_teacher;
GRANT SELECT ON proficio.gradebooks TO proficio_coach;

ALTER TABLE proficio.publish_marks ENABLE ROW LEVEL SECURITY;
CREATE POLICY teacher_own_marks ON proficio.publish_marks FOR ALL TO proficio_teacher USING (${ownGradebook}) WITH CHECK (${ownGradebook});
GRANT SELECT, INSERT, UPDATE, DELETE ON proficio.publish_marks TO proficio_teacher;
${policies}
`,
};
