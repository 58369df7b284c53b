import { useState, type JSX } from 'react';
import type { LearnerReadiness, ProgressionStandard } from '../../../preload/contract/index.js';
import { learnerName } from '../format/learner-name.js';
import { plural } from '../format/plural.js';
import { useGroupRequestStore } from '../session/group-request-store.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { Button } from '../ui/button.js';
import { readyListText, standardLabel } from './board-model.js';

/**
 * The learners ready for one standard (every prerequisite the class tracks mastered, not started yet):
 * a list to copy into a message, or to make a group of on the Groups page (handed over through the
 * session's group request, since sections do not import each other).
 */
export function ReadyForList(props: { standard: ProgressionStandard; learners: readonly LearnerReadiness[]; onClear: () => void }): JSX.Element {
  const [copied, setCopied] = useState<string | null>(null);
  const code = standardLabel(props.standard);
  const classId = useNavigationStore((state) => state.classId);
  const navigate = useNavigationStore((state) => state.navigate);
  function makeGroup(): void {
    if (classId === null) return;
    useGroupRequestStore.getState().ask({ classId, standardId: props.standard.standardId, learnerIds: props.learners.map((learner) => learner.learnerId), name: `Ready for ${code}` });
    navigate('groups');
  }
  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(readyListText(props.learners));
      setCopied(`Copied ${plural(props.learners.length, 'name')}, one a line.`);
    } catch {
      setCopied('This window may not copy by itself: select the names and copy them.');
    }
  }
  return (
    <section className="ready-for" aria-labelledby="ready-for-title">
      <div className="ready-for__head">
        <div>
          <h2 id="ready-for-title" className="ready-for__title">
            Ready for {code}
          </h2>
          <p className="ready-for__statement">{props.standard.statement}</p>
        </div>
        <div className="ready-for__actions">
          <Button small variant="primary" disabled={props.learners.length === 0} onClick={makeGroup}>
            Make a group
          </Button>
          <Button small disabled={props.learners.length === 0} onClick={() => void copy()}>
            Copy the list
          </Button>
          <Button small variant="quiet" onClick={props.onClear}>
            Show every learner
          </Button>
        </div>
      </div>
      <p className="ready-for__count" role="status">
        {props.learners.length === 0
          ? `No learner is ready for ${code} right now: each has mastered it, is working on it, or still needs a prerequisite.`
          : `${plural(props.learners.length, 'learner')} ready for ${code}; the board below shows only them.`}
        {copied && ` ${copied}`}
      </p>
      {props.learners.length > 0 && (
        <ol className="ready-for__list" aria-label={`Learners ready for ${code}`}>
          {props.learners.map((learner) => (
            <li key={learner.learnerId}>{learnerName(learner).display}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
