import type { ClassReport, SchoolSummary } from '../../../preload/contract/reports.js';

export type Cell = string | number | null;
/** One tidy table of a report: a CSV file, an XLSX sheet, a PDF table. `levelColumn`: whose cells are levels (coloured). */
export type ReportSection = { name: string; title: string; columns: string[]; rows: Cell[][]; levelColumn?: number };

const share = (value: number) => Math.round(value * 10_000) / 10_000;
const name = (l: { givenName: string; familyName: string; preferredName?: string | null }) => `${l.preferredName ?? l.givenName} ${l.familyName}`;

/**
 * The report's sections as tidy tables (one row per observation, one column per variable, the class
 * on every row), so several classes stack in one table and a spreadsheet can pivot them.
 */
export function reportSections(reports: readonly ClassReport[], school: SchoolSummary | null = null): ReportSection[] {
  const classCols = ['class_code', 'class_title'];
  const of = (r: ClassReport): Cell[] => [r.code, r.title];
  const sections: ReportSection[] = [
    {
      name: 'standards',
      title: 'Standards',
      columns: [...classCols, 'standard_code', 'case_id', 'statement', 'cluster', 'learners', 'mastered', 'mastered_share', 'evidence', 'learners_with_evidence'],
      rows: reports.flatMap((r) =>
        r.standards.map((s) => [...of(r), s.code, s.caseId, s.statement, s.clusterCode, r.learners.length, s.masteredCount, share(s.masteredShare), s.evidenceCount, s.learnersWithEvidence]),
      ),
    },
    {
      name: 'level-distribution',
      title: 'Levels by standard',
      columns: [...classCols, 'standard_code', 'level', 'label', 'learners'],
      rows: reports.flatMap((r) =>
        r.standards.flatMap((s) =>
          Object.entries(s.levelCounts).map(([level, count]): Cell[] => [...of(r), s.code, level === 'none' ? null : Number(level), labelOf(r, level), count]),
        ),
      ),
      levelColumn: 3,
    },
    {
      name: 'learners',
      title: 'Learners',
      columns: [...classCols, 'learner', 'sourced_id', 'mastered', 'tracked', 'evidence', 'last_evidence_on'],
      rows: reports.flatMap((r) => r.learners.map((l) => [...of(r), name(l), l.sourcedId, l.masteredCount, l.trackedCount, l.evidenceCount, l.lastObservedOn])),
    },
    {
      name: 'levels',
      title: 'Current levels',
      columns: [...classCols, 'learner', 'learner_sourced_id', 'standard_code', 'case_id', 'level'],
      rows: reports.flatMap((r) =>
        r.learners.flatMap((l, li) => r.standards.map((s, si) => [...of(r), name(l), l.sourcedId, s.code, s.caseId, r.heatmap[li]?.[si] ?? null])),
      ),
      levelColumn: 6,
    },
    {
      name: 'growth',
      title: 'Growth by week',
      columns: [...classCols, 'week_ending', 'mastered_cells', 'cells', 'mastered_share'],
      rows: reports.flatMap((r) => r.growth.map((g) => [...of(r), g.weekEnding, g.masteredCells, g.cells, share(g.masteredShare)])),
    },
    {
      name: 'coverage-standards',
      title: 'Standards with little evidence',
      columns: [...classCols, 'standard_code', 'evidence', 'learners_with_evidence'],
      rows: reports.flatMap((r) => r.coverage.thinStandards.map((s) => [...of(r), s.code, s.evidenceCount, s.learnersWithEvidence])),
    },
    {
      name: 'coverage-learners',
      title: 'Learners with no recent evidence',
      columns: [...classCols, 'learner', 'last_evidence_on', 'quiet_days'],
      rows: reports.flatMap((r) => r.coverage.quietLearners.map((l) => [...of(r), name(l), l.lastObservedOn, r.coverage.quietDays])),
    },
    {
      name: 'feedback',
      title: 'Feedback turnaround',
      columns: [...classCols, 'with_feedback', 'awaiting_feedback', 'median_days', 'p90_days'],
      rows: reports.map((r) => [...of(r), r.feedback.withFeedback, r.feedback.awaitingFeedback, r.feedback.medianDays, r.feedback.p90Days]),
    },
    {
      name: 'report-card',
      title: 'Report card',
      columns: [...classCols, 'learner', 'sourced_id', 'rule', 'mark', 'explanation'],
      rows: reports.flatMap((r) => r.learners.flatMap((l) => l.marks.map((m) => [...of(r), name(l), l.sourcedId, m.title, m.mark, m.explanation]))),
    },
  ];
  if (school) {
    sections.push(
      {
        name: 'school-standards',
        title: 'School by standard',
        columns: ['standard_code', 'case_id', 'statement', 'classes', 'learners', 'mastered', 'mastered_share'],
        rows: school.standards.map((s) => [s.code, s.caseId, s.statement, s.classes, s.learners, s.masteredCount, share(s.masteredShare)]),
      },
      {
        name: 'school-classes',
        title: 'School by class',
        columns: ['class_code', 'class_title', 'sourced_id', 'gradebooks', 'learners', 'standards', 'mastered_cells', 'cells', 'mastered_share'],
        rows: school.classes.map((c) => [c.code, c.title, c.sourcedId, c.gradebooks.join('; '), c.learners, c.standards, c.masteredCells, c.cells, share(c.masteredShare)]),
      },
      {
        name: 'unmatched',
        title: 'Not matched across files',
        columns: ['kind', 'gradebook', 'id', 'name', 'why'],
        rows: [
          ...school.unmatched.classes.map((c): Cell[] => ['class', c.gradebook, c.classId, c.title, 'no sourcedId']),
          ...school.unmatched.learners.map((l): Cell[] => ['learner', l.gradebook, l.learnerId, l.name, 'no sourcedId']),
          ...school.unmatched.standards.map((s): Cell[] => ['standard', s.gradebook, s.standardId, s.code, 'no CASE identifier']),
          ...school.unmatched.conflicts.map((c): Cell[] => [c.kind, null, c.sourcedId, c.names.join(' / '), 'one id, different names in different files']),
        ],
      },
    );
  }
  return sections;
}

function labelOf(report: ClassReport, level: string): string {
  if (level === 'none') return 'No level yet';
  return report.levels.find((l) => String(l.value) === level)?.label ?? level;
}
