import { useEffect, useMemo, useState, type JSX } from 'react';
import type { ContractError, LearnerPath, LearnerSummary } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { learnerName } from '../format/learner-name.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { Button } from '../ui/button.js';
import { EmptyState } from '../ui/empty-state.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { LoadingState } from '../ui/loading-state.js';
import { ViewHeader } from '../ui/view-header.js';
import { AddStepForm } from './add-step-form.js';
import { GiveTemplateButtons } from './give-template-buttons.js';
import { PathStepCard, stepLabel, type StepChange } from './path-step-card.js';
import { PathPace } from './path-pace.js';
import { paceWords } from './path-words.js';
import { useLearnerPath } from './use-learner-path.js';
import './learner-path.css';

/**
 * A learner's own path (`#/paths/<classId>/<learnerId>`): the steps in their order, the next one to
 * work on, the options they choose from, and their pace in words. Prints on one page (Print button).
 */
export function LearnerPathPage({ classId, learnerId }: { classId: string; learnerId: string }): JSX.Element {
  const load = useLearnerPath(classId, learnerId);
  const learner = useLearner(learnerId);
  const openItem = useNavigationStore((state) => state.openItem);
  const name = learner ? learnerName(learner).display : 'This learner';
  if (load.status === 'error') throw load.error;

  return (
    <section className="view view--paths learner-path" aria-labelledby="view-title" aria-busy={load.status !== 'ready' || load.refreshing}>
      <ViewHeader title={`${name}’s path`} description={load.status === 'ready' && load.path ? load.path.title : undefined}>
        <Button className="no-print" onClick={() => openItem('paths', null)}>
          ← Path board
        </Button>
        {load.status === 'ready' && load.path && (
          <Button className="no-print" onClick={() => window.print()}>
            Print
          </Button>
        )}
      </ViewHeader>
      {load.status === 'loading' ? (
        <LoadingState label={`Reading ${learner ? `${name}’s` : 'the'} path…`} />
      ) : load.path === null ? (
        <EmptyState icon="paths" title="No path yet">
          <p>Give {learner ? name : 'this learner'} the class’s path template; then the steps, the choices and the pace show here.</p>
          <GiveTemplateButtons classId={classId} learnerId={learnerId} onMakeTemplate={() => openItem('paths', null)} />
        </EmptyState>
      ) : (
        <PathSteps path={load.path} />
      )}
    </section>
  );
}

function useLearner(learnerId: string): LearnerSummary | null {
  const [learner, setLearner] = useState<LearnerSummary | null>(null);
  useEffect(() => {
    let current = true;
    // the name is only the heading's: without it the page still works, so a failure is not shown
    call('learners:get', { learnerId }).then(
      (value) => current && setLearner(value),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [learnerId]);
  return learner?.learnerId === learnerId ? learner : null;
}

function PathSteps({ path }: { path: LearnerPath }): JSX.Element {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ContractError | null>(null);
  const [adding, setAdding] = useState(false);
  const onPath = useMemo(() => path.steps.map((step) => step.standardId), [path.steps]);
  const next = path.steps.find((step) => step.suggested);
  const open = path.steps.filter((step) => step.status !== 'mastered' && step.status !== 'skipped').length;

  async function write(run: () => Promise<unknown>): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      await run();
    } catch (error) {
      setProblem(asContractFailure(error).toContractError());
    } finally {
      setBusy(false);
    }
  }
  const change = (stepId: string, request: StepChange) => void write(() => call('paths:updateStep', { learnerId: path.learnerId, stepId, ...request }));
  const move = (stepId: string, position: number) => void write(() => call('paths:moveStep', { learnerId: path.learnerId, stepId, position }));
  const target = (targetOn: string | null) => void write(() => call('paths:setTarget', { learnerId: path.learnerId, pathId: path.pathId, targetOn }));

  return (
    <>
      <div className="learner-path__summary">
        <p className="learner-path__next" role="status">
          {next ? (
            <>
              <strong>Next: {stepLabel(next)}</strong>
              {next.code !== null && ` — ${next.statement}`}
            </>
          ) : open === 0 ? (
            'Every step is mastered or set aside.'
          ) : (
            'No step is ready right now: each one left waits for a prerequisite. The path board says which.'
          )}
        </p>
        <p className="learner-path__pace">{paceWords(path.pace, path.targetOn !== null, path.steps.filter((step) => step.status === 'mastered').length)}</p>
        <p className="learner-path__dates">
          Started {formatIsoDate(path.startedOn)}
          {path.targetOn !== null && ` · target ${formatIsoDate(path.targetOn)}`}
        </p>
        <PathPace key={path.targetOn ?? ''} path={path} busy={busy} onTarget={target} />
      </div>
      {problem && <ErrorPanel error={problem} compact title="That change was not saved" />}
      <ol className="learner-path__steps" aria-label="Steps, in order">
        {path.steps.map((step, position) => (
          <PathStepCard
            key={step.stepId}
            step={step}
            position={position}
            count={path.steps.length}
            busy={busy}
            onChange={(request) => change(step.stepId, request)}
            onMove={(to) => move(step.stepId, to)}
          />
        ))}
      </ol>
      {adding ? (
        <AddStepForm classId={path.classId} learnerId={path.learnerId} pathId={path.pathId} onPath={onPath} onDone={() => setAdding(false)} />
      ) : (
        <p className="no-print">
          <Button onClick={() => setAdding(true)}>Add a step…</Button>
        </p>
      )}
    </>
  );
}
