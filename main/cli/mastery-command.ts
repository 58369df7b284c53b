import { parseArgs } from 'node:util';
import type { ClassSummary, MasteryGrid } from '../../preload/contract/index.js';
import { fail, withReadOnlyGradebook, type CliOutput } from './cli-support.js';

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
    const classes = await call('classes:list', {});
    if (!classes.ok) return fail(out, classes.error);
    const match = classes.value.find((c) => c.id === wanted || c.code === wanted || c.title === wanted);
    if (!match) {
      out.stderr.write(`proficio: no class "${wanted}" in ${file}. Classes: ${classes.value.map(describe).join('; ')}\n`);
      return 1;
    }
    const grid = await call('mastery:grid', { classId: match.id, ...(values['as-of'] ? { asOf: values['as-of'] } : {}) });
    if (!grid.ok) return fail(out, grid.error);
    out.stdout.write(masteryCsv(grid.value));
    return 0;
  });
}

const describe = (c: ClassSummary): string => (c.code ? `${c.title} (${c.code})` : c.title);

/** RFC 4180 quoting: only where a value needs it. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function masteryCsv(grid: MasteryGrid): string {
  const header = ['learner_id', 'family_name', 'given_name', ...grid.columns.map((c) => c.code ?? c.standardId)];
  const lines = [header, ...grid.rows.map((row) => [row.learnerId, row.familyName, row.givenName, ...row.cells.level.map((level) => (level === null ? '' : String(level)))])];
  return `${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}
