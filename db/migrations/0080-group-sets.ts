import type { Migration } from './migration.js';

/**
 * Group sets as teachers make them (issue 12): the set gets its notes and the seed that reproduces it;
 * each group an optional adult, a space ("table 3", "library") and a task for its card; each member
 * their order in the group and where they stood when the set was saved (readiness on the target, level
 * and band), so a set can say it is stale once evidence moves a member across a band or readiness state.
 * The initial schema's strategy names are kept in the table ('proficiency_band', 'interest'); db/group-sets.ts
 * maps them to the contract's. Columns are added, nothing is rebuilt: groups and members keep their rows.
 */
export const groupSets: Migration = {
  version: 80,
  name: 'group-sets',
  sql: `
ALTER TABLE group_sets ADD COLUMN notes TEXT;
ALTER TABLE group_sets ADD COLUMN seed INTEGER;

ALTER TABLE groups ADD COLUMN adult TEXT;
ALTER TABLE groups ADD COLUMN space TEXT;
ALTER TABLE groups ADD COLUMN task TEXT;
CREATE INDEX groups_set ON groups(group_set_id, position);

ALTER TABLE group_members ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE group_members ADD COLUMN saved_readiness TEXT CHECK (saved_readiness IN ('mastered', 'not_yet_ready', 'in_progress', 'ready'));
ALTER TABLE group_members ADD COLUMN saved_level REAL;
ALTER TABLE group_members ADD COLUMN saved_band TEXT;
CREATE INDEX group_members_learner ON group_members(learner_id);
`,
};
