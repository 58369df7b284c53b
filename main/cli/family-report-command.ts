import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { parseArgs } from 'node:util';
import { familyReportLanguages, type FamilyReportRequest } from '../../preload/contract/reports.js';
import { fail, findClass, withReadOnlyGradebook, type CliOutput } from './cli-support.js';

export const familyReportUsage = `  proficio family-report FILE --class C [--learner L …] [--lang en|es] [--as-of D] [--show-codes] [--comment TEXT]
                 [--one-per-learner] --out PATH
                                                families' progress reports as one PDF, a learner a page, in plain words
                                                (--one-per-learner: a PDF per learner in the new folder PATH)
                                                (L: id, or a part of the name only one learner of the class has);
                                                without --lang each family's preferred language where supported
`;

/** `proficio family-report`: the same channel the app's family report reads (reports:familyReport), the file opened read-only. */
export async function familyReportCommand(args: readonly string[], out: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      class: { type: 'string' },
      learner: { type: 'string', multiple: true },
      lang: { type: 'string' },
      'as-of': { type: 'string' },
      'show-codes': { type: 'boolean' },
      comment: { type: 'string' },
      'one-per-learner': { type: 'boolean' },
      out: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error('family-report needs exactly one FILE.');
  if (!values.class) throw new Error('family-report needs --class C.');
  if (!values.out) throw new Error('family-report needs --out PATH (a new PDF file).');
  const language = values.lang;
  if (language !== undefined && !(familyReportLanguages as readonly string[]).includes(language)) {
    throw new Error(`--lang must be one of ${familyReportLanguages.join(', ')}, not "${language}".`);
  }
  const outPath = resolve(values.out);
  if (existsSync(outPath)) {
    out.stderr.write(`proficio: ${outPath} already exists; choose a new name so nothing is overwritten.\n`);
    return 1;
  }
  if (!existsSync(dirname(outPath))) {
    out.stderr.write(`proficio: the folder ${dirname(outPath)} does not exist; make it first, or write the report somewhere else.\n`);
    return 1;
  }
  const wanted = values.learner ?? [];
  if (values.comment !== undefined && wanted.length !== 1) throw new Error('--comment goes with exactly one --learner.');
  return withReadOnlyGradebook(file, out, async (call) => {
    const klass = await findClass(call, values.class ?? '', file, out);
    if (!klass) return 1;
    const roster = await call('learners:roster', { classId: klass.id });
    if (!roster.ok) return fail(out, roster.error);
    const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const learnerIds: string[] = [];
    for (const w of wanted) {
      const matches = roster.value.filter((l) => l.learnerId === w || fold(`${l.preferredName ?? l.givenName} ${l.givenName} ${l.familyName}`).includes(fold(w)));
      if (matches.length !== 1) {
        out.stderr.write(`proficio: ${matches.length === 0 ? 'no learner' : `${matches.length} learners`} in ${klass.title} match "${w}"; give more of the name, or the id.\n`);
        return 1;
      }
      learnerIds.push(matches[0]?.learnerId ?? '');
    }
    const request: FamilyReportRequest = {
      classId: klass.id,
      ...(learnerIds.length > 0 ? { learnerIds } : {}),
      ...(language === 'en' || language === 'es' ? { language } : {}),
      ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
      ...(values['show-codes'] ? { showCodes: true } : {}),
      ...(values.comment !== undefined && learnerIds[0] ? { comments: { [learnerIds[0]]: values.comment } } : {}),
      ...(values['one-per-learner'] ? { onePerLearner: true } : {}),
    };
    const answer = await call('reports:familyReport', request);
    if (!answer.ok) return fail(out, answer.error);
    const bytes = Buffer.from(answer.value.base64, 'base64');
    if (values['one-per-learner']) {
      // one PDF per learner, into the new folder PATH
      mkdirSync(outPath);
      const files = unzipSync(bytes);
      for (const [name, pdf] of Object.entries(files)) writeFileSync(join(outPath, name), pdf, { flag: 'wx' });
      out.stdout.write(`${JSON.stringify({ folder: outPath, pdfs: Object.keys(files).length })}\n`);
      return 0;
    }
    writeFileSync(outPath, bytes, { flag: 'wx' });
    out.stdout.write(`${JSON.stringify({ pdf: outPath, learners: learnerIds.length || klass.learnerCount })}\n`);
    return 0;
  });
}
