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

/** Who wrote an entry in a learner's profile: the learner's own voice, an educator, or a family member. */
export const profileAuthors = ['learner', 'educator', 'family'] as const;
export type ProfileAuthor = (typeof profileAuthors)[number];

/**
 * What drives a learner (DOMAIN.md, learner profile): each an entry with its author. `modality` is a
 * preferred way to learn.
 */
export const driverCategories = ['strength', 'need', 'interest', 'motivation', 'aspiration', 'modality', 'culture', 'language'] as const;
export type DriverCategory = (typeof driverCategories)[number];

/**
 * Every kind of profile entry: the drivers, plus supports and accommodations (always sensitive) and
 * notes (sensitive when marked private).
 */
export const profileEntryCategories = [...driverCategories, 'support', 'note'] as const;
export type ProfileEntryCategory = (typeof profileEntryCategories)[number];

export const goalStatuses = ['active', 'met', 'revised', 'dropped'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

/** Why a tracked standard is a gap: ready (its tracked prerequisites are mastered) but not mastered, or never seen. */
export const gapReasons = ['ready_not_mastered', 'no_evidence'] as const;
export type GapReason = (typeof gapReasons)[number];

export const timelineKinds = ['evidence', 'feedback', 'goal', 'reflection', 'entry'] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export const profileTextLimits = { body: 2000, authorName: 120 } as const;

/**
 * Where a learner stands on a tracked standard along the class's progression graph, decided in this
 * order: mastered; not yet ready (a tracked prerequisite is not mastered); in progress (evidence with
 * a level); ready.
 */
export const readinessStates = ['mastered', 'not_yet_ready', 'in_progress', 'ready'] as const;
export type ReadinessState = (typeof readinessStates)[number];

/** A path step's status as a learner and teacher set it; "mastered" is never set by hand, it comes from evidence. */
export const stepStatuses = ['not_started', 'working', 'evidence_submitted', 'skipped'] as const;
export type StepStatus = (typeof stepStatuses)[number];

/** Ways to learn a step offers (DOMAIN.md, learner choice). */
export const activityModalities = ['small_group', 'digital', 'project', 'community', 'one_to_one'] as const;
export type ActivityModality = (typeof activityModalities)[number];

/**
 * How a group set is made (DOMAIN.md, learning-aligned grouping): by readiness for a target standard,
 * proficiency bands, interests, balanced mixed groups, or by hand.
 */
export const groupStrategies = ['readiness', 'bands', 'interests', 'balanced', 'manual'] as const;
export type GroupStrategy = (typeof groupStrategies)[number];

/**
 * The rules one grouping objective weighs, each reported in a proposal's fit report: groups span levels
 * (balance), shared interests, keep together, keep apart, repeats of recent pairings, and sizes.
 */
export const groupFitRules = ['balance', 'interests', 'together', 'apart', 'repeats', 'sizes'] as const;
export type GroupFitRule = (typeof groupFitRules)[number];
