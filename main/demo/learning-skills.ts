import type { BuiltInStandard } from './grade5-framework.js';

/**
 * "Proficio Learning-Related Skills (demo)": how a learner works, scored on its own scale beside the
 * academic standards. Statements are Proficio's own.
 */
export const learningSkillsFramework = {
  title: 'Proficio Learning-Related Skills (demo)',
  creator: 'Proficio',
  publisher: 'Proficio (demo content)',
  version: '1.0',
  subject: 'Learning-related skills',
  gradeLevels: ['05'],
} as const;

export const learningSkills: readonly BuiltInStandard[] = [
  {
    code: 'LS.1',
    statement: 'Keeps working when a task gets hard: tries another strategy, asks for help when stuck, and comes back to unfinished work.',
    abbreviated: 'Perseverance',
    topic: 'perseverance',
  },
  {
    code: 'LS.2',
    statement: 'Works with others toward a shared goal: listens, takes a fair share of the work, and builds on the ideas of the group.',
    abbreviated: 'Collaboration',
    topic: 'collaboration',
  },
  {
    code: 'LS.3',
    statement: 'Manages attention, time and feelings while learning: starts promptly, notices when focus slips, and uses a strategy to get back on track.',
    abbreviated: 'Self-regulation',
    topic: 'self-regulation',
  },
  {
    code: 'LS.4',
    statement: 'Explains thinking clearly in words, drawings or symbols, and asks questions that move a discussion forward.',
    abbreviated: 'Communication',
    topic: 'communicating mathematical thinking',
  },
];
