/**
 * The groups capability (learning-aligned grouping): proposals by strategy with their fit report, group
 * sets saved in the gradebook, the pairing history behind "mix it up" and the rotation guard, and the
 * group-card sheet (PDF) and CSV.
 */
import { z } from 'zod';
import { id, isoDate, read, write } from './channel.js';
import { groupStrategies, type GroupFitRule, type GroupStrategy, type ReadinessState } from './vocabulary.js';

/** A standard a group set or proposal targets, as the teacher reads it. */
export type GroupTarget = { standardId: string; code: string | null; statement: string };

/** A learner as grouping sees them: where they stand on the target (or overall) and what interests them. */
export type GroupLearner = {
  learnerId: string;
  /** Preferred (or given) name and family name. */
  name: string;
  /** Readiness on the target standard; null when there is no target standard. */
  readiness: ReadinessState | null;
  /** Computed level on the target standard, or the cluster's roll-up, or the mean over tracked standards; null with no evidence. */
  level: number | null;
  /** The scale's label for the level reached ("Developing"); null with no evidence. */
  band: string | null;
  /** Interests from the learner's profile, as written. */
  interests: string[];
};

/** A group in a proposal: who is in it and why they are together. */
export type ProposedGroup = {
  name: string;
  learnerIds: string[];
  /** One plain sentence: "Ready for 5.NF.A.1", "Not yet ready: needs 4.NF.B.3 first", "Interest: soccer", "Mixed group". */
  reason: string;
  /** For readiness groups: the state they share. */
  readiness: ReadinessState | null;
  /** For band groups: the band's label. */
  band: string | null;
  /** For interest groups: the interest they share. */
  interest: string | null;
  /** For not-yet-ready groups: the prerequisite that blocks them. */
  blockedBy: GroupTarget | null;
};

/** One rule of the objective, measured on a proposal (or a saved set). */
export type FitLine = {
  rule: GroupFitRule;
  satisfied: boolean;
  /** How far it is met: e.g. pairs kept apart, groups spanning levels, repeated pairings. */
  met: number;
  /** Out of how many (for `repeats`, the number of pairs in the groups). */
  of: number;
  /** The teacher's sentence: "All 3 keep-apart pairs are in different groups." */
  sentence: string;
};

/** A constraint that cannot be met, named plainly; never dropped silently. */
export type UnmetConstraint = {
  rule: GroupFitRule;
  learnerIds: string[];
  /** Why: "5 learners are to be kept apart but there are only 4 groups." */
  reason: string;
};

/** A learner who was in the lowest readiness group in each of the last N group sets. */
export type RotationFlag = { learnerId: string; sets: number; sentence: string };

export type GroupProposal = {
  classId: string;
  strategy: GroupStrategy;
  target: GroupTarget | null;
  /** For a band proposal on a cluster: the cluster. */
  cluster: GroupTarget | null;
  /** The seed used: the same input and seed give the same groups. */
  seed: number;
  groups: ProposedGroup[];
  /** Every learner the proposal mentions, for names and standing. */
  learners: GroupLearner[];
  fit: FitLine[];
  unmet: UnmetConstraint[];
  /** The objective's value (lower is better); comparable only between proposals of the same input. */
  objective: number;
  rotationGuard: RotationFlag[];
};

/** A group in a saved set. */
export type SavedGroup = {
  groupId: string;
  name: string;
  learnerIds: string[];
  /** The adult working with the group, if any. */
  adult: string | null;
  /** Where it meets: "table 3", "library". */
  space: string | null;
  /** What the group does, printed on its card. */
  task: string | null;
};

/** A member whose standing moved across a band or readiness state since the set was saved. */
export type StaleMember = {
  learnerId: string;
  savedReadiness: ReadinessState | null;
  nowReadiness: ReadinessState | null;
  savedBand: string | null;
  nowBand: string | null;
};

export type GroupSetSummary = {
  groupSetId: string;
  classId: string;
  /** The day the groups are for. */
  date: string;
  purpose: string;
  strategy: GroupStrategy;
  target: GroupTarget | null;
  theme: string | null;
  groupCount: number;
  learnerCount: number;
  /** New evidence has moved a member across a band or readiness state since the set was saved. */
  stale: boolean;
  createdAt: string;
  updatedAt: string;
};

export type GroupSet = GroupSetSummary & {
  notes: string | null;
  seed: number | null;
  groups: SavedGroup[];
  learners: GroupLearner[];
  staleMembers: StaleMember[];
  fit: FitLine[];
};

/** How often a learner was grouped with each other learner in the recent sets, and on which standards. */
export type LearnerPairings = {
  learnerId: string;
  name: string;
  partners: { learnerId: string; name: string; times: number; standardCodes: string[]; lastOn: string }[];
  /** Consecutive most recent readiness/band sets in which the learner was in the lowest group. */
  lowestGroupStreak: number;
  rotationFlag: boolean;
};

export type GroupingHistory = {
  classId: string;
  /** The saved sets counted, newest first. */
  sets: GroupSetSummary[];
  learners: LearnerPairings[];
};

// ── requests ───────────────────────────────────────────────────────────────────────────────────────
/** A set of learners a rule names: all of them together, or each apart from the others. */
const learnerSet = z.array(id).min(2, 'a keep-together or keep-apart rule names at least two learners').max(60);
const seed = z.number().int().min(0).max(2_147_483_647);
const shortText = (max: number) => z.string().trim().max(max);

