/**
 * The IPC contract: every channel between the renderer and the gradebook, in one place.
 *
 * main validates each request against the channel's zod schema before a handler runs; the preload
 * (Electron) and the HTTP bridge (browser test harness) both build `window.proficio` from this list,
 * so the two paths cannot drift. Channel names are `domain:verb`; the API object is
 * `proficio.<domain>.<verb>(request)`.
 */
import { z } from 'zod';

// ── shared request pieces ──────────────────────────────────────────────────────────────────────────
const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'expected a Proficio id');
const noRequest = z.object({}).strict();

// ── response types ─────────────────────────────────────────────────────────────────────────────────
export type GradebookInfo = {
  path: string;
  schemaVersion: number;
  title: string | null;
  counts: Record<string, number>;
};

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

// ── evidence and mastery: response types ─────────────────────────────────────────────────────────
export type EvidenceKind = 'of' | 'for' | 'as';
export type EvidenceSource = 'class' | 'self' | 'peer' | 'family' | 'community' | 'online';
export type FeedbackStatus = 'awaiting' | 'given' | 'not_needed';

export type ScaleLevel = { value: number; label: string; shortLabel: string; colour: string; description: string };
export type Scale = {
  id: string;
  title: string;
  purpose: 'academic' | 'learning_skills';
  masteryThreshold: number;
  halfSteps: boolean;
  levels: ScaleLevel[];
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
  arithmetic: string;
  notes: string[];
  /**
   * Knowledge tracing, shown beside the level and never instead of it: the likelihood (0–1) that the
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

/**
 * A learner's roll-up level per cluster/domain id (as in the grid), sent with every answer that
 * changes a cell so roll-up columns follow at once instead of waiting for the next read of the grid.
 */
export type RowRollups = Record<string, number | null>;

export type RecordedEvidence = { evidence: Evidence; cell: GridCell; rollups: RowRollups };

/** A cell an override (or its clearing) decided, with its learner's roll-ups. */
export type ChangedCell = { cell: GridCell; rollups: RowRollups };

// ── import: response types ──────────────────────────────────────────────────────────────────────────
export type ImportKind = 'case' | 'case-csv' | 'standards-csv' | 'oneroster' | 'roster-csv';

/**
 * One problem found in an import file. It names the file as the user knows it (the name they picked,
 * or the member name inside a zip), where in that file, what was found and what was expected, so that
 * a teacher can open the file in a spreadsheet and fix it without asking anyone.
 */
export type ImportIssueView = {
  severity: 'error' | 'warning';
  /** File name as the user knows it: `users.csv`, `math.json`, `roster.zip/users.csv`. */
  file: string;
  /**
   * Row as a spreadsheet shows it: the header is row 1, so the first data row is row 2. A record with a
   * quoted line break still counts as one row (a spreadsheet shows it in one row). Absent for JSON and
   * for issues about a whole file.
   */
  row?: number;
  /** Header name for CSV (`enabledUser`), JSON path for CASE (`CFItems[12].humanCodingScheme`). */
  column?: string;
  /** The offending value, truncated to keep messages readable. */
  value?: string;
  /** What would have been accepted, in plain words: `true or false`, `a date like 2024-09-01`. */
  expected: string;
  /** One plain-language sentence naming file, place, value and expectation. */
  message: string;
};

/**
 * What an import does to one table. `retired`: standards gone from a newer framework version (kept,
 * marked retired); `deactivated`: roster rows made inactive (tobedeleted in a delta file, or missing
 * from a bulk file); `removed`: rows deleted — only framework-drawn links (prerequisites, associations)
 * that a newer version no longer has; `skipped`: rows not imported (listed as issues).
 */
export type ImportTableCounts = {
  added: number;
  updated: number;
  unchanged: number;
  retired: number;
  deactivated: number;
  removed: number;
  skipped: number;
};

export type ImportPreviewResult = {
  previewId: string;
  kind: ImportKind | null;
  fileName: string;
  /** Per table: frameworks, standards, prerequisites… or schools, terms, classes, learners… */
  summary: Record<string, ImportTableCounts>;
  /** Errors first, then warnings; the first 200. */
  issues: ImportIssueView[];
  issueTotals: { errors: number; warnings: number };
  canCommit: boolean;
  canImportValidRows: boolean;
  changesNothing: boolean;
};

export type ImportCommitResult = {
  /** null when the gradebook already held exactly what the file says (nothing was written). */
  importRunId: string | null;
  /** The framework a standards import added or updated; null for rosters. */
  frameworkId: string | null;
  kind: ImportKind;
  fileName: string;
  summary: Record<string, ImportTableCounts>;
  /** Rows left out by "import the valid rows"; the first 200. */
  skipped: ImportIssueView[];
  skippedTotal: number;
};

export type ImportProgress = { phase: 'reading' | 'planning' | 'writing'; done: number; total: number };

export type FrameworkSummary = {
  id: string;
  title: string;
  creator: string;
  version: string | null;
  subject: string | null;
  standardCount: number;
  retiredCount: number;
  prerequisiteCount: number;
  lastChangedAt: string | null;
};

export type StandardNode = {
  id: string;
  frameworkId: string;
  parentId: string | null;
  position: number;
  code: string | null;
  statement: string;
  type: string;
  gradeLevels: string[];
  retired: boolean;
};

// ── errors and results ─────────────────────────────────────────────────────────────────────────────
export const errorCodes = [
  'invalid_request',
  'unknown_channel',
  'not_found',
  'not_a_gradebook',
  'newer_version',
  'migration_failed',
  'conflict',
  'invalid_data',
  'no_gradebook',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type ContractError = { code: ErrorCode; message: string; details: Record<string, unknown> };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

// ── evidence and mastery: request pieces ─────────────────────────────────────────────────────────
const isoDate = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });
const evidenceKind = z.enum(['of', 'for', 'as'], { message: 'expected of, for or as (learning)' });
const rollupMethod = z.enum(['mean', 'minimum', 'mode', 'all_proficient']);
export type RollupMethod = z.infer<typeof rollupMethod>;
const weighting = { excludeKinds: z.array(evidenceKind).max(3).optional() };
const recentN = z.number().int().min(1).max(50);

