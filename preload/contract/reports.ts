/**
 * The reports capability: a class report (levels, coverage, growth, feedback turnaround), its exports,
 * and report-card rules (standard levels → a report-card mark per cluster or subject, with a reason).
 */
import { z } from 'zod';
import { id, isoDate, noRequest, read, write, type ChannelSet } from './channel.js';
import type { ClassSummary } from './learners.js';
import { evidenceKinds, type EvidenceKind } from './vocabulary.js';

/**
 * What a class report exports to: `csv` (one tidy table per section), `xlsx` (a sheet per section),
 * `pdf`, `json` (the numbers, for scripts), `oneroster` (1.2 results for the school's systems) and
 * `levels` (a plain CSV of current levels per learner × standard with their sourcedIds).
 */
export const reportFormats = ['csv', 'xlsx', 'pdf', 'json', 'oneroster', 'levels'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** What a report covers, whatever the class. Levels stand as of `asOf`; evidence counts, coverage and growth cover `from`–`to`. */
const reportWindow = z.object({
  /** The day the levels stand on (default: today, i.e. all evidence). */
  asOf: isoDate.optional(),
  /** The window of evidence counted by coverage, feedback turnaround and growth (default: the class's term, to `asOf`). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Only the standards under this cluster (or domain): its id, or its code. */
  cluster: z.string().trim().min(1).max(200).optional(),
  /** Only evidence of these kinds counts, for levels too (e.g. summative only). */
  evidenceKinds: z.array(z.enum(evidenceKinds)).min(1).max(evidenceKinds.length).optional(),
  /** A learner with no evidence in this many days (to `to`) is listed as quiet. Default 14. */
  quietDays: z.number().int().min(1).max(366).optional(),
  /** A standard with fewer pieces of evidence per learner than this is listed as thin. Default 1. */
  thinBelow: z.number().min(0).max(100).optional(),
});
const windowInOrder = (f: { from?: string | undefined; to?: string | undefined }) => !f.from || !f.to || f.from <= f.to;
const windowOrderMessage = { message: 'the date range must start before it ends', path: ['to'] };

/** What a class report covers: one class, through the report window. */
export const reportFilterSchema = reportWindow.extend({ classId: id }).strict().refine(windowInOrder, windowOrderMessage);
export type ReportFilter = z.infer<typeof reportFilterSchema>;

/** A scale level as the report shows it: value, label and colour (the heatmap's and the exports'). */
export type ReportLevel = { value: number; label: string; colour: string };

export type StandardReport = {
  standardId: string;
  code: string | null;
  statement: string;
  /** The stable id across gradebooks: the standard's CASE identifier (`sourcedId`), else null. */
  caseId: string | null;
  /** The nearest cluster (or domain) above it, for grouping and report-card rules. */
  clusterId: string | null;
  clusterCode: string | null;
  /** Enrolled learners by the level they reached ("2.57" reached 2), keyed by the level's value; `none`: no level yet. */
  levelCounts: Record<string, number>;
  /** Enrolled learners who mastered it under the class's method (or the standard's own). */
  masteredCount: number;
  /** masteredCount ÷ enrolled learners (0 for a class with none). */
  masteredShare: number;
  /** The mastery threshold of its scale. */
  threshold: number;
  /** Evidence in the window, and how many learners it covers. */
  evidenceCount: number;
  learnersWithEvidence: number;
};

export type LearnerReport = {
  learnerId: string;
  /** The stable id across gradebooks: the learner's OneRoster `sourcedId`, else null. */
  sourcedId: string | null;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  /** Tracked standards (in the report's cluster, if any) the learner mastered. */
  masteredCount: number;
  trackedCount: number;
  evidenceCount: number;
  lastObservedOn: string | null;
  /** One mark per report-card rule that covers the class. */
  marks: ReportCardMark[];
};

/** Share of the class's learner × standard cells mastered at the end of each week (growth over the term). */
export type GrowthPoint = { weekEnding: string; masteredCells: number; cells: number; masteredShare: number };

export type Coverage = {
  thinBelow: number;
  quietDays: number;
  /** Standards with fewer than `thinBelow` pieces of evidence per learner in the window (none at all first). */
  thinStandards: { standardId: string; code: string | null; evidenceCount: number; learnersWithEvidence: number }[];
  /** Learners with no evidence in the last `quietDays` days of the window. */
  quietLearners: { learnerId: string; givenName: string; familyName: string; lastObservedOn: string | null }[];
};

/** Days from evidence observed to feedback given, over the window's evidence that got feedback. */
export type FeedbackTurnaround = { withFeedback: number; awaitingFeedback: number; medianDays: number | null; p90Days: number | null };

/** Where the class sits in the school's systems, for the OneRoster export: each id as imported, else Proficio's own. */
export type ReportRoster = {
  school: { sourcedId: string; name: string };
  term: { sourcedId: string; title: string; type: string; startsOn: string; endsOn: string; schoolYear: number | null } | null;
  course: { sourcedId: string; title: string; code: string | null } | null;
};

export type ClassReport = {
  classId: string;
  sourcedId: string | null;
  code: string | null;
  title: string;
  termTitle: string | null;
  /** The class's mastery method in words ("decaying average, newest 65%"). */
  method: string;
  asOf: string | null;
  /** The window of evidence the report counted: as asked, else the class's term (or its first evidence) to `asOf` or today. */
  from: string | null;
  to: string | null;
  cluster: { standardId: string; code: string | null; statement: string } | null;
  evidenceKinds: EvidenceKind[] | null;
  /** The class scale's levels, lowest first. */
  levels: ReportLevel[];
  standards: StandardReport[];
  learners: LearnerReport[];
  /** The heatmap: `levels[learner][standard]`, the level reached (null: no level yet), aligned with `learners` and `standards`. */
  heatmap: (number | null)[][];
  growth: GrowthPoint[];
  coverage: Coverage;
  feedback: FeedbackTurnaround;
  roster: ReportRoster;
};

// ── report-card rules ──────────────────────────────────────────────────────────────────────────────
/**
 * One condition of a mark; a mark's conditions must all hold (conjunctive). Levels are levels reached.
 * - `share_at_least`: at least `share` (0–1; `strictly`: more than) of the standards at `level` or above;
 * - `count_at_least`: at least `count` standards at `level` or above;
 * - `none_at_or_below`: no standard at `level` or below (a standard with no level yet does not count as one).
 */
export const reportCardConditionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('share_at_least'), level: z.number(), share: z.number().min(0).max(1), strictly: z.boolean().optional() }).strict(),
  z.object({ kind: z.literal('count_at_least'), level: z.number(), count: z.number().int().min(1).max(10_000) }).strict(),
  z.object({ kind: z.literal('none_at_or_below'), level: z.number() }).strict(),
]);
export type ReportCardCondition = z.infer<typeof reportCardConditionSchema>;
export type ReportCardConditionKind = ReportCardCondition['kind'];

