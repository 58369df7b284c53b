/** The learners capability: classes and their rosters (learner profiles come next). */
import { z } from 'zod';
import { id, noRequest, read } from './channel.js';

export type ClassSummary = {
  id: string;
  title: string;
  code: string | null;
  termTitle: string | null;
  courseTitle: string | null;
  learnerCount: number;
};

export type RosterEntry = {
  learnerId: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  evidenceCount: number;
  /** ISO date of the most recent evidence this class holds for the learner, or null when none. */
  lastEvidenceOn: string | null;
};

/** One learner as the profile header shows them: names, pronouns, grade, languages, and active classes. */
export type LearnerSummary = {
  learnerId: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  pronouns: string | null;
  gradeLevel: string | null;
  /** BCP 47 tags, the language used at home first. */
  languages: string[];
  status: 'active' | 'inactive';
  /** The classes the learner is actively enrolled in, by title. */
  classes: { classId: string; title: string; code: string | null }[];
};

export const learnersChannels = {
  'classes:list': read<ClassSummary[]>()(noRequest),
  'learners:roster': read<RosterEntry[]>()(z.object({ classId: id }).strict()),
  'learners:get': read<LearnerSummary>()(z.object({ learnerId: id }).strict()),
};
