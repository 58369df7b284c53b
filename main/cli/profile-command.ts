import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexLearners, matchLearners } from '../../preload/contract/learner-match.js';
import type { RosterEntry } from '../../preload/contract/learners.js';
import { fail, findClass, withReadOnlyGradebook, type CliOutput, type GradebookCall } from './cli-support.js';

/**
 * `proficio profile FILE --learner L [--class C] [--as-of DATE] [--pdf OUT [--hide-sensitive]]`: a
 * learner's profile as JSON, from the same channel the profile page reads, or its one-page snapshot as a
 * PDF written to OUT (a new file; an existing one is never overwritten). L is the learner's id or a part of their name that only one
 * learner has (accents and case ignored); C picks the class whose standards the academic status uses.
 */
export async function profileCommand(args: readonly string[], out: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { learner: { type: 'string' }, class: { type: 'string' }, 'as-of': { type: 'string' }, pdf: { type: 'string' }, 'hide-sensitive': { type: 'boolean' } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error('profile needs exactly one FILE.');
  const wanted = values.learner;
  if (!wanted) throw new Error('profile needs --learner (an id, or a part of the name only one learner has).');
  return withReadOnlyGradebook(file, out, async (call) => {
    const klass = values.class === undefined ? null : await findClass(call, values.class, file, out);
    if (values.class !== undefined && klass === null) return 1;
    const learnerId = await findLearner(call, wanted, klass?.id ?? null, file, out);
    if (learnerId === null) return 1;
    const asOf = values['as-of'];
    const which = { learnerId, ...(klass ? { classId: klass.id } : {}), ...(asOf ? { asOf } : {}) };
    if (values.pdf !== undefined) {
      if (existsSync(values.pdf)) {
        out.stderr.write(`proficio: ${values.pdf} already exists; give a new file name for the snapshot.\n`);
        return 1;
      }
      const snapshot = await call('learners:snapshot', { ...which, hideSensitive: values['hide-sensitive'] === true });
      if (!snapshot.ok) return fail(out, snapshot.error);
      writeFileSync(values.pdf, Buffer.from(snapshot.value.pdfBase64, 'base64'), { flag: 'wx' });
      out.stdout.write(`${JSON.stringify({ pdf: resolve(values.pdf) })}\n`);
      return 0;
    }
    const profile = await call('learners:profile', which);
    if (!profile.ok) return fail(out, profile.error);
    const { learner, ...rest } = profile.value;
    out.stdout.write(`${JSON.stringify({ learner: { id: learner.learnerId, ...learner }, ...rest }, null, 2)}\n`);
    return 0;
  });
}

/** How many of an ambiguous name's matches the error lists. */
const shownMatches = 10;

/** The learner `wanted` names, among a class's roster or every class's; null (with the reason on stderr) when none or several. */
async function findLearner(call: GradebookCall, wanted: string, classId: string | null, file: string, out: CliOutput): Promise<string | null> {
  const classes = await call('classes:list', {});
  if (!classes.ok) {
    fail(out, classes.error);
    return null;
  }
  const learners = new Map<string, RosterEntry>();
  for (const c of classes.value.filter((c) => classId === null || c.id === classId)) {
    const roster = await call('learners:roster', { classId: c.id });
    if (!roster.ok) {
      fail(out, roster.error);
      return null;
    }
    for (const entry of roster.value) learners.set(entry.learnerId, entry);
  }
  if (learners.has(wanted)) return wanted;
  const matches = matchLearners(indexLearners([...learners.values()]), wanted, Number.POSITIVE_INFINITY);
  const name = (l: RosterEntry) => `${l.preferredName ?? l.givenName} ${l.familyName} (${l.learnerId})`;
  if (matches.length === 1 && matches[0]) return matches[0].learnerId;
  if (matches.length === 0) out.stderr.write(`proficio: no learner matches "${wanted}" in ${file}.\n`);
  else {
    const more = matches.length > shownMatches ? `; and ${matches.length - shownMatches} more` : '';
    out.stderr.write(`proficio: "${wanted}" matches ${matches.length} learners; give more of the name or an id: ${matches.slice(0, shownMatches).map(name).join('; ')}${more}\n`);
  }
  return null;
}
