import { useMemo, useState, type JSX } from 'react';
import type { ClassSummary } from '../../../preload/contract/index.js';
import type { ClassReport } from '../../../preload/contract/reports.js';
import { call } from '../bridge/call.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { viewLabels } from '../session/views.js';
import { Button } from '../ui/button.js';
import { ClassScopedView } from '../ui/class-scoped-view.js';
import { EmptyState } from '../ui/empty-state.js';
import { LoadingState } from '../ui/loading-state.js';
import { Segmented } from '../ui/segmented.js';
import { ViewHeader } from '../ui/view-header.js';
import { ClassReportSections, scopeWords } from './class-report-sections.js';
import { CoachReports } from './coach-reports.js';
import { HubReports } from './hub-reports.js';
import { ExportButtons } from './export-buttons.js';
import { FamilyReportForm } from './family-report-form.js';
import { reportFilterOf } from './report-filter.js';
import { noChoices, ReportFilters, type ClusterOption, type ReportChoices } from './report-filters.js';
import { reportLevelProperties } from './report-levels.js';
import { useReportSourceStore, ReportSourceChoice } from './report-source.js';
import { RulesEditor, type RuleScope } from './rules-editor.js';
import { useRuleScopes } from './use-rule-scopes.js';
import { useLiveRead } from '../session/use-live-read.js';
import { classReportInputs, ruleInputs, termInputs } from './read-inputs.js';
import './reports.css';

const header = (
  <ViewHeader
    title={viewLabels.reports}
    description="Where the class stands on each standard, how it grew over the term, where evidence is thin, report-card marks with their reasons, exports for the school, and reports for families."
  >
    <ReportSourceChoice />
  </ViewHeader>
);

type Shown = 'report' | 'rules' | 'family';

/**
 * The Reports section (`#/reports/<classId>`): the class report, report-card rules and family reports;
 * or, with teachers' files as the source (coach mode), the same report across their classes; or, with
 * the school hub as the source, the same report from the classes teachers published there.
 */
export function ReportsView({ classId = null }: { classId?: string | null }): JSX.Element {
  const source = useReportSourceStore((state) => state.source);
  if (source.kind === 'files') return <CoachReports header={header} files={source.files} />;
  if (source.kind === 'hub') return <HubReports header={header} />;
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
  const terms = useLiveRead('reports:terms', {}, null, termInputs);
  return (
    <>
      <ReportFilters choices={props.choices} clusters={props.clusters} terms={terms.status === 'ready' ? terms.value : []} onChange={props.onChoices} dateProblem={props.dateProblem} />
      <ExportButtons exportFile={(format) => call('reports:export', { filter, format })} />
      <p className="report-scope" aria-live="polite">
        {scopeWords(report)}
        {props.refreshing && <span className="report-scope__busy"> Updating…</span>}
      </p>
      {report.standards.length === 0 ? (
        <EmptyState icon="reports" title="No tracked standards under these filters">
          <p>Choose “Every tracked standard” in Cluster, or tick more kinds of evidence.</p>
        </EmptyState>
      ) : (
        <ClassReportSections report={report} onAddRule={props.onAddRule} />
      )}
    </>
  );
}

function Rules(props: { report: ClassReport; clusters: readonly ClusterOption[]; onSeeMarks: () => void }): JSX.Element {
  const rules = useLiveRead('reports:rules', {}, null, ruleInputs);
  const fallback: RuleScope[] = useMemo(() => props.clusters.map((cluster) => ({ id: cluster.id, title: `Cluster ${cluster.code}` })), [props.clusters]);
  const scopes = useRuleScopes(props.report.classId, fallback);
  if (rules.status === 'error') throw rules.error;
  if (rules.status === 'loading') return <LoadingState label="Reading the report-card rules…" />;
  return <RulesEditor rules={rules.value} levels={props.report.levels} scopes={scopes} onSeeMarks={props.onSeeMarks} />;
}
