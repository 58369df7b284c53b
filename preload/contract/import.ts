/** The import capability: standards (CASE, CSV) and rosters (OneRoster, CSV), previewed then committed. */
import { z } from 'zod';
import { id, noRequest, read, write } from './channel.js';

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

// ── request pieces ───────────────────────────────────────────────────────────────────────────────
/**
 * The window sends the contents of the files the user picked, never a path: a page that could name a
 * path could make the gradebook process read, probe or block on any file of the machine. (The command
 * line imports a path through the worker's own `previewImportPath` command, which no page can reach.)
 */
const importSource = z.discriminatedUnion('kind', [
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
export const importOptions = z
  .object({
    frameworkTitle: z.string().trim().min(1).max(300).optional(),
    teacherSourcedId: z.string().trim().min(1).max(256).optional(),
    classSourcedIds: z.array(z.string().trim().min(1).max(256)).min(1).max(5000).optional(),
    validRowsOnly: z.boolean().optional(),
  })
  .strict();

/** What importing a prerequisite map into a framework would do (or did): edges added, already there, and every problem. */
export type PrerequisiteMapResult = {
  fileName: string;
  frameworkTitle: string;
  added: number;
  unchanged: number;
  issues: ImportIssueView[];
  issueTotals: { errors: number; warnings: number };
  /** No error: importing writes `added` edges (nothing when it is 0). */
  canCommit: boolean;
};

const prerequisiteMapRequest = z
  .object({
    frameworkId: id,
    file: z.object({ name: z.string().trim().min(1).max(1024), base64: z.base64('expected the file content as base64') }).strict(),
  })
  .strict();

export const importChannels = {
  'import:preview': read<ImportPreviewResult>()(z.object({ source: importSource, options: importOptions.optional() }).strict()),
  'import:commit': write<ImportCommitResult>(['classes', 'learners', 'frameworks', 'standards', 'mastery'])(z.object({ previewId: id, validRowsOnly: z.boolean().optional() }).strict()),
  'import:standardsTemplate': read<{ fileName: string; text: string }>()(noRequest),
  /**
   * While import:commit runs: asks it to stop and roll back (answered at once). Otherwise: drops the
   * preview the gradebook keeps (the wizard was closed). `cancelRequested` says which happened.
   */
  'import:cancel': read<{ cancelRequested: boolean }>()(noRequest),
  /**
   * A prerequisite map (CSV `prerequisite,standard`, or JSON `{ "precedes": [[a, b], …] }`) matched to an
   * imported framework's codes: previewed, then imported all or nothing.
   */
  'import:previewPrerequisiteMap': read<PrerequisiteMapResult>()(prerequisiteMapRequest),
  'import:prerequisiteMap': write<PrerequisiteMapResult>(['standards', 'mastery'])(prerequisiteMapRequest),
};

export type ImportEvents = {
  /** A running import's progress (import:commit), posted while the commit holds the gradebook. */
  'import:progress': ImportProgress;
  /** File → Import… in the menu: the window opens its import wizard. */
  'import:requested': Record<string, never>;
};
