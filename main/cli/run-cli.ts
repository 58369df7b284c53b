import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DemoSizes } from '../worker/protocol.js';
import { fail, withReadOnlyGradebook, withWorker, type CliOutput } from './cli-support.js';
import { hubCommand } from './hub-command.js';
import { importCommand } from './import-command.js';
import { learnersCommand } from './learners-command.js';
import { masteryCommand } from './mastery-command.js';
import { profileCommand } from './profile-command.js';
import { publishCommand } from './publish-command.js';
import { readinessCommand } from './readiness-command.js';
import { reportCommand, reportUsage } from './report-command.js';
import { familyReportCommand, familyReportUsage } from './family-report-command.js';
import { groupsCommand, groupsUsage } from './groups-command.js';
import { standardsCommand } from './standards-command.js';

const usage = `Usage:
  proficio demo --out FILE [--seed S] [--learners N] [--standards N] [--evidence N]
                                                write a demo gradebook to FILE (FILE must not exist); the same seed
                                                and sizes give the same file (N learners in all, about 27 a class)
  proficio info FILE                            print a JSON summary of a gradebook (schema version, rows per table)
  proficio mastery FILE --class C [--as-of D]   print a class's mastery levels as CSV (C: id, code or title)
  proficio learners FILE [--class C]            print the classes as JSON, or a class's roster as CSV
  proficio profile FILE --learner L [--class C] [--as-of D] [--pdf OUT [--hide-sensitive]]
                                                print a learner's profile as JSON (L: id, or a part of the name
                                                only one learner has; academic status, gaps, skills, drivers, goals),
                                                or write its one-page snapshot to the new PDF file OUT
  proficio readiness FILE --class C [--as-of D] print each learner's readiness on each tracked standard as CSV
                                                (mastered, not_yet_ready with the blocking prerequisites, in_progress, ready)
  proficio standards FILE [--framework F | --class C]
                                                print the frameworks as JSON, or a framework's standards (F: id or
                                                title) or a class's tracked standards as CSV
  proficio scales FILE                          print the gradebook's scales and their levels as JSON
  proficio import SOURCE --gradebook G [--dry-run] [--valid-rows-only] [--teacher ID] [--class ID …] [--title TEXT]
                                                import a CASE/standards file or a OneRoster folder/zip/class list into G;
                                                prints a JSON summary, exit 1 and nothing written when the file has errors;
                                                SOURCE must be a regular file or a folder of regular files, each at most 512 MB
  proficio import MAP --gradebook G --framework F [--dry-run]
                                                attach a prerequisite map (CSV prerequisite,standard or JSON precedes pairs)
                                                to framework F (id or title), matching codes; all or nothing
${groupsUsage}${reportUsage}${familyReportUsage}  proficio hub init --hub URL                   set up or update a school hub (a PostgreSQL database): its tables,
                                                roles and row-level security; run by IT as the database's owner
  proficio publish --gradebook G --hub URL      send what changed in G since its last publish to the school hub, all
                                                in one transaction; the password comes from PGPASSWORD or .pgpass
  proficio help                                 show this text
`;

/** Runs one command and returns the process exit code. Errors go to stderr as one readable sentence. */
export async function runCli(argv: readonly string[], out: CliOutput): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'demo':
        return await demo(rest, out);
      case 'info':
        return await printRead(rest, out, 'info', 'gradebook:info');
      case 'mastery':
        return await masteryCommand(rest, out);
      case 'import':
        return await importCommand(rest, out);
      case 'learners':
        return await learnersCommand(rest, out);
      case 'profile':
        return await profileCommand(rest, out);
      case 'readiness':
        return await readinessCommand(rest, out);
      case 'groups':
        return await groupsCommand(rest, out);
      case 'standards':
        return await standardsCommand(rest, out);
      case 'report':
        return await reportCommand(rest, out);
      case 'family-report':
        return await familyReportCommand(rest, out);
      case 'hub':
        return await hubCommand(rest, out);
      case 'publish':
        return await publishCommand(rest, out);
      case 'scales':
        return await printRead(rest, out, 'scales', 'scales:list');
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out.stdout.write(usage);
        return command === undefined ? 2 : 0;
      default:
        out.stderr.write(`proficio: unknown command "${command}".\n${usage}`);
        return 2;
    }
  } catch (error) {
    out.stderr.write(`proficio: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

async function demo(args: readonly string[], out: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { out: { type: 'string' }, seed: { type: 'string' }, learners: { type: 'string' }, standards: { type: 'string' }, evidence: { type: 'string' } },
    strict: true,
  });
  if (!values.out) throw new Error('demo needs --out FILE.');
  const sizes = demoSizes(values);
  const path = resolve(values.out);
  if (existsSync(path)) {
    out.stderr.write(`proficio: ${path} already exists; choose a new file name so nothing is overwritten.\n`);
    return 1;
  }
  return withWorker(async (worker) => {
    const opened = await worker.open(path, { create: true, demoIfNew: true, demo: sizes });
    if (!opened.ok) return fail(out, opened.error);
    const summary = await worker.call('gradebook:info', {});
    if (!summary.ok) return fail(out, summary.error);
    out.stdout.write(`${JSON.stringify(summary.value, null, 2)}\n`);
    return 0;
  });
}

/** `--seed`, `--learners`, `--standards`, `--evidence` as the generator takes them; a size must be a whole number. */
function demoSizes(values: { seed?: string | undefined; learners?: string | undefined; standards?: string | undefined; evidence?: string | undefined }): DemoSizes {
  const count = (name: 'learners' | 'standards' | 'evidence', min: number): number | undefined => {
    const text = values[name];
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text) || Number(text) < min) throw new Error(`demo --${name} must be a whole number of at least ${min}, not "${text}".`);
    return Number(text);
  };
  const learners = count('learners', 1);
  const standards = count('standards', 1);
  const evidence = count('evidence', 0);
  return {
    ...(values.seed === undefined ? {} : { seed: values.seed }),
    ...(learners === undefined ? {} : { learners }),
    ...(standards === undefined ? {} : { standards }),
    ...(evidence === undefined ? {} : { evidence }),
  };
}

/** A read that takes no request, printed as JSON: `info` (gradebook:info), `scales` (scales:list). */
async function printRead(args: readonly string[], out: CliOutput, command: string, channel: 'gradebook:info' | 'scales:list'): Promise<number> {
  const { positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error(`${command} needs exactly one FILE.`);
  return withReadOnlyGradebook(file, out, async (call) => {
    const answer = await call(channel, {});
    if (!answer.ok) return fail(out, answer.error);
    out.stdout.write(`${JSON.stringify(answer.value, null, 2)}\n`);
    return 0;
  });
}
