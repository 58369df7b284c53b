import type { ChangedAggregate } from '../../../preload/contract/index.js';

/**
 * What the Groups section's reads (session/use-live-read.ts) depend on. A saved set's stale flag follows
 * new evidence, so its readers also listen for evidence and levels.
 */
export const groupSetInputs = ['groups', 'evidence', 'mastery', 'learners', 'classes', 'standards', 'scales'] as const satisfies readonly ChangedAggregate[];

export const rosterInputs = ['learners', 'classes'] as const satisfies readonly ChangedAggregate[];
export const trackedInputs = ['standards', 'frameworks', 'classes'] as const satisfies readonly ChangedAggregate[];
