import type { ColumnType } from 'kysely';
import type {
  EvidenceKind,
  EvidenceSource,
  FeedbackStatus,
  GoalStatus,
  ProfileAuthor,
  ProfileEntryCategory,
  RollupMethod,
  ScalePurpose,
  StepStatus,
} from '../preload/contract/vocabulary.js';

/**
 * The Kysely view of the gradebook file: one type per table of db/migrations.
 * Column names are the SQL names (snake_case); db modules map them to the contract's camelCase.
 * The fixed vocabularies (evidence kind and source, feedback status, roll-up, scale purpose) are the
 * contract's, so a column and a request schema cannot drift apart.
 */

/** A column SQLite fills by default when an insert leaves it out. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** JSON array stored as text. */
type JsonText = Defaulted<string>;

export type ActiveStatus = 'active' | 'inactive';

type Timestamps = { created_at: string; updated_at: string };

export type SettingsTable = { key: string; value: string };

export type SchoolsTable = Timestamps & {
  id: string;
  sourced_id: string | null;
  name: string;
  /** OneRoster dateLastModified of the imported row (migration 0040); null for rows made in the app. */
  source_modified_at: Defaulted<string | null>;
};

export type TermsTable = Timestamps & {
  id: string;
  sourced_id: string | null;
  school_id: string;
  parent_id: string | null;
  title: string;
  type: 'schoolYear' | 'semester' | 'term' | 'gradingPeriod';
  starts_on: string;
  ends_on: string;
  school_year: number | null;
  /** OneRoster dateLastModified of the imported row (migration 0040); null for rows made in the app. */
  source_modified_at: Defaulted<string | null>;
};

export type CoursesTable = Timestamps & {
  id: string;
  sourced_id: string | null;
  school_id: string;
  title: string;
  code: string | null;
  grade_levels: JsonText;
  subjects: JsonText;
  /** OneRoster dateLastModified of the imported row (migration 0040); null for rows made in the app. */
  source_modified_at: Defaulted<string | null>;
};

export type ScalesTable = Timestamps & {
  id: string;
  title: string;
  purpose: ScalePurpose;
  mastery_threshold: number;
  half_steps: Defaulted<0 | 1>;
};

export type ScaleLevelsTable = {
  id: string;
  scale_id: string;
  value: number;
  label: string;
  short_label: string;
  colour: string;
  description: Defaulted<string>;
};

export type ClassesTable = Timestamps & {
  id: string;
  sourced_id: string | null;
  school_id: string;
  course_id: string | null;
  term_id: string | null;
  scale_id: string | null;
  title: string;
  code: string | null;
  location: string | null;
  grade_levels: JsonText;
  mastery_method: string | null;
  rollup_method: Defaulted<RollupMethod>;
  status: Defaulted<'active' | 'archived'>;
  /** OneRoster dateLastModified of the imported row (migration 0040); null for rows made in the app. */
  source_modified_at: Defaulted<string | null>;
};

export type EducatorsTable = Timestamps & {
  id: string;
  sourced_id: string | null;
  given_name: string;
  family_name: string;
  email: string | null;
  username: string | null;
  status: Defaulted<ActiveStatus>;
  /** OneRoster dateLastModified of the imported row (migration 0040); null for rows made in the app. */
  source_modified_at: Defaulted<string | null>;
};

export type LearnersTable = Timestamps & {
  id: string;
  sourced_id: string | null;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  pronouns: string | null;
  identifier: string | null;
  username: string | null;
  email: string | null;
  grade_level: string | null;
  languages: JsonText;
  status: Defaulted<ActiveStatus>;
  /** OneRoster dateLastModified of the imported row (migration 0040); null for rows made in the app. */
  source_modified_at: Defaulted<string | null>;
};

export type EnrollmentsTable = Timestamps & {
  id: string;
  sourced_id: string | null;
  class_id: string;
  learner_id: string | null;
  educator_id: string | null;
  role: 'learner' | 'teacher' | 'aide';
  is_primary: Defaulted<0 | 1>;
  begins_on: string | null;
  ends_on: string | null;
  status: Defaulted<ActiveStatus>;
  /** OneRoster dateLastModified of the imported row (migration 0040); null for rows made in the app. */
  source_modified_at: Defaulted<string | null>;
};

export type ContactsTable = Timestamps & {
  id: string;
  sourced_id: string | null;
  learner_id: string;
  given_name: string;
  family_name: string;
  relationship: string;
  email: string | null;
  phone: string | null;
  preferred_language: string | null;
  notes: Defaulted<string>;
  /** OneRoster dateLastModified of the imported row (migration 0040); null for rows made in the app. */
  source_modified_at: Defaulted<string | null>;
};

