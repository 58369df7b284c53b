import type { ChangedAggregate } from '../../../preload/contract/index.js';

/** Everything a class report is made from (what its live read, session/use-live-read.ts, listens for). */
export const classReportInputs = ['evidence', 'mastery', 'learners', 'classes', 'standards', 'frameworks', 'scales'] as const satisfies readonly ChangedAggregate[];
/** Report-card rules are saved as `mastery` writes. */
export const ruleInputs = ['mastery', 'standards', 'frameworks'] as const satisfies readonly ChangedAggregate[];
/** The school's terms arrive with a roster import (as classes do). */
export const termInputs = ['classes'] as const satisfies readonly ChangedAggregate[];
/** A teacher's file read in coach mode never changes under the coach: nothing to listen for. */
export const noInputs = [] as const satisfies readonly ChangedAggregate[];
