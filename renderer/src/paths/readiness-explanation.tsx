import { useEffect, useState, type JSX } from 'react';
import type { ContractError, LearnerReadiness, ProgressionStandard, ReadinessState } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { learnerName } from '../format/learner-name.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { Button } from '../ui/button.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { standardLabel } from './board-model.js';
import { readinessClass, readinessWords } from './readiness-words.js';

type Answer = { status: 'asking' } | { status: 'answered'; state: ReadinessState; explanation: string } | { status: 'error'; error: ContractError };

/**
 * Why one learner is where they are on one standard: the gradebook's own sentence, read when a cell is
 * chosen. The parent keys it by learner, standard and date, so another cell starts a fresh question.
 */
export function ReadinessExplanation(props: {
  classId: string;
  asOf: string | null;
  learner: LearnerReadiness;
  standard: ProgressionStandard;
  onClose: () => void;
  onOpenPath?: () => void;
}): JSX.Element {
  const { classId, asOf, learner, standard } = props;
  const [answer, setAnswer] = useState<Answer>({ status: 'asking' });
  const openItem = useNavigationStore((state) => state.openItem);

  useEffect(() => {
    let current = true;
    const request = { classId, learnerId: learner.learnerId, standardId: standard.standardId };
    call('paths:explain', asOf === null ? request : { ...request, asOf }).then(
      (value) => current && setAnswer({ status: 'answered', ...value }),
      (error: unknown) => current && setAnswer({ status: 'error', error: asContractFailure(error).toContractError() }),
    );
    return () => {
      current = false;
    };
  }, [classId, asOf, learner.learnerId, standard.standardId]);

  const name = learnerName(learner).display;
  return (
    <section className="readiness-explanation" aria-labelledby="readiness-explanation-title" aria-busy={answer.status === 'asking'}>
      <div className="readiness-explanation__head">
        <h2 id="readiness-explanation-title" className="readiness-explanation__title">
          {name} on {standardLabel(standard)}
          {asOf !== null && <span className="readiness-explanation__date"> as it stood on {formatIsoDate(asOf)}</span>}
        </h2>
        <div className="readiness-explanation__actions">
          {props.onOpenPath && (
            <Button small variant="primary" onClick={props.onOpenPath}>
              Open {name}’s path
            </Button>
          )}
          <Button small onClick={() => openItem('learners', learner.learnerId)}>
            Open {name}’s profile
          </Button>
          <Button small variant="quiet" onClick={props.onClose}>
            Close
          </Button>
        </div>
      </div>
      <p className="readiness-explanation__statement">{standard.statement}</p>
      <div role="status" aria-live="polite">
        {answer.status === 'asking' && <p className="readiness-explanation__text">Working out why…</p>}
        {answer.status === 'answered' && (
          <p className="readiness-explanation__text">
            <span className={`readiness-explanation__state ${readinessClass(answer.state)}`}>{readinessWords[answer.state].label}</span> {answer.explanation}
          </p>
        )}
      </div>
      {answer.status === 'error' && <ErrorPanel error={answer.error} compact title="The reason could not be read" />}
    </section>
  );
}
