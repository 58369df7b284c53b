import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GradebookError } from '../../db/errors.js';
import type { ClassSummary } from '../../preload/contract/learners.js';
import { reportFormats, type ClassReport, type ReportFilter, type ReportFormat } from '../../preload/contract/reports.js';
import { evidenceKinds, type EvidenceKind } from '../../preload/contract/vocabulary.js';
import { schoolSummary, type GradebookReports } from '../reports/domain/school-summary.js';
import { renderReport } from '../reports/export-report.js';
import { fileLabels } from '../reports/file-labels.js';
import { namedAcrossFiles } from '../reports/report-clusters.js';
import { findSchoolTerm } from '../reports/school-terms.js';
import type { GradebookWorker } from '../worker/client.js';
import { fail, withWorker, type CliOutput } from './cli-support.js';
import { reportFromHub } from './hub-command.js';

export const reportUsage = `  proficio report --gradebook A [--gradebook B …] | --hub URL [--class C …] [--as-of D] [--term T] [--from D] [--to D] [--cluster X]
                 [--kind of|for|as …] [--quiet-days N] --format json|csv|xlsx|pdf|oneroster|levels --out PATH
                                                class reports (and, for several gradebooks, a school summary with
                                                learners and standards matched by sourcedId / CASE id); every file is
                                                opened read-only; csv writes one table per section into the new folder PATH;
                                                --hub reads every gradebook published to the school hub instead;
                                                --term T (a term's title, roster sourcedId or id) sets the evidence
                                                window to that term in every file
`;

/**
 * `proficio report`: a coach's (or IT's) class reports across one or several teachers' gradebooks, all
 * opened read-only, through the same channel the app's Reports section reads (reports:classReport).
 */
