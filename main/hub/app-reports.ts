import { sql } from 'kysely';
import type { HubGradebook } from '../../preload/contract/hub.js';
import type { ClassReport, CoachFilter, ReportFile, ReportFilter, ReportFormat, SchoolSummary, SchoolTerm } from '../../preload/contract/reports.js';
import { GradebookError } from '../../db/errors.js';
import { readClassReport } from '../reports/class-report.js';
import { schoolSummary } from '../reports/domain/school-summary.js';
import { asReportFile, renderReport } from '../reports/export-report.js';
import { unwatchedReportWork, type ReportWork } from '../reports/report-work.js';
import { inAppWords } from './app-words.js';
import { connectToHub, type HubConnection } from './hub-connection.js';
import { explainHubError, HubError } from './hub-error.js';
import { readHubReports } from './hub-report.js';
import { loadHubSnapshot } from './hub-snapshot.js';
import { requireCurrentHub } from './migrate-hub.js';
import { shownAddress } from './app-publish.js';

/**
 * The Reports section's "School hub" source: what a coach reads from the hub in the app, by the same
 * code as `proficio report --hub` (hub-report.ts, hub-snapshot.ts), so the numbers are coach mode's.
 */
export type AppHubLogin = { address: string; password?: string | undefined };

/** The published gradebooks with their active classes, newest title order as the hub lists them. */
export function listHubGradebooks(login: AppHubLogin): Promise<HubGradebook[]> {
  return withHub(login, async (hub) => {
    const rows = await hub.db
      .selectFrom('proficio.gradebooks as g')
      .leftJoin('proficio.classes as c', (join) => join.onRef('c.gradebook_id', '=', 'g.id').on('c.tombstoned_at', 'is', null).on('c.status', '=', 'active'))
      .select(['g.id as gradebookId', 'g.title as gradebookTitle', 'c.id as classId', 'c.code', 'c.title'])
      .orderBy('g.title')
      .orderBy('g.id')
      .orderBy('c.title')
      .execute();
    const terms = await listHubTerms(hub);
    const gradebooks = new Map<string, HubGradebook>();
    for (const row of rows) {
      let gradebook = gradebooks.get(row.gradebookId);
      if (!gradebook) gradebooks.set(row.gradebookId, (gradebook = { gradebookId: row.gradebookId, title: row.gradebookTitle, classes: [], terms: terms.get(row.gradebookId) ?? [] }));
      if (row.classId !== null) gradebook.classes.push({ classId: row.classId, code: row.code, title: row.title ?? '' });
    }
    return [...gradebooks.values()];
  });
}

/** Each published gradebook's live terms, in reports:terms' order (newest first), dates as the gradebook writes them. */
async function listHubTerms(hub: HubConnection): Promise<Map<string, SchoolTerm[]>> {
  const rows = await hub.db
    .selectFrom('proficio.terms as t')
    .select([
      't.gradebook_id as gradebookId',
      't.id as termId',
      't.sourced_id as sourcedId',
      't.title',
      't.type',
      // PostgreSQL's date as the gradebook's YYYY-MM-DD text, never a JavaScript Date in some time zone
      sql<string>`to_char(t.starts_on, 'YYYY-MM-DD')`.as('startsOn'),
      sql<string>`to_char(t.ends_on, 'YYYY-MM-DD')`.as('endsOn'),
      't.school_year as schoolYear',
    ])
    .where('t.tombstoned_at', 'is', null)
    .orderBy('t.starts_on', 'desc')
    .orderBy('t.ends_on')
    .orderBy('t.title')
    .execute();
  const byGradebook = new Map<string, SchoolTerm[]>();
  for (const { gradebookId, ...term } of rows) {
    const list = byGradebook.get(gradebookId) ?? [];
    list.push(term);
    byGradebook.set(gradebookId, list);
  }
  return byGradebook;
}

/** One published class's report: that gradebook's rows for the class, then the app's report service. */
export function hubClassReport(login: AppHubLogin, gradebookId: string, filter: ReportFilter, today?: string): Promise<ClassReport> {
  return withHub(login, async (hub) => {
    const snapshot = await loadHubSnapshot(hub.db, gradebookId, [filter.classId]);
    try {
      return readClassReport(snapshot.reader, filter, today);
    } catch (error) {
      if (error instanceof GradebookError && error.code === 'not_found') {
        throw new GradebookError('not_found', 'That class is not on the school hub any more (its teacher may have deleted it); choose another.', { classId: filter.classId, gradebookId });
      }
      throw error;
    }
  });
}

/**
 * The school summary across every published gradebook's active classes, as `proficio report --hub`
 * builds it. `work`: the Reports section's Stop while it loads (it holds the worker for a big school).
 */
export function hubSchoolSummary(login: AppHubLogin, filter: CoachFilter, today?: string, work: ReportWork = unwatchedReportWork): Promise<SchoolSummary> {
  return withHub(login, async (hub) => {
    const { gradebooks } = await readHubReports(hub, { wantedClasses: [], filter, onStep: (done, total) => work.step('reading', done, total), ...(today === undefined ? {} : { today }) });
    return schoolSummary(gradebooks);
  });
}

/**
 * `hub:export`: every published class (and for two or more gradebooks the school summary) in one file,
 * made as `proficio report --hub URL --format F` makes it (main/cli/report-command.ts's writeReport):
 * the same reports, the same summary, the same renderer, so the bytes are the command line's.
 */
export function hubExport(login: AppHubLogin, filter: CoachFilter, format: ReportFormat, work: ReportWork = unwatchedReportWork, today?: string): Promise<ReportFile> {
  return withHub(login, async (hub) => {
    const { gradebooks } = await readHubReports(hub, { wantedClasses: [], filter, onStep: (done, total) => work.step('reading', done, total), ...(today === undefined ? {} : { today }) });
    if (gradebooks.length === 0) {
      throw new GradebookError('not_found', 'The school hub holds no class yet, so there is nothing to export: once teachers publish their gradebooks, export again.', {});
    }
    work.step('rendering', 0, 1);
    const school = gradebooks.length > 1 ? schoolSummary(gradebooks) : null;
    const rendered = await renderReport(format, gradebooks.flatMap((g) => g.reports), school, `school-hub-report${filter.asOf ? `-${filter.asOf}` : ''}`);
    // a stop asked while exceljs wrote still wins: the window gets no file
    work.step('rendering', 1, 1);
    return asReportFile(rendered);
  });
}

async function withHub<T>(login: AppHubLogin, work: (hub: HubConnection) => Promise<T>): Promise<T> {
  const shown = shownAddress(login.address);
  try {
    const hub = await connectToHub(login.address, process.env, login.password);
    try {
      await requireCurrentHub(hub.db, hub.address.shown);
      return await work(hub);
    } catch (error) {
      throw error instanceof GradebookError ? error : explainHubError(error, hub.address.shown);
    } finally {
      await hub.close();
    }
  } catch (error) {
    throw error instanceof HubError ? inAppWords(error, shown) : error;
  }
}
