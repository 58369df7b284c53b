import { parseArgs } from 'node:util';
import type { StandardNode } from '../../preload/contract/index.js';
import { fail, findClass, withReadOnlyGradebook, type CliOutput } from './cli-support.js';
import { toCsv } from './csv.js';

/**
 * `proficio standards FILE [--framework F | --class C]`: without an option, the frameworks as JSON;
 * with `--framework` (its id or exact title), its standards as CSV in tree order; with `--class`, the
 * standards the class tracks (its gradebook's columns), as CSV.
 */
export async function standardsCommand(args: readonly string[], out: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { framework: { type: 'string' }, class: { type: 'string' } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error('standards needs exactly one FILE.');
  if (values.framework !== undefined && values.class !== undefined) throw new Error('standards takes --framework or --class, not both.');
  const { framework, class: wantedClass } = values;
  return withReadOnlyGradebook(file, out, async (call) => {
    const frameworks = await call('frameworks:list', {});
    if (!frameworks.ok) return fail(out, frameworks.error);
    if (framework === undefined && wantedClass === undefined) {
      out.stdout.write(`${JSON.stringify(frameworks.value, null, 2)}\n`);
      return 0;
    }
    let standards: StandardNode[];
    if (wantedClass !== undefined) {
      const match = await findClass(call, wantedClass, file, out);
      if (match === null) return 1;
      const tracked = await call('standards:tracked', { classId: match.id });
      if (!tracked.ok) return fail(out, tracked.error);
      standards = tracked.value;
    } else {
      const chosen = frameworks.value.find((f) => f.id === framework || f.title === framework);
      if (!chosen) {
        out.stderr.write(`proficio: no framework "${framework}" in ${file}. Frameworks: ${frameworks.value.map((f) => f.title).join('; ') || 'none yet'}\n`);
        return 1;
      }
      const tree = await call('standards:tree', { frameworkId: chosen.id });
      if (!tree.ok) return fail(out, tree.error);
      standards = tree.value;
    }
    out.stdout.write(standardsCsv(standards));
    return 0;
  });
}

/** One row per standard: its code, statement, type, parent's code, grades and whether it is retired. */
function standardsCsv(standards: readonly StandardNode[]): string {
  const codeOf = new Map(standards.map((s) => [s.id, s.code]));
  const header = ['standard_id', 'code', 'statement', 'type', 'parent_code', 'grades', 'retired'];
  const rows = standards.map((s) => [
    s.id,
    s.code,
    s.statement,
    s.type,
    s.parentId === null ? null : (codeOf.get(s.parentId) ?? s.parentId),
    s.gradeLevels.join(' '),
    s.retired ? 'yes' : 'no',
  ]);
  return toCsv([header, ...rows]);
}
