/**
 * The gradebook's fixed vocabularies and limits, defined once: the contract's schemas, the database's
 * column types, the mastery engine and the renderer's forms all take them from here. Pure data.
 */

export const evidenceKinds = ['of', 'for', 'as'] as const;
/** Assessment of, for or as learning. */
export type EvidenceKind = (typeof evidenceKinds)[number];

export const evidenceSources = ['class', 'self', 'peer', 'family', 'community', 'online'] as const;
/** Where the learning happened: in class, or anytime-anywhere. */
export type EvidenceSource = (typeof evidenceSources)[number];

export const feedbackStatuses = ['awaiting', 'given', 'not_needed'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];

export const rollupMethods = ['mean', 'minimum', 'mode', 'all_proficient'] as const;
/** How a learner's levels on a cluster's or domain's standards roll up into one. */
export type RollupMethod = (typeof rollupMethods)[number];

export const scalePurposes = ['academic', 'learning_skills'] as const;
export type ScalePurpose = (typeof scalePurposes)[number];

/**
 * Allowed parameter ranges (inclusive) of the mastery methods, for the request schema, the engine and
 * the method form alike; N must also be a whole number.
 */
export const methodLimits = {
  recentN: { min: 1, max: 50 },
  nMastery: { min: 1, max: 10 },
  weightedAverageWeight: { min: 0.01, max: 0.99 },
  decayingAverageWeight: { min: 0.5, max: 0.99 },
} as const;
