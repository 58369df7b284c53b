import { basename, resolve } from 'node:path';
import { readRegularFile } from '../import/read-path.js';
import { fail, withWorker, type CliOutput } from './cli-support.js';

/**
 * `proficio import MAP --gradebook G --framework F [--dry-run]`: attaches a prerequisite map (CSV
 * `prerequisite,standard`, or JSON `{ "precedes": [[a, b], …] }`) to the framework F (its id or exact
 * title) of an existing gradebook; all or nothing, every problem on stderr with its row.
 */
export async function prerequisiteMapCommand(source: string, gradebookPath: string, framework: string, dryRun: boolean, out: CliOutput): Promise<number> {
  const read = readRegularFile(resolve(source));
  if (!read.ok) {
    for (const issue of read.issues) out.stderr.write(`proficio: ${issue.message}\n`);
    return 1;
  }
  return withWorker(async (worker) => {
    const opened = await worker.open(resolve(gradebookPath), { create: false });
    if (!opened.ok) return fail(out, opened.error);
    const frameworks = await worker.call('frameworks:list', {});
    if (!frameworks.ok) return fail(out, frameworks.error);
    const match = frameworks.value.find((f) => f.id === framework || f.title === framework);
    if (!match) {
      out.stderr.write(`proficio: no framework "${framework}" in ${gradebookPath}. Frameworks: ${frameworks.value.map((f) => f.title).join('; ') || 'none yet'}\n`);
      return 1;
    }
    const request = { frameworkId: match.id, file: { name: basename(source), base64: Buffer.from(read.value).toString('base64') } };
    const result = await worker.call(dryRun ? 'import:previewPrerequisiteMap' : 'import:prerequisiteMap', request);
    if (!result.ok) return fail(out, result.error);
    const { issues, ...summary } = result.value;
    const errors = issues.filter((i) => i.severity === 'error');
    out.stdout.write(`${JSON.stringify({ ...summary, dryRun, written: !dryRun && summary.canCommit && summary.added > 0, errors: errors.map((i) => i.message) }, null, 2)}\n`);
    if (summary.canCommit) return 0;
    for (const issue of errors) out.stderr.write(`proficio: ${issue.message}\n`);
    out.stderr.write(`proficio: ${summary.fileName} has ${summary.issueTotals.errors} error(s); nothing was imported.\n`);
    return 1;
  });
}