export const reportCardRuleSchema = z
  .object({
    /** Absent: a new rule. */
    ruleId: id.optional(),
    title: z.string().trim().min(1, 'give the rule a name').max(120),
    /** The cluster, domain or framework whose tracked standards the rule marks. */
    scopeId: id,
    /** Marks best first: the first whose conditions all hold is the learner's. */
    marks: z
      .array(z.object({ mark: z.string().trim().min(1).max(60), conditions: z.array(reportCardConditionSchema).min(1).max(10) }).strict())
      .min(1)
      .max(10),
    /** The mark when none holds ("Not yet"). */
    otherwise: z.string().trim().min(1).max(60),
  })
  .strict();
export type ReportCardRuleInput = z.infer<typeof reportCardRuleSchema>;
export type ReportCardRule = Omit<ReportCardRuleInput, 'ruleId'> & { ruleId: string; scopeTitle: string };

/** A learner's mark under one rule, with the reason in words: "3 of 4 at 3+, none at 1 → Meets". */
export type ReportCardMark = { ruleId: string; title: string; mark: string; explanation: string };

// ── exports ────────────────────────────────────────────────────────────────────────────────────────
/** An export as bytes for the window to save: the page names no path (it downloads). */
export type ReportFile = { fileName: string; mimeType: string; base64: string };

// ── family progress reports ────────────────────────────────────────────────────────────────────────
export const familyReportLanguages = ['en', 'es'] as const;
export const familyReportRequestSchema = z
  .object({
    classId: id,
    /** Only these learners (default: the whole class), one learner a page, in one PDF. */
    learnerIds: z.array(id).min(1).max(200).optional(),
    asOf: isoDate.optional(),
    /** Absent: each family's preferred language where the report speaks it, else English. */
    language: z.enum(familyReportLanguages).optional(),
    /** Standard codes beside the statements (off: families read the statements alone). */
    showCodes: z.boolean().optional(),
    /** The teacher's short note per learner, by learner id. */
    comments: z.record(id, z.string().trim().max(1200)).optional(),
    /** One PDF per learner (a .zip of them) instead of one PDF for the class. */
    onePerLearner: z.boolean().optional(),
  })
  .strict();
export type FamilyReportRequest = z.infer<typeof familyReportRequestSchema>;

// ── terms and coach mode in the app ───────────────────────────────────────────────────────────────
/** One of the school's terms (an academic session from the roster): choosing it sets the report's window. */
export type SchoolTerm = { termId: string; sourcedId: string | null; title: string; type: string; startsOn: string; endsOn: string; schoolYear: number | null };

/**
 * A teacher's gradebook the coach chose, opened READ-ONLY by main (never by the page, which names no
 * path): the page knows it by `sourceId` alone. `fileName` is the file's own name, no folder.
 */
export type CoachFile = { sourceId: string; fileName: string; title: string | null; classes: ReportClass[]; terms: SchoolTerm[] };
/**
 * A cluster (or domain) a class's tracked standards sit under. `key` matches it across teachers' files
 * as standards are matched: its CASE identifier, else its code; a coach report's `cluster` filter takes it.
 */
