import { useMemo, useState, type JSX } from 'react';
import type { ClassSummary } from '../../../preload/contract/index.js';
import type { ClassReport } from '../../../preload/contract/reports.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { plural } from '../format/plural.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { viewLabels } from '../session/views.js';
import { Button } from '../ui/button.js';
import { Chip } from '../ui/chip.js';
import { ClassScopedView } from '../ui/class-scoped-view.js';
import { EmptyState } from '../ui/empty-state.js';
import { LoadingState } from '../ui/loading-state.js';
import { Segmented } from '../ui/segmented.js';
import { ViewHeader } from '../ui/view-header.js';
import { CoveragePanel } from './coverage-panel.js';
import { ExportButtons } from './export-buttons.js';
import { FamilyReportForm } from './family-report-form.js';
import { GrowthChart } from './growth-chart.js';
import { LearnerSummary } from './learner-summary.js';
import { reportFilterOf } from './report-filter.js';
import { noChoices, ReportFilters, type ClusterOption, type ReportChoices } from './report-filters.js';
import { ReportHeatmap } from './report-heatmap.js';
import { reportLevelProperties } from './report-levels.js';
import { evidenceKindWords } from './report-words.js';
import { RulesEditor, type RuleScope } from './rules-editor.js';
import { StandardSummary } from './standard-summary.js';
import { useRuleScopes } from './use-rule-scopes.js';
import { useLiveRead } from '../session/use-live-read.js';
import { classReportInputs, ruleInputs } from './read-inputs.js';
import './reports.css';

const header = (
  <ViewHeader
    title={viewLabels.reports}
    description="Where the class stands on each standard, how it grew over the term, where evidence is thin, report-card marks with their reasons, exports for the school, and reports for families."
  />
);

type Shown = 'report' | 'rules' | 'family';

/** The Reports section (`#/reports/<classId>`): the class report, report-card rules and family reports. */
export function ReportsView({ classId = null }: { classId?: string | null }): JSX.Element {
  return (
    <ClassScopedView
      classId={classId}
      header={header}
      icon="reports"
      noClasses={{ text: 'Classes arrive with roster import (OneRoster or a plain CSV). Once a class has evidence, its report shows here.' }}
      chooseText="Pick a class in the Class menu above to see its report."
    >
      {(id, summary) => <ClassReports key={id} classId={id} summary={summary} />}
    </ClassScopedView>
  );
}

function ClassReports({ classId, summary }: { classId: string; summary: ClassSummary | undefined }): JSX.Element {
  const [choices, setChoices] = useState<ReportChoices>(noChoices);
  const [shown, setShown] = useState<Shown>('report');
  const { filter, dateProblem } = useMemo(() => reportFilterOf(classId, choices), [classId, choices]);
  const read = useLiveRead('reports:classReport', filter, classId, classReportInputs);
  if (read.status === 'error') throw read.error;
  const report = read.status === 'ready' ? read.value : null;

  // the cluster menu lists the clusters of the whole class, so it is remembered from a report without one chosen
  const [wholeClass, setWholeClass] = useState<ClassReport | null>(null);
  if (report !== null && report.cluster === null && report !== wholeClass) setWholeClass(report);
  const clusters = useMemo(() => (wholeClass === null ? [] : clustersOf(wholeClass)), [wholeClass]);

  const busy = read.status !== 'ready' || read.refreshing;
  return (
    <section className="view view--reports" aria-labelledby="view-title" aria-busy={busy} style={report ? reportLevelProperties(report.levels) : undefined}>
      {header}
      {report === null ? (
        <LoadingState label={`Making the report for ${summary?.title ?? 'this class'}…`} />
      ) : (
        <ReportBody report={report} shown={shown} onShow={setShown} choices={choices} onChoices={setChoices} clusters={clusters} dateProblem={dateProblem} refreshing={busy} />
      )}
    </section>
  );
}

