import { zipSync, strToU8 } from 'fflate';
import type { GradebookReader } from '../../db/handle.js';
import type { ClassReport, ReportFile, ReportFilter, ReportFormat, SchoolSummary } from '../../preload/contract/reports.js';
import { assertNever } from '../../preload/contract/shared.js';
import { readClassReport } from './class-report.js';
import { sectionCsv } from './domain/csv.js';
import { reportSections } from './domain/sections.js';
import { oneRosterResults } from './oneroster-results.js';
import { reportPdf } from './report-pdf.js';
import { reportXlsx } from './report-xlsx.js';
import { unwatchedReportWork, type ReportWork } from './report-work.js';

/** An export's bytes. `files`: the CSV format's one tidy table per section (the command line writes them to a folder). */
export type RenderedReport = { fileName: string; mimeType: string; bytes: Uint8Array; files?: { name: string; text: string }[] };

/**
 * The reports (one or more classes; a school summary in coach mode) in one of the export formats.
 * XLSX answers with a promise (exceljs writes asynchronously); the others answer at once.
 */
export function renderReport(
  format: ReportFormat,
  reports: readonly ClassReport[],
  school: SchoolSummary | null,
  baseName: string,
): RenderedReport | Promise<RenderedReport> {
  switch (format) {
    case 'json': {
      const json = `${JSON.stringify(school === null ? { classes: reports } : { classes: reports, school }, null, 2)}\n`;
      return { fileName: `${baseName}.json`, mimeType: 'application/json', bytes: strToU8(json) };
    }
    case 'csv': {
      const files = reportSections(reports, school).map((section) => ({ name: `${section.name}.csv`, text: sectionCsv(section) }));
      const bytes = zipSync(Object.fromEntries(files.map((file) => [file.name, strToU8(file.text)])));
      return { fileName: `${baseName}.zip`, mimeType: 'application/zip', bytes, files };
    }
    case 'levels': {
      const levels = reportSections(reports).find((section) => section.name === 'levels');
      return { fileName: `${baseName}-levels.csv`, mimeType: 'text/csv', bytes: strToU8(levels ? sectionCsv(levels) : '') };
    }
    case 'xlsx':
      return reportXlsx(reportSections(reports, school), levelColours(reports)).then((bytes) => ({
        fileName: `${baseName}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes,
      }));
    case 'pdf':
      return { fileName: `${baseName}.pdf`, mimeType: 'application/pdf', bytes: reportPdf(reports, school) };
    case 'oneroster':
      return { fileName: `${baseName}-oneroster.zip`, mimeType: 'application/zip', bytes: oneRosterResults(reports) };
    default:
      return assertNever(format);
  }
}

/** Each level's colour on the classes' scales (the first class's wins where two scales share a value). */
function levelColours(reports: readonly ClassReport[]): Map<number, string> {
  const colours = new Map<number, string>();
  for (const report of reports) for (const level of report.levels) if (!colours.has(level.value)) colours.set(level.value, level.colour);
  return colours;
}

/**
 * `reports:export`: one class's report in a format, as bytes for the window to save. The report is
 * read from the gradebook here, synchronously, before anything awaits: rendering (XLSX answers
 * later) works on that plain data and never uses the reader again.
 */
export function exportReport(reader: GradebookReader, filter: ReportFilter, format: ReportFormat, work: ReportWork = unwatchedReportWork): ReportFile | Promise<ReportFile> {
  work.step('reading', 0, 1);
  const report = readClassReport(reader, filter);
  work.step('rendering', 0, 1);
  const rendered = renderReport(format, [report], null, fileBase(report));
  // a stop asked while exceljs wrote still wins: the window gets no file
  const done = (file: RenderedReport) => {
    work.step('rendering', 1, 1);
    return asReportFile(file);
  };
  return rendered instanceof Promise ? rendered.then(done) : done(rendered);
}

/** Bytes as the window receives them (base64: structured clone and JSON both carry it). */
export function asReportFile(rendered: RenderedReport): ReportFile {
  return { fileName: rendered.fileName, mimeType: rendered.mimeType, base64: Buffer.from(rendered.bytes).toString('base64') };
}

/** A file name from the class: "MATH5-01 report 2026-01-15". */
export function fileBase(report: ClassReport): string {
  const named = (report.code ?? report.title).replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'class';
  return `${named}-report${report.asOf ? `-${report.asOf}` : ''}`;
}