/** Every mastery method of MASTERY.md with its parameters, as the teacher chooses it. */
export const masteryMethodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('most_recent'), ...weighting }).strict(),
  z.object({ kind: z.literal('highest'), ...weighting }).strict(),
  z.object({ kind: z.literal('mean'), ...weighting }).strict(),
  z.object({ kind: z.literal('mode'), ...weighting }).strict(),
  z.object({ kind: z.literal('median_recent'), n: recentN, ...weighting }).strict(),
  z.object({ kind: z.literal('mean_recent'), n: recentN, ...weighting }).strict(),
  z.object({ kind: z.literal('mean_highest'), n: recentN, ...weighting }).strict(),
  z.object({ kind: z.literal('weighted_average'), weight: z.number().min(0.01).max(0.99), ...weighting }).strict(),
  z.object({ kind: z.literal('decaying_average'), weight: z.number().min(0.5).max(0.99), ...weighting }).strict(),
  z.object({ kind: z.literal('n_mastery'), n: z.number().int().min(1).max(10), ...weighting }).strict(),
  z.object({ kind: z.literal('power_law'), ...weighting }).strict(),
]);
export type MasteryMethodInput = z.infer<typeof masteryMethodSchema>;

const level = z.number().finite().nullable();
const evidenceFields = {
  level,
  observedOn: isoDate,
  kind: evidenceKind,
  modality: z.string().trim().max(60).nullable().optional(),
  source: z.enum(['class', 'self', 'peer', 'family', 'community', 'online']).optional(),
  sourceDescription: z.string().trim().max(500).nullable().optional(),
  feedback: z.string().trim().max(4000).nullable().optional(),
  feedbackOn: isoDate.nullable().optional(),
  feedbackStatus: z.enum(['awaiting', 'given', 'not_needed']).optional(),
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

// ── import: request pieces ───────────────────────────────────────────────────────────────────────────
const importSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().trim().min(1, 'choose a file or folder').max(4096) }).strict(),
  z
    .object({
      kind: z.literal('files'),
      files: z
        .array(
          z
            .object({
              /** Relative path, folder included for a folder upload (`roster/users.csv`). */
              name: z.string().trim().min(1).max(1024),
              base64: z.base64('expected the file content as base64'),
            })
            .strict(),
        )
        .min(1, 'choose at least one file')
        .max(200),
    })
    .strict(),
]);
const importOptions = z
  .object({
    frameworkTitle: z.string().trim().min(1).max(300).optional(),
    teacherSourcedId: z.string().trim().min(1).max(256).optional(),
    classSourcedIds: z.array(z.string().trim().min(1).max(256)).min(1).max(5000).optional(),
    validRowsOnly: z.boolean().optional(),
  })
  .strict();

