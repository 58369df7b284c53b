import type { LearnerGoal, LearnerProfile, ProfileEntry, Scale, StandardStanding } from '../../../preload/contract/index.js';

export const sampleScale: Scale = {
  id: 'scale-1',
  title: 'Proficiency',
  purpose: 'academic',
  masteryThreshold: 3,
  halfSteps: false,
  levels: [
    { value: 1, label: 'Beginning', shortLabel: 'B', colour: '#c2410c', description: '' },
    { value: 2, label: 'Developing', shortLabel: 'D', colour: '#ca8a04', description: '' },
    { value: 3, label: 'Proficient', shortLabel: 'P', colour: '#15803d', description: '' },
    { value: 4, label: 'Extending', shortLabel: 'E', colour: '#1d4ed8', description: '' },
  ],
};

const domain = { id: 'nf', code: '5.NF', statement: 'Number and Operations—Fractions' };
const clusterA = { id: 'nf-a', code: '5.NF.A', statement: 'Use equivalent fractions' };
const clusterB = { id: 'nf-b', code: '5.NF.B', statement: 'Multiply and divide fractions' };

export function standing(standardId: string, ancestors: StandardStanding['ancestors'], fields: Partial<StandardStanding> = {}): StandardStanding {
  return {
    standardId,
    code: standardId.toUpperCase(),
    statement: `Statement of ${standardId}`,
    ancestors,
    scaleId: sampleScale.id,
    methodLabel: 'Most recent',
    level: null,
    mastered: false,
    evidenceCount: 0,
    lastObservedOn: null,
    override: null,
    points: [],
    ...fields,
  };
}

export const sampleStandings: StandardStanding[] = [
  standing('5.nf.a.1', [clusterA, domain], { level: 3, mastered: true, evidenceCount: 2, points: [{ observedOn: '2025-10-01', level: 2 }, { observedOn: '2025-11-01', level: 3 }] }),
  standing('5.nf.a.2', [clusterA, domain], { level: 2, evidenceCount: 1, points: [{ observedOn: '2025-10-03', level: 2 }] }),
  standing('5.nf.b.3', [clusterB, domain]),
  standing('loose', []),
];

export function entry(entryId: string, fields: Partial<ProfileEntry> = {}): ProfileEntry {
  return {
    entryId,
    category: 'interest',
    body: `Entry ${entryId}`,
    author: 'educator',
    authorName: 'Ms. Rivera',
    sensitive: false,
    notedOn: '2026-01-10',
    updatedAt: '2026-01-10T10:00:00.000Z',
    ...fields,
  };
}

export function goal(goalId: string, fields: Partial<LearnerGoal> = {}): LearnerGoal {
  return {
    goalId,
    body: `Goal ${goalId}`,
    targetOn: null,
    status: 'active',
    standards: [],
    progress: null,
    suggestMet: false,
    reflections: [],
    createdOn: '2026-01-05',
    author: 'educator',
    authorName: 'Ms. Rivera',
    ...fields,
  };
}

export function sampleProfile(fields: Partial<LearnerProfile> = {}): LearnerProfile {
  return {
    learner: {
      learnerId: 'ana',
      givenName: 'Ana',
      familyName: 'Sjöberg',
      preferredName: null,
      pronouns: 'she/her',
      gradeLevel: '5',
      languages: ['sv', 'en'],
      status: 'active',
      classes: [{ classId: 'class-1', title: 'Grade 5 Maths', code: 'M5' }],
      identifier: 'S-001',
    },
    classId: 'class-1',
    asOf: null,
    contacts: [],
    supports: [entry('support-1', { category: 'support', sensitive: true })],
    scales: [sampleScale],
    academic: sampleStandings,
    gaps: [
      { standardId: '5.nf.a.2', code: '5.NF.A.2', statement: 'Statement of 5.nf.a.2', reason: 'ready_not_mastered' },
      { standardId: '5.nf.b.3', code: '5.NF.B.3', statement: 'Statement of 5.nf.b.3', reason: 'no_evidence' },
    ],
    skills: [],
    drivers: [entry('interest-1'), entry('strength-1', { category: 'strength', author: 'learner', authorName: 'Ana' })],
    notes: [entry('note-1', { category: 'note', sensitive: true })],
    goals: [goal('goal-1', { reflections: [{ reflectionId: 'r-1', body: 'Going well', reflectedOn: '2026-01-08', author: 'learner', authorName: 'Ana' }] })],
    timeline: [],
    ...fields,
  };
}
