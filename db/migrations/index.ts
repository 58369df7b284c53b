import type { Migration } from './migration.js';
import { initialSchema } from './0010-initial.js';
import { demographics } from './0020-demographics.js';
import { masteryLevels } from './0030-mastery-levels.js';
import { sourceModified } from './0040-source-modified.js';
import { masteryLevelsClustered } from './0050-mastery-levels-clustered.js';
import { learnerProfiles } from './0060-learner-profiles.js';
import { learningPaths } from './0070-learning-paths.js';
import { groupSets } from './0080-group-sets.js';
import { reportCardRules } from './0090-report-card-rules.js';

/** Every migration, in the order it runs. Imported statically so a bundle cannot miss one. */
export const migrations: readonly Migration[] = [initialSchema, demographics, masteryLevels, sourceModified, masteryLevelsClustered, learnerProfiles, learningPaths, groupSets, reportCardRules];

export const latestSchemaVersion: number = migrations.at(-1)?.version ?? 0;
