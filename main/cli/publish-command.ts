import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { publishGradebook } from '../hub/publish.js';
import type { CliOutput } from './cli-support.js';
import { reportingHubErrors } from './hub-command.js';

/**
 * `proficio publish --gradebook G --hub URL`: sends what changed in G since its last publish to the
 * school hub, as one transaction. Progress goes to stderr as it happens; the summary to stdout as JSON.
 */
export async function publishCommand(args: readonly string[], out: CliOutput): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { gradebook: { type: 'string' }, hub: { type: 'string' } }, strict: true });
  if (!values.gradebook || !values.hub) throw new Error('publish needs --gradebook FILE and --hub URL (postgres://USER@HOST/DATABASE; the password comes from PGPASSWORD or .pgpass).');
  const file = resolve(values.gradebook);
  const hub = values.hub;
  return reportingHubErrors(out, async () => {
    out.stderr.write(`Publishing ${file} to the school hub…\n`);
    const summary = await publishGradebook(file, hub, {
      onProgress: ({ table, sent, total }) => out.stderr.write(`  ${table.replace(/_/g, ' ')}: ${sent} of ${total} changed rows sent\n`),
    });
    const said =
      summary.changedRows + summary.tombstonedRows === 0
        ? `Nothing had changed since the last publish: the school hub at ${summary.hub} already had all of "${summary.title}".`
        : `Published "${summary.title}" to the school hub at ${summary.hub}: ${summary.changedRows} rows added or changed, ${summary.tombstonedRows} marked deleted.`;
    out.stderr.write(`${said}\n`);
    out.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return 0;
  });
}