function clustersOf(report: ClassReport): ClusterOption[] {
  const byId = new Map<string, string>();
  for (const standard of report.standards) if (standard.clusterId !== null) byId.set(standard.clusterId, standard.clusterCode ?? 'A cluster');
  return [...byId].map(([id, code]) => ({ id, code }));
}

function ReportBody(props: {
  report: ClassReport;
  shown: Shown;
  onShow: (shown: Shown) => void;
  choices: ReportChoices;
  onChoices: (choices: ReportChoices) => void;
  clusters: readonly ClusterOption[];
  dateProblem: string | null;
  refreshing: boolean;
}): JSX.Element {
  const { report } = props;
  const navigate = useNavigationStore((state) => state.navigate);
  const filtered = props.choices.cluster !== '' || props.choices.kinds.length > 0;
  if (report.standards.length === 0 && !filtered) {
    return (
      <EmptyState icon="reports" title="This class tracks no standards yet">
        <p>The report shows each learner on each standard the class tracks. Choose the standards first.</p>
        <p className="empty-state__action">
          <Button variant="primary" onClick={() => navigate('standards')}>
            Choose standards…
          </Button>
        </p>
      </EmptyState>
    );
  }
  if (report.learners.length === 0) {
    return (
      <EmptyState icon="class" title="No learners in this class yet">
        <p>Once learners are enrolled and have evidence, the report shows where they stand.</p>
        <p className="empty-state__action">
          <Button variant="primary" onClick={() => navigate('learners')}>
            Go to Learners
          </Button>
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <Segmented<Shown>
        label="Show"
        value={props.shown}
        onChange={props.onShow}
        options={[
          { value: 'report', label: 'Class report' },
          { value: 'rules', label: 'Report-card rules' },
          { value: 'family', label: 'Family reports' },
        ]}
      />
      {props.shown === 'report' && <ClassReportPage {...props} onAddRule={() => props.onShow('rules')} />}
      {props.shown === 'rules' && <Rules report={report} clusters={props.clusters} onSeeMarks={() => props.onShow('report')} />}
      {props.shown === 'family' && <FamilyReportForm report={report} />}
    </>
  );
}

function ClassReportPage(props: {
  report: ClassReport;
  choices: ReportChoices;
  onChoices: (choices: ReportChoices) => void;
  clusters: readonly ClusterOption[];
  dateProblem: string | null;
  refreshing: boolean;
  onAddRule: () => void;
}): JSX.Element {
  const { report } = props;
  const { filter } = reportFilterOf(report.classId, props.choices);
  return (
    <>
      <ReportFilters choices={props.choices} clusters={props.clusters} onChange={props.onChoices} dateProblem={props.dateProblem} />
      <ExportButtons filter={filter} />
      <p className="report-scope" aria-live="polite">
        {scopeWords(report)}
        {props.refreshing && <span className="report-scope__busy"> Updating…</span>}
      </p>
      {report.standards.length === 0 ? (
        <EmptyState icon="reports" title="No tracked standards under these filters">
          <p>Choose “Every tracked standard” in Cluster, or tick more kinds of evidence.</p>
        </EmptyState>
      ) : (
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
            <LearnerSummary report={report} onAddRule={props.onAddRule} />
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
      )}
    </>
  );
}

/** "25 learners × 30 standards · levels as they stand today · evidence of the term Fall 2025 · decaying average". */
function scopeWords(report: ClassReport): string {
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

function Rules(props: { report: ClassReport; clusters: readonly ClusterOption[]; onSeeMarks: () => void }): JSX.Element {
  const rules = useLiveRead('reports:rules', {}, null, ruleInputs);
  const fallback: RuleScope[] = useMemo(() => props.clusters.map((cluster) => ({ id: cluster.id, title: `Cluster ${cluster.code}` })), [props.clusters]);
  const scopes = useRuleScopes(props.report.classId, fallback);
  if (rules.status === 'error') throw rules.error;
  if (rules.status === 'loading') return <LoadingState label="Reading the report-card rules…" />;
  return <RulesEditor rules={rules.value} levels={props.report.levels} scopes={scopes} onSeeMarks={props.onSeeMarks} />;
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