const proposeRequest = z
  .object({
    classId: id,
    strategy: z.enum(groupStrategies),
    /** Readiness: required. Bands: this standard, or `clusterId`. Balanced: levels on it (else over every tracked standard). */
    standardId: id.optional(),
    /** Bands on a cluster (its roll-up level). */
    clusterId: id.optional(),
    /** Balanced: the group size (sizes differ by at most one). Other strategies: a cap that splits larger groups. */
    size: z.number().int().min(1).max(200).optional(),
    /** Manual: how many empty groups to start with. */
    groupCount: z.number().int().min(1).max(100).optional(),
    seed: seed.optional(),
    apart: z.array(learnerSet).max(100).optional(),
    together: z.array(learnerSet).max(100).optional(),
    /** Weigh repeats of recent pairings heavily. */
    mixItUp: z.boolean().optional(),
    /** How many recent saved sets count as "recent" for repeats (default 10). */
    recentSets: z.number().int().min(0).max(50).optional(),
    asOf: isoDate.optional(),
  })
  .strict()
  .refine((r) => r.strategy !== 'readiness' || r.standardId !== undefined, { message: 'readiness groups need a target standard', path: ['standardId'] })
  .refine((r) => r.strategy !== 'bands' || (r.standardId === undefined) !== (r.clusterId === undefined), {
    message: 'proficiency bands need one standard or one cluster',
    path: ['standardId'],
  })
  .refine((r) => r.strategy !== 'balanced' || r.size !== undefined, { message: 'balanced groups need a group size', path: ['size'] });

/** The groups as they are on the board now, to be scored (groups:score). */
const scoredGroup = z.object({ name: z.string().trim().max(120), learnerIds: z.array(id).max(5000) }).strict();

const scoreRequest = z
  .object({
    classId: id,
    strategy: z.enum(groupStrategies),
    standardId: id.optional(),
    clusterId: id.optional(),
    /** The proposal's size, so a cap or even sizes are judged as they were. */
    size: z.number().int().min(1).max(200).optional(),
    apart: z.array(learnerSet).max(100).optional(),
    together: z.array(learnerSet).max(100).optional(),
    mixItUp: z.boolean().optional(),
    recentSets: z.number().int().min(0).max(50).optional(),
    asOf: isoDate.optional(),
    groups: z.array(scoredGroup).max(500),
  })
  .strict()
  .refine((r) => r.standardId === undefined || r.clusterId === undefined, { message: 'score on one standard or one cluster, not both', path: ['standardId'] });

/** A proposal's measures for groups as they stand: the same rules, sentences and objective. */
export type GroupScore = Pick<GroupProposal, 'fit' | 'unmet' | 'objective'>;

const groupInput = z
  .object({
    /** Keep a saved group's id when editing; new groups leave it out. */
    groupId: id.optional(),
    name: z.string().trim().min(1, 'give each group a name').max(120),
    learnerIds: z.array(id).max(5000),
    adult: shortText(120).nullable().optional(),
    space: shortText(120).nullable().optional(),
    task: shortText(500).nullable().optional(),
  })
  .strict();

const setFields = {
  date: isoDate,
  purpose: z.string().trim().min(1, 'say what the groups are for').max(200),
  standardId: id.nullable().optional(),
  theme: shortText(200).nullable().optional(),
  notes: shortText(2000).nullable().optional(),
  groups: z.array(groupInput).min(1, 'a group set has at least one group').max(500),
};

export const groupsChannels = {
  /** Proposes groups by a strategy, with the fit report; writes nothing (the CLI prints the same). */
  'groups:propose': read<GroupProposal>()(proposeRequest),
  /** Scores groups as they stand after hand moves, by the same objective and fit report as a proposal; writes nothing. */
  'groups:score': read<GroupScore>()(scoreRequest),
  /** Saves a dated group set (audited); each learner in at most one group, every learner enrolled in the class. */
  'groups:save': write<GroupSet>(['groups'])(
    z
      .object({ classId: id, strategy: z.enum(groupStrategies), seed: seed.nullable().optional(), ...setFields })
      .strict(),
  ),
  /** Edits a saved set: any field; `groups` replaces the groups (move learners, rename, add, remove). Audited. */
  'groups:update': write<GroupSet>(['groups'])(
    z
      .object({
        groupSetId: id,
        date: setFields.date.optional(),
        purpose: setFields.purpose.optional(),
        standardId: setFields.standardId,
        theme: setFields.theme,
        notes: setFields.notes,
        groups: setFields.groups.optional(),
      })
      .strict(),
  ),
  /** The class's saved sets, newest first, each with its stale flag. */
  'groups:list': read<GroupSetSummary[]>()(z.object({ classId: id }).strict()),
  'groups:get': read<GroupSet>()(z.object({ groupSetId: id }).strict()),
  /** Who was grouped with whom in the recent sets, and the rotation guard. */
  'groups:history': read<GroupingHistory>()(
    z
      .object({
        classId: id,
        /** How many recent sets to count (default 10). */
        recentSets: z.number().int().min(1).max(200).optional(),
        /** The rotation guard's N: flagged when in the lowest group in each of the last N readiness/band sets (default 3). */
        guardSets: z.number().int().min(1).max(20).optional(),
      })
      .strict(),
  ),
  /** The group-card sheet: one card per group (members, target, task), as a PDF (base64). */
  'groups:cards': read<{ fileName: string; pdfBase64: string }>()(z.object({ groupSetId: id }).strict()),
  /** The set as CSV: one row per member (group, learner, adult, space, task). */
  'groups:csv': read<{ fileName: string; csv: string }>()(z.object({ groupSetId: id }).strict()),
  /** Deletes a saved set (audited, with its groups in the audit entry). */
  'groups:delete': write<{ deleted: boolean }>(['groups'])(z.object({ groupSetId: id }).strict()),
};
