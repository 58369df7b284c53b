import type { JSX } from 'react';
import type { ClassReport } from '../../../preload/contract/reports.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { plural } from '../format/plural.js';
import { Chip } from '../ui/chip.js';
import { CoveragePanel } from './coverage-panel.js';
import { GrowthChart } from './growth-chart.js';
import { LearnerSummary } from './learner-summary.js';
import { ReportHeatmap } from './report-heatmap.js';
import { evidenceKindWords } from './report-words.js';
import { StandardSummary } from './standard-summary.js';

/**
 * One class's report, section by section: levels now (the heatmap), each standard, each learner,
 * growth over the term, coverage and feedback. The same for the teacher's own class and for a class
 * of a teacher's file in coach mode (which offers no rule to add: rules live in the teacher's gradebook).
 */
export function ClassReportSections({ report, onAddRule }: { report: ClassReport; onAddRule?: () => void }): JSX.Element {
  return (
    <>
      <section className="report-section" aria-labelledby="report-levels">
        <h2 id="report-levels" className="report-section__title">
          Levels now
        </h2>
        <ul className="report-legend" aria-label="Levels">
          {report.levels.map((level, index) => (
            <li key={level.value}>
              <Chip text={String(level.value)} band={index} mastered={false} /> {level.label}
            </li>
          ))}
          <MasteredKey report={report} />
        </ul>
        <ReportHeatmap report={report} />
      </section>
      <section className="report-section" aria-labelledby="report-standards">
        <h2 id="report-standards" className="report-section__title">
          Each standard
        </h2>
        <StandardSummary report={report} />
      </section>
      <section className="report-section" aria-labelledby="report-learners">
        <h2 id="report-learners" className="report-section__title">
          Each learner
        </h2>
        <LearnerSummary report={report} {...(onAddRule === undefined ? {} : { onAddRule })} />
      </section>
      <section className="report-section" aria-labelledby="report-growth">
        <h2 id="report-growth" className="report-section__title">
          Growth over the term
        </h2>
        <GrowthChart growth={report.growth} />
      </section>
      <section className="report-section" aria-labelledby="report-coverage">
        <h2 id="report-coverage" className="report-section__title">
          Coverage and feedback
        </h2>
        <CoveragePanel report={report} />
      </section>
    </>
  );
}

/** "25 learners × 30 standards · levels as they stand today · evidence of the term Fall 2025 · decaying average". */
export function scopeWords(report: ClassReport): string {
  const parts = [
    `${plural(report.learners.length, 'learner')} × ${plural(report.standards.length, 'standard')}`,
    report.asOf === null ? 'levels as they stand today' : `levels as they stood on ${formatIsoDate(report.asOf)}`,
    report.from !== null || report.to !== null
      ? `evidence ${report.from === null ? 'from the start' : `from ${formatIsoDate(report.from)}`} ${report.to === null ? 'to today' : `to ${formatIsoDate(report.to)}`}`
      : `evidence of ${report.termTitle ?? 'the whole term'}`,
    report.evidenceKinds === null ? 'every kind of evidence' : report.evidenceKinds.map((kind) => evidenceKindWords[kind].toLowerCase()).join(' and ') + ' only',
    `mastery by ${report.method.toLowerCase()}`,
  ];
  return `${parts.join(' · ')}.`;
}

/** The legend's last entry: what a mastered cell looks like, on the class's threshold level. */
function MasteredKey({ report }: { report: ClassReport }): JSX.Element | null {
  const threshold = report.standards[0]?.threshold;
  const band = report.levels.findIndex((level) => level.value === threshold);
  if (threshold === undefined || band < 0) return null;
  return (
    <li>
      <Chip text={String(threshold)} band={band} mastered /> mastered (at the threshold or above)
    </li>
  );
}
