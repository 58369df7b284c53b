import type { scalesChannels } from '../../preload/contract/scales.js';
import type { ChannelSamples } from './samples.js';

/** Scales. Per channel: one valid request on the demo gradebook, and malformed ones it must refuse. */
export const scalesSamples = {
  'scales:list': {
    valid: () => ({}),
    malformed: [],
  },
  'scales:save': {
    valid: () => ({
      title: 'Reading behaviours',
      purpose: 'learning_skills',
      masteryThreshold: 2,
      halfSteps: false,
      levels: [
        { value: 1, label: 'Not yet', shortLabel: 'N', colour: '#5D1B16', description: '' },
        { value: 2, label: 'Yes', shortLabel: 'Y', colour: '#2C72A3', description: '' },
      ],
    }),
    malformed: [
      { title: 'One level', purpose: 'academic', masteryThreshold: 1, halfSteps: false, levels: [{ value: 1, label: 'Only', shortLabel: 'O', colour: '#000000', description: '' }] },
      { title: 'Bad colour', purpose: 'academic', masteryThreshold: 1, halfSteps: false, levels: [1, 2].map((value) => ({ value, label: 'L', shortLabel: 'L', colour: 'red', description: '' })) },
      { title: 'No purpose', masteryThreshold: 1, halfSteps: false, levels: [] },
    ],
  },
} satisfies ChannelSamples<typeof scalesChannels>;
