import { useMemo, useState, type JSX, type ReactNode } from 'react';
import type { CoachFile } from '../../../preload/contract/reports.js';
import { call } from '../bridge/call.js';
import { useLiveRead } from '../session/use-live-read.js';
import { EmptyState } from '../ui/empty-state.js';
import { LoadingState } from '../ui/loading-state.js';
import { ClassAcrossSources, ClassReportFrom, classTitleWords } from './class-across-sources.js';
import { ExportButtons } from './export-buttons.js';
import { noInputs } from './read-inputs.js';
import { coachClusters, coachFilterOf, mergeTerms } from './report-filter.js';
import { noChoices, ReportFilters, type ReportChoices } from './report-filters.js';
import { fileWords, ReportSourceFiles } from './report-source.js';
import { SchoolSummaryPanel } from './school-summary-panel.js';

type Picked = { sourceId: string; classId: string };

/**
 * Coach mode: the class report across teachers' files (opened read-only by main). One class at a time
 * from any file, the school summary per class and per standard, what could not be matched, and exports
 * of every class with the summary. The filters apply to all of it.
 */
export function CoachReports({ header, files }: { header: ReactNode; files: readonly CoachFile[] }): JSX.Element {
  const firstClass = files.flatMap((file) => file.classes.map((klass) => ({ sourceId: file.sourceId, classId: klass.id })))[0] ?? null;
  const [picked, setPicked] = useState<Picked | null>(firstClass);
  const [choices, setChoices] = useState<ReportChoices>(noChoices);
  const terms = useMemo(() => mergeTerms(files.map((file) => file.terms)), [files]);
  const clusters = useMemo(() => coachClusters(files), [files]);
  const sourceIds = useMemo(() => files.map((file) => file.sourceId), [files]);
  const { filter, dateProblem } = coachFilterOf(choices);
  const summary = useLiveRead('reports:coachSummary', { sourceIds, filter }, null, noInputs);
  if (summary.status === 'error') throw summary.error;

  return (
    <section className="view view--reports" aria-labelledby="view-title" aria-busy={summary.status !== 'ready' || summary.refreshing}>
      {header}
      <ReportSourceFiles files={files} />
      {firstClass === null ? (
        <EmptyState icon="reports" title="These files hold no classes yet">
          <p>Once the teachers have classes with evidence in their gradebooks, choose their files again to report on them.</p>
        </EmptyState>
      ) : (
        <>
          <ClassAcrossSources
            label="Teacher’s class"
            picked={picked}
            onPick={setPicked}
            groups={files.map((file) => ({
              sourceId: file.sourceId,
              label: fileWords(file),
              classes: file.classes.map((klass) => ({ classId: klass.id, text: `${classTitleWords(klass)} — ${klass.teacher === null ? '' : `${klass.teacher}, `}${file.fileName}` })),
            }))}
          />
          <ReportFilters choices={choices} clusters={clusters} terms={terms} onChange={setChoices} dateProblem={dateProblem} />
          <ExportButtons label="Export every class and the school summary" withJson exportFile={(format) => call('reports:coachExport', { sourceIds, filter, format })} />
          {picked !== null && <CoachClass key={`${picked.sourceId} ${picked.classId}`} picked={picked} choices={choices} />}
          {summary.status === 'ready' ? <SchoolSummaryPanel summary={summary.value} /> : <LoadingState label={`Reading every class of ${files.length} files for the school summary…`} />}
        </>
      )}
    </section>
  );
}

/** The class chosen, from its teacher's file, read exactly as its teacher's own report reads it. */
function CoachClass({ picked, choices }: { picked: Picked; choices: ReportChoices }): JSX.Element {
  const { filter } = coachFilterOf(choices);
  const read = useLiveRead('reports:coachClassReport', { sourceId: picked.sourceId, filter: { classId: picked.classId, ...filter } }, null, noInputs);
  if (read.status === 'error') throw read.error;
  if (read.status === 'loading') return <LoadingState label="Making the class report from the teacher’s file…" />;
  return <ClassReportFrom report={read.value} refreshing={read.refreshing} where="in its teacher’s file" />;
}
