import { recordAudit } from '../../../db/audit.js';
import type { ImportCommitResult, ImportKind, ImportPreviewResult } from '../../../preload/contract/index.js';
import { GradebookError } from '../../../db/errors.js';
import { newId, nowIso } from '../../../db/ids.js';
import { invalidateStoredMastery } from '../../../db/mastery-levels.js';
import type { ReadableGradebook, WritableGradebook } from '../../../db/open.js';
import type { FrameworkPackage } from '../framework-package.js';
import type { ImportIssue } from '../import-issue.js';
import { selectClasses } from '../oneroster/select-classes.js';
import type { RosterPackage } from '../roster-package.js';
import { applyFramework } from './framework-apply.js';
import { planFramework, type FrameworkPlan } from './framework-plan.js';
import { noImportControl, type ImportControl } from './import-control.js';
import { changesNothing, type ImportCounts } from './import-counts.js';
import type { ReadImport } from './read-import-input.js';
import { planRoster, type RosterPlan } from './roster-plan.js';
import { keepStoredLevelsCurrent } from '../../gradebook/mastery-grid.js';

export type ImportOptions = {
  /** Title for a CSV framework (the file has no document row); ignored for CASE JSON. */
  frameworkTitle?: string | undefined;
  /** Import only this teacher's classes of a district roster. */
  teacherSourcedId?: string | undefined;
  /** Import only these classes of a roster. */
  classSourcedIds?: readonly string[] | undefined;
};

export type IssueTotals = ImportPreviewResult['issueTotals'];
export type ImportPreview = ImportPreviewResult;
export type { ImportCommitResult };

export const previewIssueLimit = 200;

type Kept = {
  previewId: string;
  /** The connection the preview was made on: a commit on another gradebook is refused. */
  reader: ReadableGradebook['reader'];
  fingerprint: string;
  fileName: string;
  kind: ImportKind;
  framework: FrameworkPackage | null;
  roster: RosterPackage | null;
  /** True when `roster` is the partial package left after dropping rows with errors. */
  partial: boolean;
  readIssues: ImportIssue[];
  frameworkTitle: string | undefined;
  /** Rows the preview's plan writes: the commit's progress total (the commit writes rows as it plans them). */
  total: number;
};

// One preview at a time per worker: the wizard shows one file, and a parsed district roster is large.
let kept: Kept | null = null;

/**
 * Changes whenever anything writes to the file. Asked of the read-only connection, `data_version`
 * counts every commit of every other connection — this worker's writer and a second program alike.
 */
function fingerprint(gradebook: ReadableGradebook): string {
  return String(gradebook.reader.prepare('PRAGMA data_version').pluck().get());
}

export function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return [...issues.filter((issue) => issue.severity === 'error'), ...issues.filter((issue) => issue.severity === 'warning')];
}

function totals(issues: readonly ImportIssue[]): IssueTotals {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return { errors, warnings: issues.length - errors };
}

function narrow(roster: RosterPackage, options: ImportOptions): RosterPackage {
  if (options.teacherSourcedId !== undefined) return selectClasses(roster, { teacherSourcedId: options.teacherSourcedId });
  if (options.classSourcedIds !== undefined && options.classSourcedIds.length > 0) return selectClasses(roster, { classSourcedIds: options.classSourcedIds });
  return roster;
}

/** Reads nothing from disk: diffs what `read` found against the open gradebook and keeps it for a commit. */
export function previewImport(gradebook: ReadableGradebook, read: ReadImport, options: ImportOptions = {}): ImportPreview {
  const previewId = newId();
  const { source, fileName } = read;
  if (source.kind === null) {
    kept = null;
    const issues = sortIssues(source.issues);
    return { previewId, kind: null, fileName, summary: {}, issues: issues.slice(0, previewIssueLimit), issueTotals: totals(issues), canCommit: false, canImportValidRows: false, changesNothing: true };
  }
  const result = source.result;
  let framework: FrameworkPackage | null = null;
  let roster: RosterPackage | null = null;
  let partial = false;
  if (source.kind === 'oneroster' || source.kind === 'roster-csv') {
    const value = result.ok ? result.value : (result.partial ?? null);
    roster = value === null ? null : narrow(value as RosterPackage, options);
    partial = !result.ok && roster !== null;
  } else if (result.ok) {
    framework = result.value as FrameworkPackage;
  }
  const plan: FrameworkPlan | RosterPlan | null =
    framework !== null ? planFramework(gradebook.reader, framework, { title: options.frameworkTitle }) : roster !== null ? planRoster(gradebook.reader, roster, fileName) : null;
  const issues = sortIssues([...result.issues, ...(plan?.kind === 'roster' ? plan.issues : [])]);
  kept = {
    previewId,
    reader: gradebook.reader,
    fingerprint: fingerprint(gradebook),
    fileName,
    kind: source.kind,
    framework,
    roster,
    partial,
    readIssues: result.issues,
    frameworkTitle: options.frameworkTitle,
    total: plan?.kind === 'roster' ? plan.total : 0,
  };
  return {
    previewId,
    kind: source.kind,
    fileName,
    summary: plan?.counts ?? {},
    issues: issues.slice(0, previewIssueLimit),
    issueTotals: totals(issues),
    canCommit: result.ok,
    canImportValidRows: partial,
    changesNothing: plan === null || changesNothing(plan.counts),
  };
}

