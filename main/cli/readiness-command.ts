import { parseArgs } from 'node:util';
import type { ClassReadiness } from '../../preload/contract/index.js';
import { fail, findClass, withReadOnlyGradebook, type CliOutput } from './cli-support.js';
import { toCsv } from './csv.js';

/**
 * `proficio readiness FILE --class C [--as-of DATE]`: every enrolled learner × tracked standard with its
 * readiness state and the tracked prerequisites that block it, as CSV — the path board's data.
 */
export async function readinessCommand(args: readonly string[], out: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { class: { type: 'string' }, 'as-of': { type: 'string' } } });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error('readiness needs exactly one FILE.');
  if (!values.class) throw new Error('readiness needs --class CLASS (its id, code or title).');
  const wanted = values.class;
  return withReadOnlyGradebook(file, out, async (call) => {
    const match = await findClass(call, wanted, file, out);
    if (match === null) return 1;
    const readiness = await call('paths:readiness', { classId: match.id, ...(values['as-of'] ? { asOf: values['as-of'] } : {}) });
    if (!readiness.ok) return fail(out, readiness.error);
    out.stdout.write(readinessCsv(readiness.value));
    return 0;
  });
}

export function readinessCsv(readiness: ClassReadiness): string {
  const code = (index: number) => readiness.standards[index]?.code ?? readiness.standards[index]?.standardId ?? '';
  const rows = readiness.learners.flatMap((learner) =>
    readiness.standards.map((_, i) => [learner.learnerId, learner.familyName, learner.givenName, code(i), learner.states[i] ?? '', (learner.blocking[i] ?? []).map(code).join(';')]),
  );
  return toCsv([['learner_id', 'family_name', 'given_name', 'standard_code', 'state', 'blocking_prerequisites'], ...rows]);
}