export type ReportCluster = { key: string; code: string | null; statement: string };
/**
 * A class a report can cover, with its teacher's name (the primary one) where the roster gave one, and
 * the clusters its tracked standards sit under (coach mode's Cluster menu).
 */
export type ReportClass = ClassSummary & { teacher: string | null; clusters: ReportCluster[] };

/** What a coach report across teachers' files covers: the class report's filter, without a class. */
export const coachFilterSchema = reportWindow.strict().refine(windowInOrder, windowOrderMessage);
export type CoachFilter = z.infer<typeof coachFilterSchema>;
const sourceIds = z.array(id).min(1).max(100);

export const reportsChannels = {
  'reports:classReport': read<ClassReport>()(reportFilterSchema),
  'reports:export': read<ReportFile>()(z.object({ filter: reportFilterSchema, format: z.enum(reportFormats) }).strict()),
  'reports:familyReport': read<ReportFile>()(familyReportRequestSchema),
  /**
   * While reports:export, reports:coachExport or reports:familyReport works: asks it to stop (answered at once; the stopped
   * export answers `conflict` with `details.reason` 'cancelled'). `cancelRequested` false: none was running.
   */
  'reports:cancel': read<{ cancelRequested: boolean }>()(noRequest),
  /** The school's terms in this gradebook, newest first (the report's term filter). */
  'reports:terms': read<SchoolTerm[]>()(noRequest),
  /** The active classes, newest term first (as classes:list), each with its teacher: coach mode's class picker. */
  'reports:classes': read<ReportClass[]>()(noRequest),
  /**
   * Coach mode: main shows its own file dialog (the harness: the files it was started with), opens each
   * chosen gradebook read-only and answers their ids; the files chosen before are closed. `chosen`
   * false: the dialog was cancelled and the files open before stay open. Answered by main, not the worker.
   */
  'reports:chooseFiles': read<{ chosen: boolean; files: CoachFile[] }>()(noRequest),
  /**
   * The teachers' files main has open for the coach now (none: `files` empty). A page that was reloaded
   * asks on load, so it shows the files still open rather than forgetting them (answered by main).
   */
  'reports:openFiles': read<{ files: CoachFile[] }>()(noRequest),
  /** Coach mode ends: every teacher's file chosen is closed (answered by main). */
  'reports:closeFiles': read<{ closed: number }>()(noRequest),
  /** One class of a teacher's file, as reports:classReport reads the teacher's own. */
  'reports:coachClassReport': read<ClassReport>()(z.object({ sourceId: id, filter: reportFilterSchema }).strict()),
  /** The school summary across the chosen files: per standard, per class, and what could not be matched. */
  'reports:coachSummary': read<SchoolSummary>()(z.object({ sourceIds, filter: coachFilterSchema }).strict()),
  /** Every class of the chosen files and the school summary in one export (as `proficio report --gradebook A --gradebook B`). */
  'reports:coachExport': read<ReportFile>()(z.object({ sourceIds, filter: coachFilterSchema, format: z.enum(reportFormats) }).strict()),
  'reports:rules': read<ReportCardRule[]>()(z.object({}).strict()),
  'reports:saveRule': write<ReportCardRule>(['mastery'])(reportCardRuleSchema),
  'reports:deleteRule': write<{ ruleId: string }>(['mastery'])(z.object({ ruleId: id }).strict()),
} satisfies ChannelSet;

/**
 * How far a long export has got: `reading` the report (or, for a class's family reports, each learner's
 * page), `rendering` the file. `done` of `total` steps of that stage.
 */
export type ReportProgress = { stage: 'reading' | 'rendering'; done: number; total: number };

export type ReportsEvents = {
  /** Posted while reports:export, reports:coachExport or reports:familyReport works, at most once per percent of a stage. */
  'reports:progress': ReportProgress;
};

// ── coach mode: several gradebooks, one school summary ────────────────────────────────────────────
/** A standard across the school, matched by its CASE identifier (else it stands alone, and is listed as unmatched). */
export type SchoolStandard = { caseId: string | null; code: string | null; statement: string; classes: number; learners: number; masteredCount: number; masteredShare: number };
/** A class across the gradebooks, matched by its OneRoster sourcedId (co-taught classes in two files are one). */
export type SchoolClass = {
  sourcedId: string | null;
  code: string | null;
  title: string;
  gradebooks: string[];
  learners: number;
  standards: number;
  masteredCells: number;
  cells: number;
  masteredShare: number;
};
/** What could not be matched across files (no stable id), and ids that matched but name different people or standards. */
export type SchoolUnmatched = {
  learners: { gradebook: string; learnerId: string; name: string }[];
  standards: { gradebook: string; standardId: string; code: string | null }[];
  classes: { gradebook: string; classId: string; title: string }[];
  conflicts: { kind: 'learner' | 'standard'; sourcedId: string; names: string[] }[];
};
export type SchoolSummary = { gradebooks: string[]; standards: SchoolStandard[]; classes: SchoolClass[]; unmatched: SchoolUnmatched };
