import type { GapReason, GoalStatus, ProfileAuthor, ProfileEntryCategory, TimelineKind } from '../../../preload/contract/index.js';

/**
 * The words the profile page uses for the contract's vocabularies, in one place so every part says the same
 * (a category's own name and heading are shared with main: preload/contract/profile-entry-words.ts).
 */

/** What the "Add to the profile" form offers, as the teacher would say it. */
export const categoryChoices = {
  strength: 'A strength',
  need: 'A need',
  interest: 'An interest',
  motivation: 'A motivation',
  aspiration: 'An aspiration',
  modality: 'A preferred way to learn',
  culture: 'Culture',
  language: 'A language',
  support: 'A support or accommodation (hidden while sharing the screen)',
  note: 'A note',
} as const satisfies Record<ProfileEntryCategory, string>;

export const authorLabels = {
  learner: 'The learner',
  educator: 'An educator',
  family: 'A family member',
} as const satisfies Record<ProfileAuthor, string>;

export const goalStatusLabels = {
  active: 'Active',
  met: 'Met',
  revised: 'Revised',
  dropped: 'Dropped',
} as const satisfies Record<GoalStatus, string>;

export const gapReasonText = {
  ready_not_mastered: 'Ready to learn: what comes before it is mastered',
  no_evidence: 'No evidence yet',
} as const satisfies Record<GapReason, string>;

export const timelineKindLabels = {
  evidence: 'Evidence',
  feedback: 'Feedback',
  goal: 'Goals',
  reflection: 'Reflections',
  entry: 'Profile entries',
} as const satisfies Record<TimelineKind, string>;

/** What one timeline item is, on its badge. */
export const timelineItemLabels = {
  evidence: 'Evidence',
  feedback: 'Feedback',
  goal: 'Goal',
  reflection: 'Reflection',
  entry: 'Profile entry',
} as const satisfies Record<TimelineKind, string>;
