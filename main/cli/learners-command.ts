import { parseArgs } from 'node:util';
import { fail, findClass, withReadOnlyGradebook, type CliOutput } from './cli-support.js';
import { toCsv } from './csv.js';

/**
 * `proficio learners FILE [--class CLASS]`: without a class, the classes as JSON (id, title, code,
 * term, course, learner count); with one, its roster as CSV — the same rows the Learners section shows.
 */
export async function learnersCommand(args: readonly string[], out: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { class: { type: 'string' } } });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error('learners needs exactly one FILE.');
  const wanted = values.class;
  return withReadOnlyGradebook(file, out, async (call) => {
    if (wanted === undefined) {
      const classes = await call('classes:list', {});
      if (!classes.ok) return fail(out, classes.error);
      out.stdout.write(`${JSON.stringify(classes.value, null, 2)}\n`);
      return 0;
    }
    const match = await findClass(call, wanted, file, out);
    if (match === null) return 1;
    const roster = await call('learners:roster', { classId: match.id });
    if (!roster.ok) return fail(out, roster.error);
    const header = ['learner_id', 'family_name', 'given_name', 'preferred_name', 'evidence_count', 'last_evidence_on'];
    const rows = roster.value.map((r) => [r.learnerId, r.familyName, r.givenName, r.preferredName, r.evidenceCount, r.lastEvidenceOn]);
    out.stdout.write(toCsv([header, ...rows]));
    return 0;
  });
}
