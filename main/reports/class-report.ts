import { GradebookError } from '../../db/errors.js';
import type { GradebookReader } from '../../db/handle.js';
import { readActiveOverrides } from '../../db/mastery-overrides.js';
import { iterateWindowEvidence, readEvidenceSpan, readReportClass, readReportRoster, readSourcedIds } from '../../db/report-rows.js';
import type { ClassReport, ReportFilter } from '../../preload/contract/reports.js';
import { cellKey, localToday } from '../../preload/contract/shared.js';
import { computeCell, forEachEvidenceCell, loadClassMastery, scaleOf, type CellEvidence, type ClassMastery } from '../gradebook/class-mastery.js';
import { describeMethod } from '../gradebook/domain/mastery.js';
import { buildClassReport, type ReportCell, type ReportEvidence } from './domain/class-report.js';
import { weekEndings, type MasteryChange } from './domain/growth.js';
import { evaluateReportCard } from './report-card.js';
import { clusterNotTracked, findTrackedCluster, nearestCluster } from './report-clusters.js';

const defaultQuietDays = 14;
const defaultThinBelow = 1;

/**
 * What a report does when the class tracks nothing under the filter's cluster: the teacher's own report
 * refuses (the menu offered only the class's clusters, so it is a mistake); a report across teachers'
 * files shows the class with no standards, since another file's classes may well track it.
 */
export type ClassReportOptions = { untrackedCluster: 'refuse' | 'empty' };

/**
 * A class's report: levels from the mastery engine (the class's method, each standard's own, the
 * teacher's overrides), as of a day, over the standards of a cluster and the evidence of some kinds
 * when asked; coverage, feedback turnaround and growth over a window of days. Reads only.
 */
