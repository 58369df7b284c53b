import type { reportsChannels } from '../../preload/contract/reports.js';
import type { HandlersFor } from '../worker/handler-context.js';
import { readClassReport } from './class-report.js';
import { coachClassReport, coachExport, coachSummary } from './coach-report.js';
import { exportReport } from './export-report.js';
import { familyReport } from './family-report.js';
import { reportWorkFor } from './report-work.js';
import { listReportClasses } from './report-classes.js';
import { listSchoolTerms } from './school-terms.js';
import { deleteReportCardRule, listReportCardRules, saveReportCardRule } from './report-card-rules.js';

/** The reports capability: class reports and their exports read; report-card rules are edited. */
export const reportsHandlers = {
  'reports:classReport': (gradebook, request) => readClassReport(gradebook.reader, request),
  'reports:export': (gradebook, request, context) => exportReport(gradebook.reader, request.filter, request.format, reportWorkFor(context)),
  'reports:familyReport': (gradebook, request, context) => familyReport(gradebook.reader, request, undefined, reportWorkFor(context)),
  // the worker client answers reports:cancel itself while an export runs: reaching here, none was
  'reports:cancel': () => ({ cancelRequested: false }),
  'reports:terms': (gradebook) => listSchoolTerms(gradebook.reader),
  'reports:classes': (gradebook) => listReportClasses(gradebook.reader),
  // main answers these three (it owns the file dialog and the read-only files); reaching the worker, no
  // dialog exists (the command line, a test), so nothing is chosen and nothing was open to close
  'reports:chooseFiles': () => ({ chosen: false, files: [] }),
  'reports:closeFiles': () => ({ closed: 0 }),
  'reports:openFiles': () => ({ files: [] }),
  'reports:coachClassReport': (_gradebook, request, context) => coachClassReport(context, request.sourceId, request.filter),
  'reports:coachSummary': (_gradebook, request, context) => coachSummary(context, request.sourceIds, request.filter),
  'reports:coachExport': (_gradebook, request, context) => coachExport(context, request.sourceIds, request.filter, request.format, reportWorkFor(context)),
  'reports:rules': (gradebook) => listReportCardRules(gradebook.reader),
  'reports:saveRule': (gradebook, request) => saveReportCardRule(gradebook.writer, request),
  'reports:deleteRule': (gradebook, request) => deleteReportCardRule(gradebook.writer, request.ruleId),
} satisfies HandlersFor<typeof reportsChannels>;
