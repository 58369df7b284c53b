import type { ClassReport, Coverage, FeedbackTurnaround, GrowthPoint, LearnerReport, ReportLevel, StandardReport } from '../../../preload/contract/reports.js';
import { masteredByWeek, weekEndings, type MasteryChange } from './growth.js';
import { addDays, daysBetween, levelReached, quantile } from './levels.js';

/** A tracked standard as the report needs it: its scale's level values and threshold. */
export type ReportStandardInput = Omit<StandardReport, 'levelCounts' | 'masteredCount' | 'masteredShare' | 'evidenceCount' | 'learnersWithEvidence'> & {
  levelValues: number[];
};
export type ReportLearnerInput = Omit<LearnerReport, 'masteredCount' | 'trackedCount' | 'evidenceCount' | 'lastObservedOn' | 'marks'>;
/** A learner × standard cell as the mastery engine computed it (level null: none yet). */
export type ReportCell = { level: number | null; mastered: boolean };
/** A piece of evidence in the window, by learner and standard index. */
export type ReportEvidence = { learner: number; standard: number; observedOn: string; feedbackOn: string | null; awaitingFeedback: boolean };

export type ClassReportInput = Omit<ClassReport, 'standards' | 'learners' | 'heatmap' | 'growth' | 'coverage' | 'feedback' | 'levels' | 'roster'> & {
  levels: ReportLevel[];
  standards: ReportStandardInput[];
  learners: ReportLearnerInput[];
  /** `cells[learner][standard]`. */
  cells: ReportCell[][];
  evidence: readonly ReportEvidence[];
  /** Per cell with evidence: when its mastery changed, for the growth line. */
  timelines: readonly (readonly MasteryChange[])[];
  /** The window the growth line, coverage and turnaround cover. */
  window: { from: string; to: string };
  quietDays: number;
  thinBelow: number;
};

/** The class report's numbers from rows: pure, so each can be checked against a hand computation. */
export function buildClassReport(input: ClassReportInput): ClassReport {
  const { standards, learners, cells } = input;
  const heatmap = learners.map((_, l) => standards.map((standard, s) => {
    const level = cells[l]?.[s]?.level ?? null;
    return level === null ? null : levelReached(level, standard.levelValues);
  }));

  const evidenceByStandard = standards.map(() => 0);
  const learnersByStandard = standards.map(() => new Set<number>());
  const evidenceByLearner = learners.map(() => 0);
  const lastByLearner: (string | null)[] = learners.map(() => null);
  for (const e of input.evidence) {
    evidenceByStandard[e.standard] = (evidenceByStandard[e.standard] ?? 0) + 1;
    learnersByStandard[e.standard]?.add(e.learner);
    evidenceByLearner[e.learner] = (evidenceByLearner[e.learner] ?? 0) + 1;
    const last = lastByLearner[e.learner] ?? null;
    if (last === null || e.observedOn > last) lastByLearner[e.learner] = e.observedOn;
  }

  const standardReports: StandardReport[] = standards.map((standard, s) => {
    const levelCounts: Record<string, number> = Object.fromEntries([...standard.levelValues.map((v) => [String(v), 0] as const), ['none', 0] as const]);
    let masteredCount = 0;
    for (const [l] of learners.entries()) {
      const reached = heatmap[l]?.[s] ?? null;
      const key = reached === null ? 'none' : String(reached);
      levelCounts[key] = (levelCounts[key] ?? 0) + 1;
      if (cells[l]?.[s]?.mastered) masteredCount++;
    }
    return {
      standardId: standard.standardId,
      code: standard.code,
      statement: standard.statement,
      caseId: standard.caseId,
      clusterId: standard.clusterId,
      clusterCode: standard.clusterCode,
      threshold: standard.threshold,
      levelCounts,
      masteredCount,
      masteredShare: learners.length === 0 ? 0 : masteredCount / learners.length,
      evidenceCount: evidenceByStandard[s] ?? 0,
      learnersWithEvidence: learnersByStandard[s]?.size ?? 0,
    };
  });

  const learnerReports: LearnerReport[] = learners.map((learner, l) => ({
    ...learner,
    masteredCount: (cells[l] ?? []).filter((cell) => cell.mastered).length,
    trackedCount: standards.length,
    evidenceCount: evidenceByLearner[l] ?? 0,
    lastObservedOn: lastByLearner[l] ?? null,
    marks: [],
  }));

  const weeks = weekEndings(input.window.from, input.window.to);
  const cellCount = learners.length * standards.length;
  const growth: GrowthPoint[] = masteredByWeek(weeks, input.timelines).map((masteredCells, index) => ({
    weekEnding: weeks[index] ?? input.window.to,
    masteredCells,
    cells: cellCount,
    masteredShare: cellCount === 0 ? 0 : masteredCells / cellCount,
  }));

  const quietSince = addDays(input.window.to, -input.quietDays);
  const coverage: Coverage = {
    thinBelow: input.thinBelow,
    quietDays: input.quietDays,
    thinStandards: standardReports
      .filter((s) => learners.length > 0 && s.evidenceCount / learners.length < input.thinBelow)
      .sort((a, b) => a.evidenceCount - b.evidenceCount)
      .map((s) => ({ standardId: s.standardId, code: s.code, evidenceCount: s.evidenceCount, learnersWithEvidence: s.learnersWithEvidence })),
    quietLearners: learnerReports
      .filter((l) => l.lastObservedOn === null || l.lastObservedOn <= quietSince)
      .map((l) => ({ learnerId: l.learnerId, givenName: l.givenName, familyName: l.familyName, lastObservedOn: l.lastObservedOn })),
  };

  return {
    classId: input.classId,
    sourcedId: input.sourcedId,
    code: input.code,
    title: input.title,
    termTitle: input.termTitle,
    method: input.method,
    asOf: input.asOf,
    from: input.from,
    to: input.to,
    cluster: input.cluster,
    evidenceKinds: input.evidenceKinds,
    levels: input.levels,
    standards: standardReports,
    learners: learnerReports,
    heatmap,
    growth,
    coverage,
    feedback: feedbackTurnaround(input.evidence),
    roster: { school: { sourcedId: '', name: '' }, term: null, course: null },
  };
}

/** Days from observation to feedback: the median and the 90th percentile, over evidence that got feedback. */
export function feedbackTurnaround(evidence: readonly Pick<ReportEvidence, 'observedOn' | 'feedbackOn' | 'awaitingFeedback'>[]): FeedbackTurnaround {
  const days: number[] = [];
  let awaitingFeedback = 0;
  for (const e of evidence) {
    if (e.awaitingFeedback) awaitingFeedback++;
    // feedback dated before the observation is a typing slip; it counts as the same day
    else if (e.feedbackOn !== null) days.push(Math.max(0, daysBetween(e.observedOn, e.feedbackOn)));
  }
  return { withFeedback: days.length, awaitingFeedback, medianDays: quantile(days, 0.5), p90Days: quantile(days, 0.9) };
}
