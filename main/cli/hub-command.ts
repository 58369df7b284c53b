import { parseArgs } from 'node:util';
import { GradebookError } from '../../db/errors.js';
import { connectToHub } from '../hub/hub-connection.js';
import { explainHubError, HubError } from '../hub/hub-error.js';
import { migrateHub } from '../hub/migrate-hub.js';
import type { ReportFilter, ReportFormat } from '../../preload/contract/reports.js';
import { readHubReports } from '../hub/hub-report.js';
import type { CliOutput } from './cli-support.js';
import type { WriteReport } from './report-command.js';

/**
 * `proficio hub init --hub URL`: creates or updates the school hub's schema, roles and policies. Run by
 * IT as the hub database's owner (a login that may create roles); running it again is harmless.
 */
export async function hubCommand(args: readonly string[], out: CliOutput): Promise<number> {
  const [verb, ...rest] = args;
  if (verb !== 'init') throw new Error(`hub knows one verb, init: proficio hub init --hub URL${verb === undefined ? '' : ` (not "${verb}")`}.`);
  const { values } = parseArgs({ args: [...rest], options: { hub: { type: 'string' } }, strict: true });
  if (!values.hub) throw new Error('hub init needs --hub URL (postgres://USER@HOST/DATABASE; the password comes from PGPASSWORD or .pgpass).');
  return reportingHubErrors(out, async () => {
    const hub = await connectToHub(values.hub as string);
    try {
      out.stderr.write(`Setting up the school hub at ${hub.address.shown}…\n`);
      const report = await migrateHub(hub.db).catch((error: unknown) => {
        throw explainHubError(error, hub.address.shown);
      });
      const said = report.applied.length === 0 ? `The school hub at ${hub.address.shown} is already up to date (version ${report.to}).` : `The school hub at ${hub.address.shown} is ready (version ${report.to}).`;
      out.stderr.write(`${said} Next: create a login for each teacher (IN ROLE proficio_teacher) and coach (IN ROLE proficio_coach); see the README's "School hub".\n`);
      out.stdout.write(`${JSON.stringify({ hub: hub.address.shown, ...report }, null, 2)}\n`);
      return 0;
    } finally {
      await hub.close();
    }
  });
}

/** A hub or gradebook failure as one sentence on stderr and exit code 1; anything else is a bug and rethrown. */
export async function reportingHubErrors(out: CliOutput, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HubError || error instanceof GradebookError) {
      out.stderr.write(`proficio: ${error.message} [${error.code}]\n`);
      return 1;
    }
    throw error;
  }
}

export type HubReportRequest = { wantedClasses: readonly string[]; filter: Omit<ReportFilter, 'classId'>; format: ReportFormat; outPath: string };

/**
 * `proficio report --hub URL …`: the same class reports (and school summary) as coach mode, from every
 * gradebook published to the hub — one gradebook's rows loaded at a time, its classes reported by the
 * app's own report service (main/hub/hub-report.ts), then written as report-command writes files.
 */
export async function reportFromHub(url: string, request: HubReportRequest, say: (text: string) => void, out: CliOutput, write: WriteReport): Promise<number> {
  return reportingHubErrors(out, async () => {
    const hub = await connectToHub(url);
    try {
      const { gradebooks, missing } = await readHubReports(hub, {
        wantedClasses: request.wantedClasses,
        filter: request.filter,
        onClass: (gradebook, klass, index, count) => say(`${gradebook}: ${klass} (class ${index + 1} of ${count})…`),
      });
      if (missing.length > 0) {
        out.stderr.write(`proficio: no class ${missing.map((m) => `"${m}"`).join(', ')} on the school hub at ${hub.address.shown} (give a class's id, code or title).\n`);
        return 1;
      }
      if (gradebooks.length === 0) {
        out.stderr.write(`proficio: the school hub at ${hub.address.shown} holds no class yet; publish a gradebook to it first (proficio publish --gradebook FILE --hub URL).\n`);
        return 1;
      }
      return await write(gradebooks, request.format, request.outPath, say, out);
    } finally {
      await hub.close();
    }
  });
}
