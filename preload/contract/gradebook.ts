/**
 * The gradebook capability: evidence, assessments, mastery (the grid, methods, overrides, a cell's
 * history) and the gradebook file itself.
 */
import { z } from 'zod';
import { id, isoDate, noRequest, read, write, type ChangedAggregate } from './channel.js';
import type { Scale } from './scales.js';
import {
  evidenceKinds,
  evidenceSources,
  feedbackStatuses,
  methodLimits,
  rollupMethods,
  type EvidenceKind,
  type EvidenceSource,
  type FeedbackStatus,
  type RollupMethod,
} from './vocabulary.js';

export type { EvidenceKind, EvidenceSource, FeedbackStatus, RollupMethod };

export type GradebookInfo = {
  path: string;
  schemaVersion: number;
  title: string | null;
  counts: Record<string, number>;
  /** Set when the teacher's gradebook could only be opened for reading, saying why. */
  readOnly: ReadOnlyOpening | null;
};

export type Evidence = {
  id: string;
  classId: string;
  learnerId: string;
  standardId: string;
  assessmentId: string | null;
  level: number | null;
  observedOn: string;
  kind: EvidenceKind;
  modality: string | null;
  source: EvidenceSource;
  sourceDescription: string | null;
  recordedAt: string;
  feedback: string | null;
  feedbackOn: string | null;
  feedbackStatus: FeedbackStatus;
  revision: number;
  deletedAt: string | null;
};

export type MasteryOverride = { level: number; reason: string; overriddenOn: string };

export type GridCell = {
  /** Rounded level, or null when there is no evidence with a level. */
  level: number | null;
  mastered: boolean;
  evidenceCount: number;
  lastObservedOn: string | null;
  awaitingFeedback: number;
  /** Set when a teacher's override decides this cell (it lapses once newer evidence arrives). */
  override: MasteryOverride | null;
};

export type GridColumn = {
  standardId: string;
  code: string | null;
  statement: string;
  /** The standard's ancestors, nearest first (e.g. cluster, then domain), for grouped headers. */
  ancestors: { id: string; code: string | null; statement: string; type: string }[];
  /** Label of this column's own method when the standard has one (else it follows the class's). */
  methodLabel: string | null;
  /** The scale this column is scored on (in `MasteryGrid.scales`): its framework's, else the class's. */
  scaleId: string;
};

/**
 * One learner's cells as the grid sends them: parallel arrays aligned with `columns`, because a class
 * of 1,000 learners × 200 standards as one object per cell is ~25 MB of repeated keys. `mastered` is
 * not sent: it follows from the level and the column's mastery threshold.
 */
export type GridRowCells = {
  level: (number | null)[];
  evidenceCount: number[];
  lastObservedOn: (string | null)[];
  awaitingFeedback: number[];
  /** By column index: the few cells a teacher's override decides. */
  overrides: Record<number, MasteryOverride>;
};

export type GridRow = {
  learnerId: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  /** The school's identifier for the learner (a student number), when the roster has one: tells same-name learners apart. */
  identifier?: string | null;
  cells: GridRowCells;
  /** Roll-up level per group, aligned with `MasteryGrid.groups`, by the class's roll-up method. */
  rollups: (number | null)[];
};

export type MasteryGrid = {
  classId: string;
  asOf: string | null;
  method: MasteryMethodInput;
  methodLabel: string;
  rollupMethod: RollupMethod;
  /** The class's scale. */
  scale: Scale;
  /** Every scale the columns are scored on (the class's first when a column uses it). */
  scales: Scale[];
  columns: GridColumn[];
  /** Every cluster/domain id a column sits under (any ancestor); rows' `rollups` follow this order. */
  groups: string[];
  rows: GridRow[];
  /**
   * Asked for the first learners only (`firstLearners`): how many learners of the class are not in
   * `rows` yet. Absent when `rows` holds the whole class.
   */
  moreLearners?: number;
};

export type MasteryPreview = {
  method: MasteryMethodInput;
  methodLabel: string;
  masteredBefore: number;
  masteredAfter: number;
  changes: { learnerId: string; standardId: string; before: number | null; after: number | null }[];
};

export type ExplainedEvidenceRow = { evidenceId: string; observedOn: string; level: number | null; kind: EvidenceKind; included: boolean; reason: string | null };

