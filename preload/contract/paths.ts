/** The paths capability (learning paths: progression graph, readiness, each learner's route and pace). */
import { z } from 'zod';
import { id, isoDate, read, write } from './channel.js';
import type { ReadinessState } from './vocabulary.js';

/** A tracked standard in the class's progression graph. */
export type ProgressionStandard = {
  standardId: string;
  code: string | null;
  statement: string;
  /** Indices (into `standards`) of its prerequisites the class tracks. */
  prerequisites: number[];
  /** Codes of prerequisites the class does not track: assumed, never blocking. */
  assumed: string[];
};

/** One learner's readiness on every tracked standard, aligned with `ClassReadiness.standards`. */
export type LearnerReadiness = {
  learnerId: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  states: ReadinessState[];
  /** By standard index: the tracked prerequisites (indices) not yet mastered, for not-yet-ready standards. */
  blocking: Record<number, number[]>;
};

export type ClassReadiness = { classId: string; asOf: string | null; standards: ProgressionStandard[]; learners: LearnerReadiness[] };

export const pathsChannels = {
  'paths:readiness': read<ClassReadiness>()(z.object({ classId: id, asOf: isoDate.optional() }).strict()),
  /** Why one learner is where they are on one standard, in one plain sentence. */
  'paths:explain': read<{ state: ReadinessState; explanation: string }>()(
    z.object({ classId: id, learnerId: id, standardId: id, asOf: isoDate.optional() }).strict(),
  ),
  /** A teacher draws "master `prerequisiteId` before `standardId`" (audited); a circle is refused, named. */
  'paths:addPrerequisite': write<{ added: boolean }>(['standards', 'mastery'])(z.object({ standardId: id, prerequisiteId: id }).strict()),
  /** A teacher removes an edge, drawn by anyone (audited); the framework's own come back only with a re-import. */
  'paths:removePrerequisite': write<{ removed: boolean }>(['standards', 'mastery'])(z.object({ standardId: id, prerequisiteId: id }).strict()),
};
