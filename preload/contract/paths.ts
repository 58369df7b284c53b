/** The paths capability (learning paths: progression graph, readiness, each learner's route and pace). */
import { z } from 'zod';
import { id, isoDate, read, write } from './channel.js';
import { activityModalities, stepStatuses, type ActivityModality, type ReadinessState, type StepStatus } from './vocabulary.js';

/** A tracked standard in the class's progression graph. */
export type ProgressionStandard = {
  standardId: string;
  code: string | null;
  statement: string;
  /** Indices (into `standards`) of its prerequisites the class tracks. */
  prerequisites: number[];
  /** Codes of prerequisites the class does not track: assumed, never blocking. */
  assumed: string[];
  /** The group it sits in (a cluster such as 5.NF.B), for "Order this cluster as listed"; null at a framework's top. */
  cluster?: { clusterId: string; label: string } | null;
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

/** An activity a step offers, in one modality: what the learner may choose to do. */
export type ActivityOption = { modality: ActivityModality; title: string; link: string | null };

export type PathTemplate = {
  templateId: string;
  classId: string;
  title: string;
  steps: { standardId: string; code: string | null; statement: string; options: ActivityOption[] }[];
  /** Learners whose path was made from it. */
  learnerCount: number;
};

export type PathStep = {
  stepId: string;
  standardId: string;
  code: string | null;
  statement: string;
  options: ActivityOption[];
  /** The title of the option the learner chose, or null. */
  chosenOption: string | null;
  /** As set by hand; `mastered` overrides it whenever the evidence says so. */
  status: StepStatus | 'mastered';
  skipReason: string | null;
  plannedStartOn: string | null;
  plannedEndOn: string | null;
  readiness: ReadinessState;
  /** The step to work on next: the first one not mastered or skipped that the learner is ready for. */
  suggested: boolean;
};

/** Mastered steps per week as a range, and the finish window it gives, against the learner's target or the term's end. */
export type PathPace = {
  status: 'finished' | 'not_started' | 'ahead' | 'on_track' | 'behind';
  stepsPerWeek: { low: number; high: number } | null;
  finish: { earliest: string; latest: string | null } | null;
  deadline: string | null;
};

export type LearnerPath = {
  pathId: string;
  classId: string;
  learnerId: string;
  title: string;
  targetOn: string | null;
  startedOn: string;
  steps: PathStep[];
  pace: PathPace;
};

/** A step as the path board names it: which standard, and where the learner is with it. */
export type StepBrief = { stepId: string; standardId: string; code: string | null; statement: string; status: PathStep['status']; readiness: ReadinessState };

/** Each learner of a class who has a path: the step they are on and the one after it (null where there is none). */
export type LearnerSteps = { learnerId: string; pathId: string; current: StepBrief | null; next: StepBrief | null; mastered: number; total: number };

const activityOption = z
  .object({ modality: z.enum(activityModalities), title: z.string().trim().min(1).max(200), link: z.string().trim().max(2000).nullable() })
  .strict();
const options = z.array(activityOption).max(8, 'at most 8 options per step');

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
  /** Makes a cluster's standards a chain in their own order (each the prerequisite of the next), when the teacher asks. */
  /** With `classId`, only the standards that class tracks are chained. */
  'paths:orderCluster': write<{ added: number }>(['standards', 'mastery'])(z.object({ clusterId: id, classId: id.optional() }).strict()),
  'paths:templates': read<PathTemplate[]>()(z.object({ classId: id }).strict()),
  /** Creates (no `templateId`) or replaces a class's path template. */
  'paths:saveTemplate': write<PathTemplate>(['paths'])(
    z
      .object({
        classId: id,
        templateId: id.optional(),
        title: z.string().trim().min(1, 'give the path a title').max(200),
        steps: z.array(z.object({ standardId: id, options }).strict()).min(1, 'add at least one step').max(300),
      })
      .strict(),
  ),
  /** Gives each learner their own copy of the template; a learner who already has one from it is left as they are. */
  'paths:applyTemplate': write<{ created: number; alreadyHad: number }>(['paths'])(
    z
      .object({
        templateId: id,
        learnerIds: z.array(id).min(1, 'choose at least one learner').max(5000),
        /** The day the paths begin on the teacher's calendar (pace counts from it); today when left out. */
        startOn: isoDate.optional(),
      })
      .strict(),
  ),
  /** A learner's path in a class (their newest), with each step's status, readiness and the pace; null when they have none. */
  'paths:learnerPath': read<LearnerPath | null>()(z.object({ classId: id, learnerId: id, asOf: isoDate.optional() }).strict()),
  'paths:updateStep': write<PathStep>(['paths'])(
    z
      .object({
        learnerId: id,
        stepId: id,
        chosenOption: z.string().trim().min(1).max(200).nullable().optional(),
        status: z.enum(stepStatuses).optional(),
        /** Required with status `skipped`: why the step is skipped. */
        skipReason: z.string().trim().min(1).max(500).optional(),
        plannedStartOn: isoDate.nullable().optional(),
        plannedEndOn: isoDate.nullable().optional(),
      })
      .strict()
      .refine((r) => (r.status === 'skipped') === (r.skipReason !== undefined), { message: 'a skipped step needs a reason, and only a skipped one', path: ['skipReason'] }),
  ),
  /** Every learner's current and next step in a class (learners without a path are left out), now or as of a date. */
  'paths:classSteps': read<LearnerSteps[]>()(z.object({ classId: id, asOf: isoDate.optional() }).strict()),
  /** The learner's own target date for their path (null: none, so pace is measured against the end of term). */
  'paths:setTarget': write<{ targetOn: string | null }>(['paths'])(z.object({ learnerId: id, pathId: id, targetOn: isoDate.nullable() }).strict()),
  /** Moves a step to another place in the learner's own path (0 = first). */
  'paths:moveStep': write<{ moved: boolean }>(['paths'])(z.object({ learnerId: id, stepId: id, position: z.number().int().min(0).max(1000) }).strict()),
  /** Extends a learner's own path with a step at the end. */
  'paths:addStep': write<PathStep>(['paths'])(z.object({ learnerId: id, pathId: id, standardId: id, options }).strict()),
};
