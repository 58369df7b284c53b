import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportIssueView, ImportTableCounts } from '../../preload/contract/index.js';
import { fail, withWorker, type CliOutput } from './cli-support.js';
import { prerequisiteMapCommand } from './prerequisite-map-command.js';

/**
 * `proficio import FILE-OR-FOLDER --gradebook G [--dry-run] [--valid-rows-only] [--teacher ID]
 * [--class ID …] [--title TEXT]`: the app's own import (preview, then commit) through the worker.
 * With `--framework F`, FILE is a prerequisite map for that framework (prerequisite-map-command.ts).
 * Prints a JSON summary; exits 1 with every error on stderr (file, row, column, value, expected) and
 * nothing written when the file has errors, unless --valid-rows-only is given for a roster.
 */
export async function importCommand(args: readonly string[], out: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      gradebook: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'valid-rows-only': { type: 'boolean' },
      teacher: { type: 'string' },
      class: { type: 'string', multiple: true },
      title: { type: 'string' },
      framework: { type: 'string' },
    },
  });
  const [source] = positionals;
  if (!source || positionals.length > 1) throw new Error('import needs exactly one FILE-OR-FOLDER.');
  if (!values.gradebook) throw new Error('import needs --gradebook FILE (the gradebook to import into).');
  if (values.framework !== undefined) return prerequisiteMapCommand(source, values.gradebook, values.framework, values['dry-run'] === true, out);
  const gradebookPath = resolve(values.gradebook);
  const isNew = !existsSync(gradebookPath);
  const dryRun = values['dry-run'] === true;
  const validRowsOnly = values['valid-rows-only'] === true;
  const options = {
    ...(values.title === undefined ? {} : { frameworkTitle: values.title }),
    ...(values.teacher === undefined ? {} : { teacherSourcedId: values.teacher }),
    ...(values.class === undefined ? {} : { classSourcedIds: values.class }),
  };

  let wrote = false;
  const code = await withWorker(async (worker) => {
    const opened = await worker.open(gradebookPath, { create: true });
    if (!opened.ok) return fail(out, opened.error);
    const preview = await worker.previewImportPath(resolve(source), options);
    if (!preview.ok) return fail(out, preview.error);
    const { value } = preview;
    const errors = value.issues.filter((issue) => issue.severity === 'error');
    const report = {
      file: value.fileName,
      kind: value.kind,
      dryRun,
      summary: brief(value.summary),
      issueTotals: value.issueTotals,
      errors: errors.map(describeIssue),
      warnings: value.issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.message),
    };
    const blocked = !value.canCommit && !(validRowsOnly && value.canImportValidRows);
    if (blocked || dryRun) {
      out.stdout.write(`${JSON.stringify({ ...report, written: false }, null, 2)}\n`);
      if (blocked) {
        for (const issue of errors) out.stderr.write(`proficio: ${issue.message}\n`);
        if (value.issueTotals.errors > errors.length) out.stderr.write(`proficio: … and ${value.issueTotals.errors - errors.length} more errors.\n`);
        out.stderr.write(
          `proficio: ${value.fileName} has ${value.issueTotals.errors} error(s); nothing was imported.${value.canImportValidRows ? ' Use --valid-rows-only to import the rows without errors.' : ''}\n`,
        );
        return 1;
      }
      return 0;
    }
    const committed = await worker.call('import:commit', { previewId: value.previewId, ...(validRowsOnly ? { validRowsOnly } : {}) });
    if (!committed.ok) return fail(out, committed.error);
    wrote = committed.value.importRunId !== null;
    out.stdout.write(
      `${JSON.stringify(
        { ...report, summary: brief(committed.value.summary), written: wrote, importRunId: committed.value.importRunId, skipped: committed.value.skipped.map(describeIssue) },
        null,
        2,
      )}\n`,
    );
    return 0;
  });
  // a gradebook made only to hold an import that did not happen is not left behind
  if (isNew && !wrote) for (const suffix of ['', '-wal', '-shm']) rmSync(`${gradebookPath}${suffix}`, { force: true });
  return code;
}

/** Only the counts that say something, per table. */
function brief(summary: Record<string, ImportTableCounts>): Record<string, Partial<ImportTableCounts>> {
  const out: Record<string, Partial<ImportTableCounts>> = {};
  for (const [table, counts] of Object.entries(summary)) {
    const entries = Object.entries(counts).filter(([, count]) => count > 0);
    if (entries.length > 0) out[table] = Object.fromEntries(entries);
  }
  return out;
}

function describeIssue(issue: ImportIssueView) {
  return { file: issue.file, row: issue.row ?? null, column: issue.column ?? null, value: issue.value ?? null, expected: issue.expected, message: issue.message };
}
