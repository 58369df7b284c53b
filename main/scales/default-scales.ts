import type { NewScale } from '../../db/scales.js';

/**
 * The two proficiency scales every new gradebook starts with (the demo uses them too). Colours were chosen to reach at least 4.8:1 contrast on white
 * (WCAG AA for text) and to stay apart under simulated protanopia, deuteranopia and tritanopia
 * (CIELAB ΔE ≥ 27 between any two levels of a scale), so a level never depends on telling hues apart.
 */
export const academicScale: NewScale = {
  title: 'Proficiency (1–4)',
  purpose: 'academic',
  masteryThreshold: 3,
  levels: [
    { value: 1, label: 'Beginning', shortLabel: 'B', colour: '#5D1B16', description: 'Shows a start on the standard with a lot of help.' },
    { value: 2, label: 'Developing', shortLabel: 'D', colour: '#886B20', description: 'Does the simpler parts, with some help or some errors.' },
    { value: 3, label: 'Proficient', shortLabel: 'P', colour: '#2C72A3', description: 'Meets the standard independently and accurately.' },
    { value: 4, label: 'Extending', shortLabel: 'E', colour: '#5D1EB6', description: 'Applies the standard in new, more complex situations.' },
  ],
};

export const learningSkillsScale: NewScale = {
  title: 'Learning-related skills (1–4)',
  purpose: 'learning_skills',
  masteryThreshold: 3,
  levels: [
    { value: 1, label: 'Rarely', shortLabel: 'R', colour: '#5C3416', description: 'Shows the skill rarely, even when reminded.' },
    { value: 2, label: 'Sometimes', shortLabel: 'S', colour: '#77751C', description: 'Shows the skill sometimes, often after a reminder.' },
    { value: 3, label: 'Usually', shortLabel: 'U', colour: '#0F6674', description: 'Shows the skill most of the time without reminders.' },
    { value: 4, label: 'Consistently', shortLabel: 'C', colour: '#16176F', description: 'Shows the skill all the time and helps others to.' },
  ],
};
