import { listClasses } from '../../db/classes.js';
import { readClassTeacherName } from '../../db/educators.js';
import type { GradebookReader } from '../../db/handle.js';
import type { ReportClass } from '../../preload/contract/reports.js';
import { loadClassMastery } from '../gradebook/class-mastery.js';
import { trackedClusters } from './report-clusters.js';

/**
 * `reports:classes`: the classes a coach can pick, each with its teacher's name, so two teachers' "Room
 * 12" tell apart, and the clusters it tracks, so the coach's Cluster menu offers those of every file.
 */
export function listReportClasses(reader: GradebookReader): ReportClass[] {
  return listClasses(reader).map((klass) => ({
    ...klass,
    teacher: readClassTeacherName(reader, klass.id),
    clusters: trackedClusters(reader, loadClassMastery(reader, klass.id)),
  }));
}