// ── channels ───────────────────────────────────────────────────────────────────────────────────────
type Channel<Request extends z.ZodType, Response> = { request: Request; response?: Response };

/** Declares a channel: the response type is given explicitly, the request by its schema. */
function channel<Response>() {
  return <Request extends z.ZodType>(request: Request): Channel<Request, Response> => ({ request });
}

export const contract = {
  'gradebook:info': channel<GradebookInfo>()(noRequest),
  'classes:list': channel<ClassSummary[]>()(noRequest),
  'learners:roster': channel<RosterEntry[]>()(z.object({ classId: id }).strict()),

  // evidence and mastery
  'scales:list': channel<Scale[]>()(noRequest),
  'scales:save': channel<Scale>()(
    z
      .object({
        /** Absent: a new scale. */
        id: id.optional(),
        title: z.string().trim().min(1, 'give the scale a name').max(100),
        purpose: z.enum(['academic', 'learning_skills']),
        masteryThreshold: z.number().finite(),
        halfSteps: z.boolean(),
        levels: z
          .array(
            z
              .object({
                value: z.number().finite().min(0).max(100),
                label: z.string().trim().min(1, 'every level needs a label').max(60),
                shortLabel: z.string().trim().min(1).max(3, 'a short label has at most 3 characters'),
                colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #2C72A3'),
                description: z.string().trim().max(500),
              })
              .strict(),
          )
          .min(2, 'a scale needs at least two levels')
          .max(10),
      })
      .strict(),
  ),
  'mastery:grid': channel<MasteryGrid>()(
    z.object({ classId: id, asOf: isoDate.nullable().optional(), method: masteryMethodSchema.optional() }).strict(),
  ),
  'mastery:preview': channel<MasteryPreview>()(z.object({ classId: id, method: masteryMethodSchema }).strict()),
  /** The class's method (and roll-up), or with `standardId` one standard's own; `method: null` returns that standard to the class's. */
  'mastery:setMethod': channel<MasteryGrid>()(
    z
      .object({ classId: id, method: masteryMethodSchema.nullable(), standardId: id.optional(), rollupMethod: rollupMethod.optional() })
      .strict()
      .refine((request) => request.method !== null || request.standardId !== undefined, {
        message: 'only a single standard can go back to the class method (give its standardId)',
        path: ['method'],
      }),
  ),
  'mastery:override': channel<ChangedCell>()(
    z.object({ ...cell, level: z.number().finite(), reason: z.string().trim().min(3, 'say why, in a few words').max(500) }).strict(),
  ),
  'mastery:clearOverride': channel<ChangedCell>()(z.object(cell).strict()),
  'mastery:history': channel<CellHistory>()(z.object({ ...cell, asOf: isoDate.nullable().optional() }).strict()),
  'evidence:record': channel<RecordedEvidence>()(newEvidence.extend({ classId: id }).strict()),
  'evidence:recordMany': channel<RecordedEvidence[]>()(
    z.object({ classId: id, entries: z.array(newEvidence).min(1).max(5000) }).strict(),
  ),
  'evidence:update': channel<RecordedEvidence>()(
    z
      .object({ evidenceId: id, changes: z.object(evidenceFields).partial().strict(), confirmFutureDate: z.boolean().optional() })
      .strict(),
  ),
  'evidence:delete': channel<RecordedEvidence>()(z.object({ evidenceId: id }).strict()),
  'evidence:restore': channel<RecordedEvidence>()(z.object({ evidenceId: id }).strict()),
  'evidence:trash': channel<Evidence[]>()(z.object({ classId: id }).strict()),
  'assessments:list': channel<Assessment[]>()(z.object({ classId: id }).strict()),
  'assessments:create': channel<Assessment>()(
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

  // ── import (standards and rosters) and the Standards view's reads ───────────────────────────────────
  'import:preview': channel<ImportPreviewResult>()(z.object({ source: importSource, options: importOptions.optional() }).strict()),
  'import:commit': channel<ImportCommitResult>()(z.object({ previewId: id, validRowsOnly: z.boolean().optional() }).strict()),
  'import:standardsTemplate': channel<{ fileName: string; text: string }>()(noRequest),
  /**
   * While import:commit runs: asks it to stop and roll back (answered at once). Otherwise: drops the
   * preview the gradebook keeps (the wizard was closed). `cancelRequested` says which happened.
   */
  'import:cancel': channel<{ cancelRequested: boolean }>()(noRequest),
  'frameworks:list': channel<FrameworkSummary[]>()(noRequest),
  'standards:tree': channel<StandardNode[]>()(z.object({ frameworkId: id }).strict()),
  'standards:search': channel<StandardNode[]>()(
    z.object({ frameworkId: id.optional(), query: z.string().trim().min(1, 'type part of a code or a word').max(200) }).strict(),
  ),
  'classes:trackedStandards': channel<StandardNode[]>()(z.object({ classId: id }).strict()),
  'classes:setTrackedStandards': channel<StandardNode[]>()(
    z.object({ classId: id, standardIds: z.array(id).max(5000) }).strict(),
  ),
};

export type ChannelName = keyof typeof contract;
export const channelNames = Object.keys(contract) as ChannelName[];

/** What the renderer sends. */
export type RequestOf<C extends ChannelName> = z.input<(typeof contract)[C]['request']>;
/** What a handler receives, after validation. */
export type ValidRequestOf<C extends ChannelName> = z.output<(typeof contract)[C]['request']>;
export type ResponseOf<C extends ChannelName> = (typeof contract)[C] extends Channel<z.ZodType, infer R> ? R : never;

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}

