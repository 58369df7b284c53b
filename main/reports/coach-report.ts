import { basename } from 'node:path';
import { listClasses } from '../../db/classes.js';
import { GradebookError } from '../../db/errors.js';
import type { GradebookReader } from '../../db/handle.js';
import type { ClassReport, CoachFilter, ReportFile, ReportFilter, ReportFormat, SchoolSummary } from '../../preload/contract/reports.js';
import type { HandlerContext } from '../worker/handler-context.js';
import { readClassReport, type ClassReportOptions } from './class-report.js';
import { schoolSummary, type GradebookReports } from './domain/school-summary.js';
import { fileLabels } from './file-labels.js';
import { asReportFile, renderReport, type RenderedReport } from './export-report.js';
import { namedAcrossFiles } from './report-clusters.js';
import { unwatchedReportWork, type ReportWork } from './report-work.js';

/**
 * Coach mode in the app: reports across teachers' gradebooks that main opened read-only for the coach
 * (reports:chooseFiles). The page names them by the ids the session gave them, never by a path; each
 * is read through its reader only, so nothing here can change a byte of a teacher's file.
 */
type CoachSource = { name: string; reader: GradebookReader };
/** Clusters are matched across files: a class whose file does not track the chosen one has no standards under it. */
const acrossFiles: ClassReportOptions = { untrackedCluster: 'empty' };

function sourcesOf(context: HandlerContext, sourceIds: readonly string[]): CoachSource[] {
  const open = context.readOnlyGradebook;
  if (open === undefined) throw new GradebookError('not_found', 'No teacher’s gradebook is open here. Choose the files again.', { sourceIds });
  const unique = [...new Set(sourceIds)];
  const gradebooks = unique.map((sourceId) => open(sourceId));
  // the school summary tells files apart by name, as the command line does
  const names = fileLabels(gradebooks.map((gradebook) => gradebook.path));
  return gradebooks.map((gradebook, index) => ({ name: names[index] ?? basename(gradebook.path), reader: gradebook.reader }));
}

/** `reports:coachClassReport`: one class of one teacher's file, exactly as the teacher's own report reads it. */
export function coachClassReport(context: HandlerContext, sourceId: string, filter: ReportFilter): ClassReport {
  const [source] = sourcesOf(context, [sourceId]);
  if (!source) throw new GradebookError('not_found', 'That teacher’s gradebook is no longer open. Choose the files again.', { sourceId });
  return readClassReport(source.reader, filter, undefined, acrossFiles);
}

/**
 * Every active class of every file, in the files' order and each file's class order (as `proficio
 * report --gradebook A --gradebook B` reads them), each class's report on the same filter.
 */
function readAllClasses(sources: readonly CoachSource[], filter: CoachFilter, work: ReportWork): GradebookReports[] {
  const classes = sources.map((source) => listClasses(source.reader));
  const total = classes.reduce((sum, list) => sum + list.length, 0);
  let done = 0;
  const read = sources.map((source, index) => ({
    gradebook: source.name,
    reports: (classes[index] ?? []).map((klass) => {
      work.step('reading', done, total);
      const report = readClassReport(source.reader, { classId: klass.id, ...filter }, undefined, acrossFiles);
      done += 1;
      return report;
    }),
  }));
  return namedAcrossFiles(read, filter.cluster);
}

/** `reports:coachSummary`: the school per standard and per class, and what could not be matched. */
export function coachSummary(context: HandlerContext, sourceIds: readonly string[], filter: CoachFilter): SchoolSummary {
  return schoolSummary(readAllClasses(sourcesOf(context, sourceIds), filter, unwatchedReportWork));
}

/**
 * `reports:coachExport`: every class of the chosen files and, for two or more, the school summary, in
 * one file — the same numbers as the command line's report over the same files. Everything is read
 * before the first await; rendering works on plain data.
 */
export function coachExport(context: HandlerContext, sourceIds: readonly string[], filter: CoachFilter, format: ReportFormat, work: ReportWork = unwatchedReportWork): ReportFile | Promise<ReportFile> {
  const files = readAllClasses(sourcesOf(context, sourceIds), filter, work);
  work.step('rendering', 0, 1);
  const school = files.length > 1 ? schoolSummary(files) : null;
  const rendered = renderReport(format, files.flatMap((file) => file.reports), school, `school-report${filter.asOf ? `-${filter.asOf}` : ''}`);
  // a stop asked while exceljs wrote still wins: the window gets no file
  const done = (file: RenderedReport) => {
    work.step('rendering', 1, 1);
    return asReportFile(file);
  };
  return rendered instanceof Promise ? rendered.then(done) : done(rendered);
}