/**
 * Writes the kept preview in one transaction: all of it or, on any error, cancel or crash, none of it.
 * The plan is computed again inside the transaction, from the same package against the same file
 * (the fingerprint proves nothing wrote in between), so what is written is what the preview showed.
 */
export function commitImport(
  gradebook: WritableGradebook,
  request: { previewId: string; validRowsOnly?: boolean | undefined },
  control: ImportControl = noImportControl,
): ImportCommitResult {
  const preview = kept;
  if (preview === null || preview.previewId !== request.previewId || preview.reader !== gradebook.reader) {
    throw new GradebookError('conflict', 'That import preview is no longer available. Choose the file again to see a fresh preview.', {
      previewId: request.previewId,
    });
  }
  if (preview.fingerprint !== fingerprint(gradebook)) {
    kept = null;
    throw new GradebookError('conflict', 'The gradebook changed after the preview was made. Choose the file again to see a fresh preview.', {
      previewId: request.previewId,
    });
  }
  const errors = preview.readIssues.filter((issue) => issue.severity === 'error');
  const validRowsOnly = request.validRowsOnly === true;
  if (errors.length > 0) {
    if (preview.roster === null && validRowsOnly) {
      throw new GradebookError('invalid_data', 'A standards file is imported whole or not at all: fix the errors listed and import it again. Nothing was written.', {
        issueTotals: totals(preview.readIssues),
        issues: errors.slice(0, previewIssueLimit),
      });
    }
    if (!validRowsOnly || !preview.partial) {
      throw new GradebookError(
        'invalid_data',
        `${preview.fileName} has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, so nothing was imported. ${errors[0]?.message ?? ''}`.trim(),
        { issueTotals: totals(preview.readIssues), issues: errors.slice(0, previewIssueLimit), canImportValidRows: preview.partial },
      );
    }
  }

  const at = nowIso();
  const write = () => gradebook.writer.transaction((): ImportCommitResult => {
    control.progress({ phase: 'planning', done: 0, total: 1 });
    let counts: ImportCounts;
    let planIssues: ImportIssue[] = [];
    let frameworkId: string | null = null;
    if (preview.framework !== null) {
      const plan = planFramework(gradebook.writer, preview.framework, { title: preview.frameworkTitle });
      counts = plan.counts;
      frameworkId = plan.framework.row.id;
      applyFramework(gradebook.writer, plan, at, control);
    } else if (preview.roster !== null) {
      // the same plan as the preview's (the fingerprint proves nothing wrote since), written row by row
      // as it is planned, so the rows to write are never all held at once
      const total = preview.total;
      let done = 0;
      const tick = () => {
        done++;
        if (done % 250 === 0 || done === total) {
          control.checkCancel();
          control.progress({ phase: 'writing', done, total });
        }
      };
      control.progress({ phase: 'writing', done: 0, total });
      const plan = planRoster(gradebook.writer, preview.roster, preview.fileName, { kind: 'write', writer: gradebook.writer, at, tick });
      counts = plan.counts;
      planIssues = plan.issues;
      for (const classId of plan.touchedClassIds) invalidateStoredMastery(gradebook.writer, classId);
    } else {
      throw new GradebookError('invalid_data', `${preview.fileName} holds nothing Proficio can import.`, {});
    }
    const skipped = validRowsOnly ? sortIssues([...errors, ...planIssues.filter((issue) => /skipped/.test(issue.message))]) : [];
    if (changesNothing(counts)) {
      return { importRunId: null, frameworkId, kind: preview.kind, fileName: preview.fileName, summary: counts, skipped: skipped.slice(0, previewIssueLimit), skippedTotal: skipped.length };
    }
    const importRunId = newId();
    const warnings = totals([...preview.readIssues, ...planIssues]).warnings;
    gradebook.writer
      .prepare(
        `INSERT INTO import_runs (id, at, file_name, kind, valid_rows_only, counts, warning_count, skipped_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(importRunId, at, preview.fileName, preview.kind, validRowsOnly ? 1 : 0, JSON.stringify(counts), warnings, skipped.length);
    // one entry per run, not per row: the counts say what changed, import_runs says from which file
    recordAudit(gradebook.writer, {
      at,
      actor: 'import',
      action: 'import',
      entity: 'import_runs',
      entityId: importRunId,
      after: { fileName: preview.fileName, kind: preview.kind, validRowsOnly, counts },
    });
    // new learners, retired standards: the classes' stored levels are brought up to date in the same step
    keepStoredLevelsCurrent(gradebook.writer, null);
    return { importRunId, frameworkId, kind: preview.kind, fileName: preview.fileName, summary: counts, skipped: skipped.slice(0, previewIssueLimit), skippedTotal: skipped.length };
  });
  let result: ImportCommitResult;
  try {
    result = write();
  } catch (error) {
    // rolled back, so the file is as the preview saw it: the user can retry a cancelled import from
    // the same preview
    if (error instanceof GradebookError) throw error;
    // a row the database itself refused is a problem in the file the plan did not foresee: say so in
    // the import's words, not SQLite's, and keep its message for whoever reports it
    throw new GradebookError(
      'invalid_data',
      `${preview.fileName} could not be imported: the gradebook refused one of its rows, so nothing was written.`,
      { cause: error instanceof Error ? error.message : String(error) },
    );
  }
  kept = null;
  return result;
}

/** Drops the kept preview (the gradebook closed, or the wizard was dismissed). */
export function forgetImportPreview(): void {
  kept = null;
}