export function readClassReport(reader: GradebookReader, filter: ReportFilter, today: string = localToday(), options: ClassReportOptions = { untrackedCluster: 'refuse' }): ClassReport {
  const found = readReportClass(reader, filter.classId);
  if (!found) throw new GradebookError('not_found', 'That class is not in this gradebook.', { classId: filter.classId });
  const mastery = loadClassMastery(reader, filter.classId);
  const cluster = filter.cluster === undefined ? null : clusterOf(reader, mastery, filter.cluster, options);
  const columns = cluster === null ? mastery.columns : mastery.columns.filter((c) => c.ancestors.some((a) => a.id === cluster.standardId));
  const asOf = filter.asOf ?? null;
  const kinds = filter.evidenceKinds ?? null;

  // with no end chosen the window stops at the term's end when that came first: a report read after
  // the term (or a demo dated months back) would otherwise draw a flat growth line and call everyone quiet
  const to = filter.to ?? earlierOf(asOf ?? today, found.termEndsOn);
  const span = readEvidenceSpan(reader, filter.classId);
  const from = filter.from ?? ([found.termStartsOn, span.first].find((day): day is string => day !== null && day <= to) ?? to);
  const window = { from, to };

  const standardIndex = new Map(columns.map((c, index) => [c.standardId, index]));
  const learnerIndex = new Map(mastery.learners.map((l, index) => [l.learnerId, index]));
  const cells: ReportCell[][] = mastery.learners.map(() => columns.map(() => ({ level: null, mastered: false })));
  const overrides = new Map(readActiveOverrides(reader, filter.classId, asOf ? { asOf } : {}).map((o) => [cellKey(o.learnerId, o.standardId), o]));
  const methodOf = (standardId: string) => mastery.standardMethods.get(standardId) ?? mastery.method;
  const timelines: MasteryChange[][] = [];
  const weeks = weekEndings(window.from, window.to);
  const computed = new Set<string>();

  forEachEvidenceCell(reader, mastery, { asOf }, (learnerId, standardId, all) => {
    const l = learnerIndex.get(learnerId);
    const s = standardIndex.get(standardId);
    if (l === undefined || s === undefined) return;
    const evidence = kinds === null ? all : all.filter((e) => kinds.includes(e.kind));
    const key = cellKey(learnerId, standardId);
    const { range } = scaleOf(mastery, standardId);
    const cell = computeCell(evidence, methodOf(standardId), range, overrides.get(key)).cell;
    computed.add(key);
    const row = cells[l];
    if (row) row[s] = { level: cell.level, mastered: cell.mastered };
    // the whole evidence's answer is the cell's own when no override decided it: most cells of a big
    // school have one week of evidence, so this halves the engine's work for the growth line
    const whole = overrides.has(key) ? null : cell.mastered;
    const masteredWith = (prefix: CellEvidence[]) => (prefix.length === evidence.length && whole !== null ? whole : computeCell(prefix, methodOf(standardId), range, undefined).cell.mastered);
    timelines.push(masteryTimeline(evidence, weeks, masteredWith));
  });
  // a teacher's override on a cell with no evidence still decides its level
  for (const override of overrides.values()) {
    const key = cellKey(override.learnerId, override.standardId);
    const l = learnerIndex.get(override.learnerId);
    const s = standardIndex.get(override.standardId);
    if (computed.has(key) || l === undefined || s === undefined) continue;
    const cell = computeCell([], methodOf(override.standardId), scaleOf(mastery, override.standardId).range, override).cell;
    const row = cells[l];
    if (row) row[s] = { level: cell.level, mastered: cell.mastered };
  }

  const evidence: ReportEvidence[] = [];
  for (const [learnerId, standardId, observedOn, feedbackOn, feedbackStatus] of iterateWindowEvidence(reader, filter.classId, window, kinds)) {
    const l = learnerIndex.get(learnerId);
    const s = standardIndex.get(standardId);
    if (l === undefined || s === undefined) continue;
    evidence.push({ learner: l, standard: s, observedOn, feedbackOn, awaitingFeedback: feedbackStatus === 'awaiting' });
  }

  const standardIds = readSourcedIds(reader, 'standards', columns.map((c) => c.standardId));
  const learnerIds = readSourcedIds(reader, 'learners', mastery.learners.map((l) => l.learnerId));
  const report = buildClassReport({
    classId: found.id,
    sourcedId: found.sourcedId,
    code: found.code,
    title: found.title,
    termTitle: found.termTitle,
    method: describeMethod(mastery.method),
    asOf,
    from: window.from,
    to: window.to,
    cluster,
    evidenceKinds: kinds,
    levels: mastery.scale.levels.map((level) => ({ value: level.value, label: level.label, colour: level.colour })),
    standards: columns.map((column) => {
      const { scale } = scaleOf(mastery, column.standardId);
      const nearest = nearestCluster(column);
      return {
        standardId: column.standardId,
        code: column.code,
        statement: column.statement,
        caseId: standardIds.get(column.standardId) ?? null,
        clusterId: nearest?.id ?? null,
        clusterCode: nearest?.code ?? null,
        threshold: scale.masteryThreshold,
        levelValues: scale.levels.map((level) => level.value),
      };
    }),
    learners: mastery.learners.map((l) => ({
      learnerId: l.learnerId,
      sourcedId: learnerIds.get(l.learnerId) ?? null,
      givenName: l.givenName,
      familyName: l.familyName,
      preferredName: l.preferredName,
    })),
    cells,
    evidence,
    timelines,
    window,
    quietDays: filter.quietDays ?? defaultQuietDays,
    thinBelow: filter.thinBelow ?? defaultThinBelow,
  });
  return evaluateReportCard(reader, mastery, { ...report, roster: readReportRoster(reader, filter.classId) });
}

function earlierOf(day: string, other: string | null): string {
  return other !== null && other !== '' && other < day ? other : day;
}

/** The filter's cluster; untracked here, either refused or a cluster with no id, under which no standard falls. */
function clusterOf(reader: GradebookReader, mastery: ClassMastery, wanted: string, options: ClassReportOptions): NonNullable<ClassReport['cluster']> {
  const found = findTrackedCluster(reader, mastery, wanted);
  if (found !== null) return found;
  if (options.untrackedCluster === 'refuse') throw clusterNotTracked(wanted);
  return { standardId: '', code: null, statement: wanted };
}

/**
 * Whether a cell was mastered at the end of each week of the growth line, by the engine on the
 * evidence observed by then (oldest first), as changes: the engine runs once per week that brought
 * new evidence, not once per piece. Overrides are left out: they decide today's level, not the
 * term's history.
 */
function masteryTimeline<E extends CellEvidence>(evidence: readonly E[], weeks: readonly string[], masteredWith: (prefix: E[]) => boolean): MasteryChange[] {
  const changes: MasteryChange[] = [];
  let mastered = false;
  let seen = 0;
  for (const ending of weeks) {
    let upTo = seen;
    while (upTo < evidence.length && (evidence[upTo]?.observedOn ?? '') <= ending) upTo++;
    if (upTo === seen) continue;
    seen = upTo;
    const now = masteredWith(evidence.slice(0, upTo));
    if (now !== mastered) changes.push({ on: ending, mastered: (mastered = now) });
  }
  return changes;
}
