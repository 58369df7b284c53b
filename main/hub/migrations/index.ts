import { hubInitialSchema } from './0010-initial.js';
import type { HubMigration } from './hub-migration.js';

/** Every hub migration, in order (steps of 10, like the gradebook's). */
export const hubMigrations: readonly HubMigration[] = [hubInitialSchema];
