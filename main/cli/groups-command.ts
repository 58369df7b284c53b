import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { GroupProposal } from '../../preload/contract/groups.js';
import { groupStrategies, shortCode, type GroupStrategy } from '../../preload/contract/index.js';
import { localToday } from '../../preload/contract/shared.js';
import { fail, findClass, withReadOnlyGradebook, withWorker, type CliOutput, type GradebookCall } from './cli-support.js';

export const groupsUsage = `  proficio groups FILE --class C --strategy readiness|bands|interests|balanced [--standard CODE] [--size K]
                 [--seed N] [--apart ID,ID …] [--together ID,ID …] [--mix-it-up] [--as-of D]
                 [--save [--date D] [--purpose TEXT]]
                                                propose groups for a class and print them as JSON { groups, fit, unmet, … }
                                                (the app's own proposal: same input and seed, same groups; bands take a
                                                standard or a cluster code); --apart and
                                                --together may be given more than once; --save also saves them as a group set
`;

/** Automatic strategies only: a manual set starts empty, which is for the app. */
const cliStrategies = groupStrategies.filter((s): s is Exclude<GroupStrategy, 'manual'> => s !== 'manual');

/**
 * `proficio groups FILE --class C --strategy S …`: the proposal the grouping page shows, as JSON. It
 * reads the file read-only unless `--save` is given; then the proposal is saved as a dated group set.
 */
export async function groupsCommand(args: readonly string[], out: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      class: { type: 'string' },
      strategy: { type: 'string' },
      standard: { type: 'string' },
      size: { type: 'string' },
      seed: { type: 'string' },
      apart: { type: 'string', multiple: true },
      together: { type: 'string', multiple: true },
      'mix-it-up': { type: 'boolean' },
      'as-of': { type: 'string' },
      save: { type: 'boolean' },
      date: { type: 'string' },
      purpose: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error('groups needs exactly one FILE.');
  if (!values.class) throw new Error('groups needs --class CLASS (its id, code or title).');
  const strategy = cliStrategies.find((s) => s === values.strategy);
  if (!strategy) throw new Error(`groups needs --strategy ${cliStrategies.join('|')}.`);
  if (!values.save && (values.date || values.purpose)) throw new Error('--date and --purpose go with --save.');
  const size = wholeNumber(values.size, '--size');
  const seed = wholeNumber(values.seed, '--seed');
  const sets = (given: string[] | undefined) => (given ?? []).map((text) => text.split(',').map((id) => id.trim()).filter(Boolean));
  const wanted = values.class;

  const run = async (call: GradebookCall): Promise<number> => {
    const match = await findClass(call, wanted, file, out);
    if (match === null) return 1;
    let standardId: string | undefined;
    let clusterId: string | undefined;
    if (values.standard) {
      const tracked = await call('standards:tracked', { classId: match.id });
      if (!tracked.ok) return fail(out, tracked.error);
      const code = values.standard.toLowerCase();
      const named = (s: { id: string; code: string | null }) => s.id === values.standard || s.code?.toLowerCase() === code || shortCode(s.code)?.toLowerCase() === code;
      standardId = tracked.value.find(named)?.id;
      // bands may be on a cluster: a parent of tracked standards, named by its code
      if (!standardId && strategy === 'bands') {
        const parents = new Set(tracked.value.map((s) => s.parentId));
        for (const frameworkId of new Set(tracked.value.map((s) => s.frameworkId))) {
          const tree = await call('standards:tree', { frameworkId });
          if (!tree.ok) return fail(out, tree.error);
          clusterId ??= tree.value.find((node) => parents.has(node.id) && named(node))?.id;
        }
      }
      if (!standardId && !clusterId) {
        out.stderr.write(`proficio: ${match.title} does not track a standard "${values.standard}". Run \`proficio standards ${file} --class ${wanted}\` to see the codes.\n`);
        return 1;
      }
    }
    const proposed = await call('groups:propose', {
      classId: match.id,
      strategy,
      ...(standardId ? { standardId } : {}),
      ...(clusterId ? { clusterId } : {}),
      ...(size !== undefined ? { size } : {}),
      ...(seed !== undefined ? { seed } : {}),
      apart: sets(values.apart),
      together: sets(values.together),
      ...(values['mix-it-up'] ? { mixItUp: true } : {}),
      ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
    });
    if (!proposed.ok) return fail(out, proposed.error);
    const proposal = proposed.value;
    if (!values.save) {
      out.stdout.write(`${JSON.stringify(proposal, null, 2)}\n`);
      return 0;
    }
    const saved = await call('groups:save', {
      classId: match.id,
      date: values.date ?? localToday(),
      purpose: values.purpose ?? defaultPurpose(proposal),
      strategy,
      seed: proposal.seed,
      standardId: standardId ?? null,
      groups: proposal.groups.map((g) => ({ name: g.name, learnerIds: g.learnerIds })),
    });
    if (!saved.ok) return fail(out, saved.error);
    out.stdout.write(`${JSON.stringify({ ...proposal, saved: { groupSetId: saved.value.groupSetId, date: saved.value.date, purpose: saved.value.purpose } }, null, 2)}\n`);
    return 0;
  };

  if (!values.save) return withReadOnlyGradebook(file, out, run);
  return withWorker(async (worker) => {
    const opened = await worker.open(resolve(file));
    if (!opened.ok) return fail(out, opened.error);
    return run((channel, request) => worker.call(channel, request));
  });
}

function defaultPurpose(proposal: GroupProposal): string {
  const target = proposal.target?.code ?? proposal.cluster?.code;
  return target ? `${proposal.strategy} groups for ${target}` : `${proposal.strategy} groups`;
}

function wholeNumber(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new Error(`${flag} takes a whole number, not "${text}".`);
  return Number(text);
}
