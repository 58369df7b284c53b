import type { ProfileEntryCategory } from './vocabulary.js';

/**
 * What a profile entry's category is called, once for every layer: the timeline and the snapshot PDF (main)
 * name one entry, the profile page (renderer) heads its lists. One table so the app never says "Modality" in
 * one place and "Way to learn" in another.
 */
export const profileEntryWords = {
  strength: { one: 'Strength', heading: 'Strengths' },
  need: { one: 'Need', heading: 'Needs' },
  interest: { one: 'Interest', heading: 'Interests' },
  motivation: { one: 'Motivation', heading: 'Motivations' },
  aspiration: { one: 'Aspiration', heading: 'Aspirations' },
  modality: { one: 'Preferred way to learn', heading: 'Preferred ways to learn' },
  culture: { one: 'Culture', heading: 'Culture' },
  language: { one: 'Language', heading: 'Languages' },
  support: { one: 'Support', heading: 'Supports and accommodations' },
  note: { one: 'Note', heading: 'Notes' },
} as const satisfies Record<ProfileEntryCategory, { one: string; heading: string }>;