export type CellHistory = {
  cell: GridCell;
  methodLabel: string;
  /** The method that decided the level (the standard's own or the class's), for the plain-language summary. */
  method?: MasteryMethodInput;
  arithmetic: string;
  notes: string[];
  /**
   * Knowledge tracing, shown behind the history's Details and never instead of the level: the likelihood (0–1) that the
   * learner has mastered the standard, with its arithmetic; null without evidence.
   */
  likelihood: { value: number; likelyMastered: boolean; likelyMasteredAt: number; arithmetic: string } | null;
  /** Evidence used for the level, oldest first, each marked included or excluded with the reason. */
  used: ExplainedEvidenceRow[];
  /** Every piece of evidence on the cell, newest first, including trashed pieces. */
  evidence: Evidence[];
  /** Earlier versions of edited evidence and deletions/restorations, newest first. */
  changes: { at: string; action: string; evidenceId: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];
};

export type Assessment = {
  id: string;
  classId: string;
  title: string;
  assessedOn: string;
  kind: EvidenceKind;
  modality: string | null;
  standardIds: string[];
};

/** A score entered for an assessment: the newest live evidence of one learner on one of its standards. */
export type AssessmentScore = { learnerId: string; standardId: string; level: number | null; evidenceId: string; observedOn: string };

/**
 * A learner's roll-up level per cluster/domain id (as in the grid), sent with every answer that
 * changes a cell so roll-up columns follow at once instead of waiting for the next read of the grid.
 */
export type RowRollups = Record<string, number | null>;

export type RecordedEvidence = { evidence: Evidence; cell: GridCell; rollups: RowRollups };

/** A cell an override (or its clearing) decided, with its learner's roll-ups. */
export type ChangedCell = { cell: GridCell; rollups: RowRollups };

// ── request pieces ───────────────────────────────────────────────────────────────────────────────
const evidenceKind = z.enum(evidenceKinds, { message: 'expected of, for or as (learning)' });
const rollupMethod = z.enum(rollupMethods);
const weighting = { excludeKinds: z.array(evidenceKind).max(3).optional() };
const limited = ({ min, max }: { min: number; max: number }) => z.number().min(min).max(max);
const recentN = limited(methodLimits.recentN).int();

/** Every mastery method of MASTERY.md with its parameters, as the teacher chooses it. */
export const masteryMethodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('most_recent'), ...weighting }).strict(),
  z.object({ kind: z.literal('highest'), ...weighting }).strict(),
  z.object({ kind: z.literal('mean'), ...weighting }).strict(),
  z.object({ kind: z.literal('mode'), ...weighting }).strict(),
  z.object({ kind: z.literal('median_recent'), n: recentN, ...weighting }).strict(),
  z.object({ kind: z.literal('mean_recent'), n: recentN, ...weighting }).strict(),
  z.object({ kind: z.literal('mean_highest'), n: recentN, ...weighting }).strict(),
  z.object({ kind: z.literal('weighted_average'), weight: limited(methodLimits.weightedAverageWeight), ...weighting }).strict(),
  z.object({ kind: z.literal('decaying_average'), weight: limited(methodLimits.decayingAverageWeight), ...weighting }).strict(),
  z.object({ kind: z.literal('n_mastery'), n: limited(methodLimits.nMastery).int(), ...weighting }).strict(),
  z.object({ kind: z.literal('power_law'), ...weighting }).strict(),
]);
export type MasteryMethodInput = z.infer<typeof masteryMethodSchema>;

const level = z.number().finite().nullable();
const evidenceFields = {
  level,
  observedOn: isoDate,
  kind: evidenceKind,
  modality: z.string().trim().max(60).nullable().optional(),
  source: z.enum(evidenceSources).optional(),
  sourceDescription: z.string().trim().max(500).nullable().optional(),
  feedback: z.string().trim().max(4000).nullable().optional(),
  feedbackOn: isoDate.nullable().optional(),
  feedbackStatus: z.enum(feedbackStatuses).optional(),
};
const newEvidence = z
  .object({
    learnerId: id,
    standardId: id,
    assessmentId: id.nullable().optional(),
    ...evidenceFields,
    /** Evidence dated after today is refused unless the teacher confirmed it. */
    confirmFutureDate: z.boolean().optional(),
  })
  .strict();
const cell = { classId: id, learnerId: id, standardId: id };