export type FrameworksTable = Timestamps & {
  id: string;
  sourced_id: string | null;
  title: string;
  creator: Defaulted<string>;
  publisher: string | null;
  version: string | null;
  subject: string | null;
  adoption_status: string | null;
  source_uri: string | null;
  last_changed_at: string | null;
  scale_id: Defaulted<string | null>;
};

export type StandardsTable = Timestamps & {
  id: string;
  sourced_id: string | null;
  framework_id: string;
  parent_id: string | null;
  position: number;
  code: string | null;
  statement: string;
  abbreviated: string | null;
  type: Defaulted<string>;
  grade_levels: JsonText;
  retired_at: string | null;
};

export type PrerequisitesTable = {
  id: string;
  sourced_id: string | null;
  standard_id: string;
  prerequisite_id: string;
  origin: 'framework' | 'educator';
  created_at: string;
};

export type StandardAssociationsTable = {
  id: string;
  sourced_id: string | null;
  framework_id: string;
  association_type: string;
  origin_sourced_id: string;
  destination_sourced_id: string;
  created_at: string;
};

export type ClassStandardsTable = {
  class_id: string;
  standard_id: string;
  position: number;
  mastery_method: string | null;
};

export type AssessmentsTable = Timestamps & {
  id: string;
  sourced_id: string | null;
  class_id: string;
  title: string;
  assessed_on: string;
  kind: EvidenceKind;
  modality: string | null;
  description: Defaulted<string>;
};

export type AssessmentStandardsTable = { assessment_id: string; standard_id: string; position: number };

export type EvidenceTable = {
  id: string;
  class_id: string;
  learner_id: string;
  standard_id: string;
  assessment_id: string | null;
  level: number | null;
  observed_on: string;
  kind: EvidenceKind;
  modality: string | null;
  source: Defaulted<EvidenceSource>;
  source_description: string | null;
  recorded_by: string | null;
  recorded_at: string;
  feedback: string | null;
  feedback_on: string | null;
  attachment_ref: string | null;
  revision: Defaulted<number>;
  deleted_at: string | null;
  feedback_status: Defaulted<FeedbackStatus>;
};

export type MasteryLevelsTable = {
  class_id: string;
  learner_id: string;
  standard_id: string;
  level: number | null;
  mastered: 0 | 1;
  evidence_count: number;
  last_observed_on: string | null;
  awaiting_feedback: number;
};

export type MasteryStateTable = { class_id: string; settings_key: string; computed_at: string };

export type MasteryOverridesTable = {
  id: string;
  class_id: string;
  learner_id: string;
  standard_id: string;
  level: number;
  reason: string;
  overridden_on: string;
  overridden_by: string | null;
  created_at: string;
  cleared_at: string | null;
};

/** Profile entries, goals and reflections name their author and the person (migration 0060). */
type Authored = { author: ProfileAuthor; author_name: string };

export type ProfileEntriesTable = Timestamps &
  Authored & {
    id: string;
    learner_id: string;
    category: ProfileEntryCategory;
    body: string;
    sensitive: Defaulted<0 | 1>;
    noted_on: string;
  };

export type GoalsTable = Timestamps &
  Authored & {
    id: string;
    learner_id: string;
    body: string;
    target_on: string | null;
    status: Defaulted<GoalStatus>;
    set_on: string;
  };

export type GoalStandardsTable = { goal_id: string; standard_id: string; position: Defaulted<number> };

export type ReflectionsTable = Authored & {
  id: string;
  goal_id: string;
  body: string;
  reflected_on: string;
  created_at: string;
};

export type LearningPathsTable = Timestamps & {
  id: string;
  learner_id: string;
  class_id: string;
  title: string;
  template_id: Defaulted<string | null>;
  target_on: Defaulted<string | null>;
  started_on: Defaulted<string | null>;
};

/** A step's stored status (migration 0070); "mastered" is never stored, it comes from evidence. */
export type PathStepsTable = Timestamps & {
  id: string;
  path_id: string;
  standard_id: string;
  position: number;
  options: JsonText;
  chosen_option: string | null;
  status: Defaulted<StepStatus>;
  skip_reason: string | null;
  planned_start_on: string | null;
  planned_end_on: string | null;
};

export type PathTemplatesTable = Timestamps & { id: string; class_id: string; title: string };
export type PathTemplateStepsTable = { id: string; template_id: string; standard_id: string; position: number; options: JsonText };

export type GroupSetsTable = Timestamps & {
  id: string;
  class_id: string;
  title: string;
  formed_on: string;
  purpose: Defaulted<string>;
  target_standard_id: string | null;
  theme: string | null;
  strategy: 'readiness' | 'proficiency_band' | 'interest' | 'balanced' | 'manual';
  archived_at: string | null;
  /** Since 0080. */
  notes: string | null;
  seed: number | null;
};