// ── events from main to the renderer (a fixed list, nothing else is ever sent) ─────────────────────
export type EventPayloads = {
  /** Another gradebook file was opened (File → Open, New, Recent): every view reloads. */
  'gradebook:opened': { path: string; title: string | null };
  /** A running import's progress (import:commit), posted while the commit holds the gradebook. */
  'import:progress': ImportProgress;
  /** File → Import… in the menu: the window opens its import wizard. */
  'import:requested': Record<string, never>;
};
export type EventName = keyof EventPayloads;
export const eventNames = ['gradebook:opened', 'import:progress', 'import:requested'] as const satisfies readonly EventName[];

// ── the API object exposed as window.proficio ──────────────────────────────────────────────────────
type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;

export type ProficioApi = {
  [D in DomainOf<ChannelName>]: {
    [C in ChannelName as C extends `${D}:${infer Verb}` ? Verb : never]: (
      request: RequestOf<C>,
    ) => Promise<Result<ResponseOf<C>>>;
  };
} & {
  events: {
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  };
};

export type Invoke = (channel: ChannelName, request: unknown) => Promise<Result<unknown>>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

/**
 * Builds the API object from the channel list. Each method is bound to its own channel name, so the
 * page can never reach a channel the contract does not declare.
 */
export function buildProficioApi(invoke: Invoke, subscribe: Subscribe): ProficioApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const name of channelNames) {
    const [domain, verb] = name.split(':') as [string, string];
    (api[domain] ??= {})[verb] = (request: unknown) => invoke(name, request ?? {});
  }
  api['events'] = {
    on: (event: EventName, listener: (payload: unknown) => void) => {
      if (!eventNames.includes(event)) throw new Error(`Unknown event ${String(event)}`);
      return subscribe(event, listener);
    },
  };
  // the loop above fills exactly the shape ProficioApi describes; TypeScript cannot follow it
  return api as unknown as ProficioApi;
}
