import type { Scale } from '../../../preload/contract/index.js';

/** Test data for the gradebook's unit tests (never imported by the app): the demo's 1–4 proficiency scale. */
export const sampleLevel = (value: number, label: string, shortLabel: string) => ({ value, label, shortLabel, colour: '#123456', description: '' });

export const proficiencyScale: Scale = {
  id: 's',
  title: 'Proficiency (1–4)',
  purpose: 'academic',
  masteryThreshold: 3,
  halfSteps: false,
  levels: [sampleLevel(1, 'Beginning', 'B'), sampleLevel(2, 'Developing', 'D'), sampleLevel(3, 'Proficient', 'P'), sampleLevel(4, 'Extending', 'E')],
};