export type GroupsTable = {
  id: string;
  group_set_id: string;
  name: string;
  position: number;
  note: Defaulted<string>;
  /** Since 0080: the adult working with the group, where it meets, and what it does. */
  adult: string | null;
  space: string | null;
  task: string | null;
};

export type GroupMembersTable = {
  group_id: string;
  learner_id: string;
  /** Since 0080: order in the group, and where the learner stood when the set was saved. */
  position: Defaulted<number>;
  saved_readiness: 'mastered' | 'not_yet_ready' | 'in_progress' | 'ready' | null;
  saved_level: number | null;
  saved_band: string | null;
};

export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'import' | 'override';

export type AuditLogTable = {
  id: string;
  at: string;
  actor: string;
  action: AuditAction;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
};

// ── import (migration 0020) ──────────────────────────────────────────────────────────────────────
export type DemographicsTable = Timestamps & {
  learner_id: string;
  sourced_id: string | null;
  birth_date: string | null;
  sex: 'male' | 'female' | 'unspecified' | 'other' | null;
  american_indian_or_alaska_native: 0 | 1 | null;
  asian: 0 | 1 | null;
  black_or_african_american: 0 | 1 | null;
  native_hawaiian_or_other_pacific_islander: 0 | 1 | null;
  white: 0 | 1 | null;
  two_or_more_races: 0 | 1 | null;
  hispanic_or_latino: 0 | 1 | null;
  country_of_birth_code: string | null;
  state_of_birth_abbreviation: string | null;
  city_of_birth: string | null;
  public_school_residence_status: string | null;
  /** OneRoster dateLastModified of the imported row (migration 0040); null for rows made in the app. */
  source_modified_at: Defaulted<string | null>;
};

export type ImportRunKind = 'case' | 'case-csv' | 'standards-csv' | 'oneroster' | 'roster-csv';

export type ImportRunsTable = {
  id: string;
  at: string;
  file_name: string;
  kind: ImportRunKind;
  valid_rows_only: Defaulted<0 | 1>;
  counts: string;
  warning_count: Defaulted<number>;
  skipped_count: Defaulted<number>;
};

/** Report-card rules (migration 0090): marks from a scope's levels; exactly one scope column is set. */
export type ReportCardRulesTable = {
  id: string;
  title: string;
  scope_standard_id: string | null;
  scope_framework_id: string | null;
  /** JSON array of { mark, conditions }, best first. */
  marks: string;
  otherwise: string;
  created_at: string;
  updated_at: string;
};

export type Database = {
  settings: SettingsTable;
  schools: SchoolsTable;
  terms: TermsTable;
  courses: CoursesTable;
  scales: ScalesTable;
  scale_levels: ScaleLevelsTable;
  classes: ClassesTable;
  educators: EducatorsTable;
  learners: LearnersTable;
  enrollments: EnrollmentsTable;
  contacts: ContactsTable;
  frameworks: FrameworksTable;
  standards: StandardsTable;
  prerequisites: PrerequisitesTable;
  standard_associations: StandardAssociationsTable;
  class_standards: ClassStandardsTable;
  assessments: AssessmentsTable;
  assessment_standards: AssessmentStandardsTable;
  evidence: EvidenceTable;
  mastery_overrides: MasteryOverridesTable;
  profile_entries: ProfileEntriesTable;
  goals: GoalsTable;
  goal_standards: GoalStandardsTable;
  reflections: ReflectionsTable;
  learning_paths: LearningPathsTable;
  path_steps: PathStepsTable;
  path_templates: PathTemplatesTable;
  path_template_steps: PathTemplateStepsTable;
  group_sets: GroupSetsTable;
  groups: GroupsTable;
  group_members: GroupMembersTable;
  audit_log: AuditLogTable;
  mastery_levels: MasteryLevelsTable;
  mastery_state: MasteryStateTable;
  demographics: DemographicsTable;
  import_runs: ImportRunsTable;
  report_card_rules: ReportCardRulesTable;
};

export type TableName = keyof Database;

/** Every table, in an order where a table comes after the tables it references. */
export const tableNames = [
  'settings',
  'schools',
  'terms',
  'courses',
  'scales',
  'scale_levels',
  'classes',
  'educators',
  'learners',
  'enrollments',
  'contacts',
  'frameworks',
  'standards',
  'prerequisites',
  'standard_associations',
  'class_standards',
  'assessments',
  'assessment_standards',
  'evidence',
  'mastery_overrides',
  'profile_entries',
  'goals',
  'goal_standards',
  'reflections',
  'learning_paths',
  'path_steps',
  'path_templates',
  'path_template_steps',
  'group_sets',
  'groups',
  'group_members',
  'audit_log',
  'mastery_levels',
  'mastery_state',
  'demographics',
  'import_runs',
  'report_card_rules',
] as const satisfies readonly TableName[];