export async function reportCommand(args: readonly string[], out: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      gradebook: { type: 'string', multiple: true },
      hub: { type: 'string' },
      class: { type: 'string', multiple: true },
      'as-of': { type: 'string' },
      term: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      cluster: { type: 'string' },
      kind: { type: 'string', multiple: true },
      'quiet-days': { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const files = values.gradebook ?? [];
  if (files.length > 0 && values.hub !== undefined) throw new Error('report reads either --gradebook files or one --hub, not both.');
  if (files.length === 0 && values.hub === undefined) throw new Error('report needs at least one --gradebook FILE, or --hub URL.');
  const format = values.format;
  if (!isFormat(format)) throw new Error(`report needs --format, one of ${reportFormats.join(', ')}.`);
  if (!values.out) throw new Error('report needs --out PATH (a new file, or a new folder for csv).');
  const outPath = resolve(values.out);
  if (existsSync(outPath)) {
    out.stderr.write(`proficio: ${outPath} already exists; choose a new name so nothing is overwritten.\n`);
    return 1;
  }
  if (!existsSync(dirname(outPath))) {
    out.stderr.write(`proficio: the folder ${dirname(outPath)} does not exist; make it first, or write the report somewhere else.\n`);
    return 1;
  }
  const kinds = (values.kind ?? []).map((kind) => {
    if (!(evidenceKinds as readonly string[]).includes(kind)) throw new Error(`--kind must be one of ${evidenceKinds.join(', ')}, not "${kind}".`);
    return kind as EvidenceKind;
  });
  const quietDays = values['quiet-days'] === undefined ? undefined : Number(values['quiet-days']);
  const filter: Omit<ReportFilter, 'classId'> = {
    ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    ...(values.cluster ? { cluster: values.cluster } : {}),
    ...(kinds.length > 0 ? { evidenceKinds: kinds } : {}),
    ...(quietDays === undefined ? {} : { quietDays }),
  };
  const wantedClasses = values.class ?? [];
  const term = values.term;
  if (term !== undefined && values.hub !== undefined) throw new Error('--term works with --gradebook files; for the hub give --from and --to.');
  if (term !== undefined && (values.from !== undefined || values.to !== undefined)) throw new Error('give either --term or --from/--to, not both: the term sets both dates.');

  // a coach's school takes a while: at a terminal, say which class is being read (a script's stderr stays for errors)
  const say = (text: string) => {
    if ('isTTY' in out.stderr && out.stderr.isTTY === true) out.stderr.write(`\r\u001b[2K${text}`);
  };
  if (values.hub !== undefined) return reportFromHub(values.hub, { wantedClasses, filter, format, outPath }, say, out, writeReport);
  return withWorker(async (worker) => {
    const gradebooks: GradebookReports[] = [];
    // named as the app's school summary names them: a second "gradebook.proficio" is "gradebook.proficio (2)"
    const labels = fileLabels(files.map((file) => resolve(file)));
    const found = new Set<string>();
    for (const file of files) {
      const opened = await worker.openReadOnly(resolve(file));
      if (!opened.ok) return fail(out, { ...opened.error, message: `${file}: ${opened.error.message}` });
      const gradebookId = opened.value.gradebookId;
      const fileFilter = term === undefined ? filter : await termFilter(worker, gradebookId, term, filter);
      if (typeof fileFilter === 'string') {
        out.stderr.write(`proficio: ${file}: ${fileFilter}\n`);
        return 1;
      }
      const classes = await worker.call('classes:list', {}, gradebookId);
      if (!classes.ok) return fail(out, classes.error);
      const chosen = wantedClasses.length === 0 ? classes.value : classes.value.filter((c) => wantedClasses.some((w) => names(c, w) && found.add(w)));
      const reports: ClassReport[] = [];
      for (const [index, klass] of chosen.entries()) {
        say(`${basename(file)}: ${klass.title} (class ${index + 1} of ${chosen.length})…`);
        // the coach's channel: a class whose file does not track --cluster has no standards rather than failing
        const report = await worker.call('reports:coachClassReport', { sourceId: gradebookId, filter: { classId: klass.id, ...fileFilter } }, gradebookId);
        if (!report.ok) return fail(out, { ...report.error, message: `${file}, ${klass.title}: ${report.error.message}` });
        reports.push(report.value);
      }
      gradebooks.push({ gradebook: labels[gradebooks.length] ?? basename(file), reports });
    }
    const missing = wantedClasses.filter((w) => !found.has(w));
    if (missing.length > 0) {
      out.stderr.write(`proficio: no class ${missing.map((m) => `"${m}"`).join(', ')} in ${files.join(', ')} (give a class's id, code or title).\n`);
      return 1;
    }
    const named = clustersNamed(gradebooks, filter.cluster);
    if (typeof named === 'string') {
      out.stderr.write(`proficio: ${named} Give a cluster's code or CASE identifier.\n`);
      return 1;
    }
    return writeReport(named, format, outPath, say, out);
  });
}

/** Renders the class reports (and, for several gradebooks, the school summary) to PATH; the summary as JSON on stdout. */
async function writeReport(gradebooks: readonly GradebookReports[], format: ReportFormat, outPath: string, say: (text: string) => void, out: CliOutput): Promise<number> {
  say(`Writing ${format}…`);
  const reports = gradebooks.flatMap((g) => g.reports);
  const school = gradebooks.length > 1 ? schoolSummary(gradebooks) : null;
  const rendered = await renderReport(format, reports, school, 'report');
  if (format === 'csv') {
    mkdirSync(outPath, { recursive: false });
    for (const file of rendered.files ?? []) writeFileSync(join(outPath, file.name), file.text, { flag: 'wx' });
  } else {
    writeFileSync(outPath, rendered.bytes, { flag: 'wx' });
  }
  say('');
  out.stdout.write(
    `${JSON.stringify({
      out: outPath,
      format,
      gradebooks: gradebooks.length,
      classes: reports.length,
      ...(school ? { unmatched: { learners: school.unmatched.learners.length, standards: school.unmatched.standards.length, classes: school.unmatched.classes.length, conflicts: school.unmatched.conflicts.length } } : {}),
    })}\n`,
  );
  return 0;
}

export type WriteReport = typeof writeReport;

/**
 * `--term T`: the file's term named T (title, sourcedId or id) as the evidence window; each teacher's
 * file has its own copy of the school's terms. A sentence saying which terms there are when none is T.
 */
async function termFilter(worker: GradebookWorker, gradebookId: string, named: string, filter: Omit<ReportFilter, 'classId'>): Promise<Omit<ReportFilter, 'classId'> | string> {
  const terms = await worker.call('reports:terms', {}, gradebookId);
  if (!terms.ok) return terms.error.message;
  const found = findSchoolTerm(terms.value, named);
  if (found === null) {
    const known = terms.value.map((t) => `"${t.title}"`).join(', ');
    return `no term "${named}" here (${known === '' ? 'it has no terms' : `its terms: ${known}`}).`;
  }
  return { ...filter, from: found.startsOn, to: found.endsOn };
}

/** The reports with --cluster matched across files, or why no class anywhere tracks it. */
function clustersNamed(gradebooks: readonly GradebookReports[], cluster: string | undefined): GradebookReports[] | string {
  try {
    return namedAcrossFiles(gradebooks, cluster);
  } catch (error) {
    if (error instanceof GradebookError) return error.message;
    throw error;
  }
}

function isFormat(value: string | undefined): value is ReportFormat {
  return value !== undefined && (reportFormats as readonly string[]).includes(value);
}

function names(klass: ClassSummary, wanted: string): boolean {
  return klass.id === wanted || klass.code === wanted || klass.title === wanted;
}
