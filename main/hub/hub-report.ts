import { listClasses } from '../../db/classes.js';
import { GradebookError } from '../../db/errors.js';
import type { ReportFilter } from '../../preload/contract/reports.js';
import { readClassReport } from '../reports/class-report.js';
import type { GradebookReports } from '../reports/domain/school-summary.js';
import type { HubConnection } from './hub-connection.js';
import { explainHubError } from './hub-error.js';
import { loadHubSnapshot } from './hub-snapshot.js';

/** A published class as a coach names it: by id, code or title. */
export type HubClassChoice = { gradebookId: string; gradebookTitle: string; id: string; code: string | null; title: string };

export type HubReportOptions = {
  /** Classes by id, code or title; none means every active class of every published gradebook. */
  wantedClasses: readonly string[];
  filter: Omit<ReportFilter, 'classId'>;
  today?: string;
  onClass?: (gradebookTitle: string, classTitle: string, index: number, count: number) => void;
  /**
   * Before each gradebook's rows are loaded and each class is reported: `done` of `total` classes. The
   * app's progress, and its Stop: a GradebookError thrown here (the coach stopped) goes out as it is.
   */
  onStep?: (done: number, total: number) => void;
};

export type HubReports = { gradebooks: GradebookReports[]; missing: string[] };

/**
 * Class reports from the school hub, per published gradebook (named by its title on the hub), with
 * the same numbers coach mode gives over the same files: each gradebook's live rows are loaded from
 * PostgreSQL (hub-snapshot.ts), then the app's own report service runs on them — mastery computed
 * from the published evidence by each class's method, never read from a cache.
 */
export async function readHubReports(hub: HubConnection, options: HubReportOptions): Promise<HubReports> {
  try {
    const published = await hub.db
      .selectFrom('proficio.gradebooks as g')
      .select(['g.id', 'g.title'])
      .orderBy('g.title')
      .orderBy('g.id')
      .execute();
    const choices = await listHubClasses(hub);
    const found = new Set<string>();
    const wanted = options.wantedClasses;
    const chosen = wanted.length === 0 ? choices : choices.filter((c) => wanted.some((w) => (c.id === w || c.code === w || c.title === w) && found.add(w)));
    const names = gradebookNames(published);
    const gradebooks: GradebookReports[] = [];
    let done = 0;
    for (const gradebook of published) {
      const classIds = chosen.filter((c) => c.gradebookId === gradebook.id).map((c) => c.id);
      if (classIds.length === 0) continue;
      options.onStep?.(done, chosen.length);
      const snapshot = await loadHubSnapshot(hub.db, gradebook.id, classIds);
      try {
        // the gradebook's own class order (newest term first, then title), as coach mode lists them
        const ordered = listClasses(snapshot.reader).filter((c) => classIds.includes(c.id));
        const reports = ordered.map((klass, index) => {
          options.onClass?.(gradebook.title, klass.title, index, ordered.length);
          options.onStep?.(done, chosen.length);
          done += 1;
          return readClassReport(snapshot.reader, { classId: klass.id, ...options.filter }, options.today);
        });
        gradebooks.push({ gradebook: names.get(gradebook.id) ?? gradebook.title, reports });
      } finally {
        snapshot.close();
      }
    }
    return { gradebooks, missing: wanted.filter((w) => !found.has(w)) };
  } catch (error) {
    // the gradebook's own failures (a stop asked for, a class gone) are already said in plain words
    throw error instanceof GradebookError ? error : explainHubError(error, hub.address.shown);
  }
}

/**
 * How the school summary names each gradebook: its title, as teachers know it — with the end of its
 * hub id where two gradebooks share a title (coach mode names them by file instead), since the summary
 * tells gradebooks apart by name.
 */
export function gradebookNames(gradebooks: readonly { id: string; title: string }[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const g of gradebooks) count.set(g.title, (count.get(g.title) ?? 0) + 1);
  return new Map(gradebooks.map((g) => [g.id, (count.get(g.title) ?? 0) > 1 ? `${g.title} (…${g.id.slice(-8)})` : g.title]));
}

/** Every live, active class on the hub, with the gradebook it was published from. */
async function listHubClasses(hub: HubConnection): Promise<HubClassChoice[]> {
  return hub.db
    .selectFrom('proficio.classes as c')
    .innerJoin('proficio.gradebooks as g', 'g.id', 'c.gradebook_id')
    .select(['c.gradebook_id as gradebookId', 'g.title as gradebookTitle', 'c.id', 'c.code', 'c.title'])
    .where('c.tombstoned_at', 'is', null)
    .where('c.status', '=', 'active')
    .execute();
}