// ── channels ─────────────────────────────────────────────────────────────────────────────────────
export const gradebookChannels = {
  'gradebook:info': read<GradebookInfo>()(noRequest),
  'mastery:grid': read<MasteryGrid>()(
    z
      .object({
        classId: id,
        asOf: isoDate.nullable().optional(),
        method: masteryMethodSchema.optional(),
        /**
         * Now only (no asOf, no method): a class with more learners answers with its first this many in
         * class-list order and `moreLearners`, so a big class's first screen shows at once; the window
         * then reads the whole class.
         */
        firstLearners: z.number().int().min(1).max(10_000).optional(),
      })
      .strict(),
  ),
  'mastery:preview': read<MasteryPreview>()(z.object({ classId: id, method: masteryMethodSchema }).strict()),
  /**
   * While mastery:grid or mastery:preview works on a big class: asks it to stop (answered at once; the
   * stopped read answers `conflict` with `details.reason` 'cancelled'). `cancelRequested` false: none was running.
   */
  'mastery:cancel': read<{ cancelRequested: boolean }>()(noRequest),
  /** The class's method (and roll-up), or with `standardId` one standard's own; `method: null` returns that standard to the class's. */
  'mastery:setMethod': write<MasteryGrid>(['mastery'])(
    z
      .object({ classId: id, method: masteryMethodSchema.nullable(), standardId: id.optional(), rollupMethod: rollupMethod.optional() })
      .strict()
      .refine((request) => request.method !== null || request.standardId !== undefined, {
        message: 'only a single standard can go back to the class method (give its standardId)',
        path: ['method'],
      }),
  ),
  'mastery:override': write<ChangedCell>(['mastery'])(
    z.object({ ...cell, level: z.number().finite(), reason: z.string().trim().min(3, 'say why, in a few words').max(500) }).strict(),
  ),
  'mastery:clearOverride': write<ChangedCell>(['mastery'])(z.object(cell).strict()),
  'mastery:history': read<CellHistory>()(z.object({ ...cell, asOf: isoDate.nullable().optional() }).strict()),
  'evidence:record': write<RecordedEvidence>(['evidence', 'mastery'])(newEvidence.extend({ classId: id }).strict()),
  'evidence:recordMany': write<RecordedEvidence[]>(['evidence', 'mastery'])(
    z.object({ classId: id, entries: z.array(newEvidence).min(1).max(5000) }).strict(),
  ),
  'evidence:update': write<RecordedEvidence>(['evidence', 'mastery'])(
    z
      .object({ evidenceId: id, changes: z.object(evidenceFields).partial().strict(), confirmFutureDate: z.boolean().optional() })
      .strict(),
  ),
  'evidence:delete': write<RecordedEvidence>(['evidence', 'mastery'])(z.object({ evidenceId: id }).strict()),
  'evidence:restore': write<RecordedEvidence>(['evidence', 'mastery'])(z.object({ evidenceId: id }).strict()),
  'evidence:listTrashed': read<Evidence[]>()(z.object({ classId: id }).strict()),
  'assessments:list': read<Assessment[]>()(z.object({ classId: id }).strict()),
  /** What was entered for one assessment (Entry mode shows these, not the resulting levels). */
  'assessments:scores': read<AssessmentScore[]>()(z.object({ classId: id, assessmentId: id }).strict()),
  'assessments:create': write<Assessment>(['assessments'])(
    z
      .object({
        classId: id,
        title: z.string().trim().min(1, 'give the assessment a title').max(200),
        assessedOn: isoDate,
        kind: evidenceKind,
        modality: z.string().trim().max(60).nullable().optional(),
        standardIds: z.array(id).min(1, 'choose at least one standard').max(100),
      })
      .strict(),
  ),

};

/** What a write changed (see `changedAggregates`); `classIds` null: any class may be affected. */
export type GradebookChange = {
  /** The write channel that made the change: a store that already applied its own write's answer (the grid) can tell. */
  channel: string;
  aggregates: ChangedAggregate[];
  classIds: string[] | null;
};

/**
 * How far a long mastery read has got (a class of 1,000 learners × 200 standards): reading its stored
 * levels, computing them (stale or as of a date), or computing a method's preview. `done` of `total` steps.
 */
export type MasteryProgress = { classId: string; work: 'reading' | 'computing' | 'previewing'; done: number; total: number };

export type GradebookEvents = {
  /** Posted while mastery:grid or mastery:preview works, at most once per percent. */
  'mastery:progress': MasteryProgress;
  /** After every write the worker answers: what changed, so the window's stores reload it. */
  'gradebook:changed': GradebookChange;
  /** Another gradebook file was opened (File → Open, New, Recent): every view reloads. */
  'gradebook:opened': { path: string; title: string | null; readOnly: ReadOnlyOpening | null };
};

/**
 * Why the teacher's own gradebook opened for reading only (a banner says `message`): another Proficio
 * has it open, the file or its folder is read-only, or the file is damaged — then `backups` lists the
 * copies Proficio saved beside it before updating its format, newest first.
 */
export type ReadOnlyOpening = { reason: 'in_use' | 'read_only' | 'damaged'; message: string; backups: string[] };
