import { parseArgs } from 'node:util';
import type { MasteryGrid } from '../../preload/contract/index.js';
import { fail, findClass, withReadOnlyGradebook, type CliOutput } from './cli-support.js';
import { toCsv } from './csv.js';

/**
 * `proficio mastery FILE --class CLASS [--as-of DATE]`: the class's current levels as CSV, one row per
 * learner, one column per tracked standard (its code), by the class's own method. CLASS is the class's
 * id, code or exact title.
 */
export async function masteryCommand(args: readonly string[], out: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { class: { type: 'string' }, 'as-of': { type: 'string' } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error('mastery needs exactly one FILE.');
  if (!values.class) throw new Error('mastery needs --class CLASS (its id, code or title).');
  const wanted = values.class;
  return withReadOnlyGradebook(file, out, async (call) => {
    const match = await findClass(call, wanted, file, out);
    if (match === null) return 1;
    const grid = await call('mastery:grid', { classId: match.id, ...(values['as-of'] ? { asOf: values['as-of'] } : {}) });
    if (!grid.ok) return fail(out, grid.error);
    out.stdout.write(masteryCsv(grid.value));
    return 0;
  });
}

export function masteryCsv(grid: MasteryGrid): string {
  const header = ['learner_id', 'family_name', 'given_name', ...grid.columns.map((c) => c.code ?? c.standardId)];
  return toCsv([header, ...grid.rows.map((row) => [row.learnerId, row.familyName, row.givenName, ...row.cells.level])]);
}
