import { useMemo, useState, type JSX } from 'react';
import type { ClassReadiness, ClassSummary } from '../../../preload/contract/index.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { viewLabels } from '../session/views.js';
import { Button } from '../ui/button.js';
import { ClassScopedView } from '../ui/class-scoped-view.js';
import { EmptyState } from '../ui/empty-state.js';
import { Field } from '../ui/field.js';
import { LoadingState } from '../ui/loading-state.js';
import { Segmented } from '../ui/segmented.js';
import { ViewHeader } from '../ui/view-header.js';
import { learnersByName, learnersReadyFor, masteredShares, standardLabel } from './board-model.js';
import { PathBoard, type BoardCell } from './path-board.js';
import { LearnerPathPage } from './learner-path-page.js';
import { PathTemplates } from './path-templates.js';
import { ProgressionGraph } from './progression-graph.js';
import { ReadinessExplanation } from './readiness-explanation.js';
import { ReadinessLegend } from './readiness-legend.js';
import { ReadyForList } from './ready-for-list.js';
import { StandardLinksPanel } from './standard-links-panel.js';
import { useClassReadiness } from './use-class-readiness.js';
import { useClassSteps } from './use-class-steps.js';
import './paths-view.css';
import { AsOfField } from '../ui/as-of-field.js';

const header = (
  <ViewHeader
    title={viewLabels.paths}
    description="Who is ready for what: each learner on each standard the class tracks, from the class’s own evidence and the standards’ prerequisites."
  />
);

type Shown = 'board' | 'graph';

/**
 * The Paths section: the class's path board, its progression graph and path templates
 * (`#/paths/<classId>`), or one learner's own path (`#/paths/<classId>/<learnerId>`).
 */
export function PathsView({ classId, learnerId = null }: { classId: string | null; learnerId?: string | null }): JSX.Element {
  return (
    <ClassScopedView
      classId={classId}
      header={header}
      icon="paths"
      noClasses={{ text: 'Classes arrive with roster import (OneRoster or a plain CSV). Once a class tracks standards, its path board shows here.' }}
      chooseText="Pick a class in the Class menu above to see who is ready for what."
    >
      {(id, summary) => (learnerId === null ? <ClassPaths key={id} classId={id} summary={summary} /> : <LearnerPathPage key={`${id}|${learnerId}`} classId={id} learnerId={learnerId} />)}
    </ClassScopedView>
  );
}

function ClassPaths({ classId, summary }: { classId: string; summary: ClassSummary | undefined }): JSX.Element {
  const [asOf, setAsOf] = useState<string | null>(null);
  const load = useClassReadiness(classId, asOf);
  if (load.status === 'error') throw load.error;
  return (
    <section className="view view--paths" aria-labelledby="view-title" aria-busy={load.status !== 'ready' || load.refreshing}>
      {header}
      {load.status === 'loading' ? (
        <LoadingState label={`Working out who is ready for what in ${summary?.title ?? 'this class'}…`} />
      ) : (
        <Readiness classId={classId} readiness={load.value} asOf={asOf} onAsOf={setAsOf} />
      )}
    </section>
  );
}

