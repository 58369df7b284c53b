import { GradebookError } from '../../db/errors.js';
import type { GradebookReader } from '../../db/handle.js';
import { readSourcedIds } from '../../db/report-rows.js';
import type { ClassReport, ReportCluster } from '../../preload/contract/reports.js';
import type { ClassMastery } from '../gradebook/class-mastery.js';
import type { GradebookReports } from './domain/school-summary.js';

/**
 * Clusters across teachers' files are matched the way standards are: by CASE identifier, else by code
 * (each file has its own row ids). So a coach's Cluster menu offers every cluster any file's classes
 * track, and a class whose file does not track the chosen one simply has no standards under it.
 */
type Column = ClassMastery['columns'][number];

/** The cluster (or, with none, the nearest ancestor) a tracked standard is grouped under in the report. */
export function nearestCluster(column: Column): Column['ancestors'][number] | null {
  return column.ancestors.find((a) => a.type === 'cluster') ?? column.ancestors[0] ?? null;
}

/** The clusters a class's tracked standards sit under, each with the key that matches it in other files. */
export function trackedClusters(reader: GradebookReader, mastery: Pick<ClassMastery, 'columns'>): ReportCluster[] {
  const byId = new Map<string, Column['ancestors'][number]>();
  for (const column of mastery.columns) {
    const cluster = nearestCluster(column);
    if (cluster !== null && !byId.has(cluster.id)) byId.set(cluster.id, cluster);
  }
  const caseIds = readSourcedIds(reader, 'standards', [...byId.keys()]);
  return [...byId.values()].map((cluster) => ({ key: caseIds.get(cluster.id) ?? cluster.code ?? cluster.id, code: cluster.code, statement: cluster.statement }));
}

/**
 * The cluster (or domain) a filter names — by id, CASE identifier or code — among the class's standards'
 * ancestors; null when none of them is under it.
 */
export function findTrackedCluster(reader: GradebookReader, mastery: Pick<ClassMastery, 'columns'>, wanted: string): NonNullable<ClassReport['cluster']> | null {
  const lower = wanted.toLowerCase();
  const ancestors = new Map(mastery.columns.flatMap((column) => column.ancestors.map((a) => [a.id, a] as const)));
  const caseIds = readSourcedIds(reader, 'standards', [...ancestors.keys()]);
  for (const a of ancestors.values()) {
    if (a.id === wanted || caseIds.get(a.id) === wanted || a.code?.toLowerCase() === lower) return { standardId: a.id, code: a.code, statement: a.statement };
  }
  return null;
}

/** A teacher's own report names a cluster the class tracks: one it does not is a mistake worth saying. */
export function clusterNotTracked(wanted: string): GradebookError {
  return new GradebookError('not_found', `None of this class's standards is under a cluster or domain "${wanted}".`, { cluster: wanted });
}

/**
 * Across files, a class that does not track the chosen cluster reports no standards, under the cluster
 * as another file names it (its code rather than a CASE identifier). When no class anywhere tracks it,
 * the coach (or the command line) hears so instead of a report of empty classes.
 */
export function nameUntrackedClusters(reports: readonly ClassReport[], wanted: string | undefined): ClassReport[] {
  if (wanted === undefined) return [...reports];
  const known = reports.find((report) => report.cluster !== null && report.cluster.standardId !== '')?.cluster;
  if (known === undefined || known === null) {
    throw new GradebookError('not_found', `No class in these files tracks a standard under the cluster or domain "${wanted}".`, { cluster: wanted });
  }
  return reports.map((report) => (report.cluster !== null && report.cluster.standardId === '' ? { ...report, cluster: { ...known, standardId: '' } } : report));
}

/** Each file's reports with an untracked cluster named as the files that track it name it (see nameUntrackedClusters). */
export function namedAcrossFiles(files: readonly GradebookReports[], cluster: string | undefined): GradebookReports[] {
  const named = nameUntrackedClusters(files.flatMap((file) => file.reports), cluster);
  let next = 0;
  return files.map((file) => ({ gradebook: file.gradebook, reports: file.reports.map((report) => named[next++] ?? report) }));
}
