import type { JSX } from 'react';
import type { GroupingHistory } from '../../../preload/contract/index.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { plural } from '../format/plural.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { Badge } from '../ui/badge.js';
import { Button } from '../ui/button.js';
import { EmptyState } from '../ui/empty-state.js';
import { partnerWords, strategyLabels, targetLabel } from './group-words.js';

/**
 * The class's past group sets, newest first (each opens), the learners the rotation guard flags, and
 * who has been grouped with whom — so the teacher can see groups change, as they should.
 */
export function GroupHistory(props: { history: GroupingHistory; onMakeGroups: () => void }): JSX.Element {
  const openItem = useNavigationStore((state) => state.openItem);
  const { sets, learners } = props.history;
  if (sets.length === 0) {
    return (
      <EmptyState icon="groups" title="No group sets saved yet">
        <p>Saved group sets show here, newest first, with who has worked with whom.</p>
        <p className="empty-state__action">
          <Button variant="primary" onClick={props.onMakeGroups}>
            Make groups…
          </Button>
        </p>
      </EmptyState>
    );
  }
  const flagged = learners.filter((learner) => learner.rotationFlag);
  const grouped = learners.filter((learner) => learner.partners.length > 0);
  return (
    <div className="group-history">
      <section aria-labelledby="group-sets-title">
        <h2 id="group-sets-title" className="group-history__title">
          Past group sets
        </h2>
        <ul className="group-history__sets" aria-label="Past group sets">
          {sets.map((set) => (
            <li key={set.groupSetId} className="group-history__set">
              <span className="group-history__date">{formatIsoDate(set.date)}</span>
              <Button small variant="quiet" className="group-history__open" onClick={() => openItem('groups', set.groupSetId)}>
                {set.purpose}
              </Button>
              <span className="group-history__facts">
                {[strategyLabels[set.strategy], set.target ? targetLabel(set.target) : set.theme, `${plural(set.groupCount, 'group')}, ${plural(set.learnerCount, 'learner')}`].filter(Boolean).join(' · ')}
              </span>
              {set.stale && <Badge tone="flag">May be out of date</Badge>}
            </li>
          ))}
        </ul>
      </section>

      {flagged.length > 0 && (
        <section aria-labelledby="rotation-title" className="group-history__rotation">
          <h2 id="rotation-title" className="group-history__title">
            Time for a change
          </h2>
          <p className="group-history__hint">These learners were in the group furthest from the target in each of the recent readiness or level groupings. Learners gain more when groups change.</p>
          <ul>
            {flagged.map((learner) => (
              <li key={learner.learnerId}>
                <strong>{learner.name}</strong>: in that group {learner.lowestGroupStreak === 1 ? 'last time' : `the last ${learner.lowestGroupStreak} times`}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="pairings-title">
        <h2 id="pairings-title" className="group-history__title">
          Who has worked with whom
        </h2>
        <p className="group-history__hint">In the last {plural(sets.length, 'group set')}, the partners each learner had most often. “Mix it up” on the grouping page avoids these pairs.</p>
        {grouped.length === 0 ? (
          <p className="group-history__hint">No one has shared a group yet.</p>
        ) : (
          <table className="group-history__pairings">
            <thead>
              <tr>
                <th scope="col">Learner</th>
                <th scope="col">Grouped with</th>
              </tr>
            </thead>
            <tbody>
              {grouped.map((learner) => (
                <tr key={learner.learnerId}>
                  <th scope="row">{learner.name}</th>
                  <td>{partnerWords(learner)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