function Readiness(props: { classId: string; readiness: ClassReadiness; asOf: string | null; onAsOf: (asOf: string | null) => void }): JSX.Element {
  const { classId, readiness, asOf } = props;
  const navigate = useNavigationStore((state) => state.navigate);
  const openItem = useNavigationStore((state) => state.openItem);
  const [shown, setShown] = useState<Shown>('board');
  const [readyFor, setReadyFor] = useState<number | null>(null);
  const [active, setActive] = useState<BoardCell | null>(null);
  // the standard chosen on the graph, by id: a re-read after a link changes may reorder nothing, but need not keep indices
  const [linking, setLinking] = useState<string | null>(null);
  // by learner and standard, not by row: a re-read (another date, a new enrolment) may move the rows
  const [explaining, setExplaining] = useState<{ learnerId: string; standardId: string } | null>(null);

  const byName = useMemo(() => learnersByName(readiness.learners), [readiness.learners]);
  const readyStandard = readyFor === null ? undefined : readiness.standards[readyFor];
  const learners = useMemo(() => (readyStandard && readyFor !== null ? learnersReadyFor(byName, readyFor) : byName), [byName, readyFor, readyStandard]);
  const shares = useMemo(() => masteredShares(readiness), [readiness]);
  const steps = useClassSteps(classId, asOf);

  if (readiness.standards.length === 0) {
    return (
      <EmptyState icon="paths" title="This class tracks no standards yet">
        <p>The path board shows each learner on each standard the class tracks. Choose the standards first.</p>
        <p className="empty-state__action">
          <Button variant="primary" onClick={() => navigate('standards')}>
            Choose standards…
          </Button>
        </p>
      </EmptyState>
    );
  }
  if (readiness.learners.length === 0) {
    return (
      <EmptyState icon="class" title="No learners in this class yet">
        <p>Once learners are enrolled, the board shows who is ready for what.</p>
      </EmptyState>
    );
  }

  function chooseReadyFor(index: number | null): void {
    setReadyFor(index);
    setActive(null);
    setExplaining(null);
  }

  const linkingIndex = linking === null ? -1 : readiness.standards.findIndex((standard) => standard.standardId === linking);
  const explainedLearner = explaining ? readiness.learners.find((learner) => learner.learnerId === explaining.learnerId) : undefined;
  const explainedStandard = explaining ? readiness.standards.find((standard) => standard.standardId === explaining.standardId) : undefined;
  return (
    <>
      <div className="paths-toolbar">
        <Segmented<Shown>
          label="Show"
          value={shown}
          onChange={setShown}
          options={[
            { value: 'board', label: 'Path board' },
            { value: 'graph', label: 'Progression graph' },
          ]}
        />
        <span className="paths-toolbar__field">
          <Field label="Ready for">
            {(control) => (
              <select {...control} className="field field--select" value={readyFor ?? ''} onChange={(event) => chooseReadyFor(event.target.value === '' ? null : Number(event.target.value))}>
                <option value="">Every learner</option>
                {readiness.standards.map((standard, index) => (
                  <option key={standard.standardId} value={index}>
                    {standardLabel(standard)} — {standard.statement.length > 60 ? `${standard.statement.slice(0, 59).trimEnd()}…` : standard.statement}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </span>
        <AsOfField asOf={asOf} onChange={props.onAsOf} showing="readiness" />
      </div>

      {readyStandard && <ReadyForList standard={readyStandard} learners={learners} onClear={() => chooseReadyFor(null)} />}

      {shown === 'board' ? (
        <>
          <PathTemplates classId={classId} standards={readiness.standards} learners={byName} />
          <ReadinessLegend />
          {steps.status === 'error' && <p className="paths-hint">Each learner’s current and next step could not be read just now: {steps.error.message}</p>}
          <PathBoard
            standards={readiness.standards}
            learners={learners}
            active={active}
            highlight={readyFor}
            label={readyStandard ? `Path board: learners ready for ${standardLabel(readyStandard)}` : 'Path board'}
            onActiveChange={setActive}
            onOpenLearner={(learnerId) => openItem('paths', learnerId)}
            steps={steps.status === 'ready' ? steps.byLearner : undefined}
            onExplain={(cell) => {
              const learner = learners[cell.row];
              const standard = readiness.standards[cell.col];
              if (learner && standard) setExplaining({ learnerId: learner.learnerId, standardId: standard.standardId });
            }}
          />
          {explainedLearner && explainedStandard ? (
            <ReadinessExplanation
              key={`${explainedLearner.learnerId}|${explainedStandard.standardId}|${asOf ?? ''}`}
              classId={classId}
              asOf={asOf}
              learner={explainedLearner}
              standard={explainedStandard}
              onClose={() => setExplaining(null)}
              onOpenPath={() => openItem('paths', explainedLearner.learnerId)}
            />
          ) : (
            <p className="paths-hint">Choose a cell (click it, or move with the arrow keys and press Enter) to read why the learner is where they are.</p>
          )}
        </>
      ) : (
        <>
          <ProgressionGraph
            standards={readiness.standards}
            shares={shares}
            selected={linking}
            onChoose={(index) => setLinking(readiness.standards[index]?.standardId ?? null)}
          />
          {linkingIndex >= 0 ? (
            <StandardLinksPanel
              key={linking}
              classId={readiness.classId}
              standards={readiness.standards}
              index={linkingIndex}
              onClose={() => setLinking(null)}
              onShowReady={(index) => {
                chooseReadyFor(index);
                setShown('board');
              }}
            />
          ) : (
            <p className="paths-hint">Choose a standard to see what it comes after, add or remove a prerequisite, or show who is ready for it.</p>
          )}
        </>
      )}
    </>
  );
}

