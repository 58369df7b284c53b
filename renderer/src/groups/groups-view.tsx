import { useMemo, useState, type JSX } from 'react';
import type { ClassSummary, RosterEntry } from '../../../preload/contract/index.js';
import { learnerName } from '../format/learner-name.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { viewLabels } from '../session/views.js';
import { Button } from '../ui/button.js';
import { ClassScopedView } from '../ui/class-scoped-view.js';
import { EmptyState } from '../ui/empty-state.js';
import { LoadingState } from '../ui/loading-state.js';
import { Segmented } from '../ui/segmented.js';
import { ViewHeader } from '../ui/view-header.js';
import { GroupHistory } from './group-history.js';
import { GroupSetPage } from './group-set-page.js';
import { GroupingPage } from './grouping-page.js';
import { useLiveRead } from '../session/use-live-read.js';
import { groupSetInputs, rosterInputs, trackedInputs } from './read-inputs.js';
import './groups.css';

const header = (
  <ViewHeader
    title={viewLabels.groups}
    description="Today’s groups from what learners are ready for, their levels or interests — checked against your rules, saved with the date, and changed often."
  />
);

type Shown = 'make' | 'history';

/**
 * The Groups section: the grouping page and the class's history (`#/groups/<classId>`), or one saved
 * group set (`#/groups/<classId>/<groupSetId>`).
 */
export function GroupsView({ classId, itemId = null }: { classId: string | null; itemId?: string | null }): JSX.Element {
  return (
    <ClassScopedView
      classId={classId}
      header={header}
      icon="groups"
      noClasses={{ text: 'Classes arrive with roster import (OneRoster or a plain CSV). Once a class has learners, you can group them here.' }}
      chooseText="Pick a class in the Class menu above to make its groups."
    >
      {(id, summary) => <ClassGroups key={id} classId={id} summary={summary} groupSetId={itemId} />}
    </ClassScopedView>
  );
}

function ClassGroups(props: { classId: string; summary: ClassSummary | undefined; groupSetId: string | null }): JSX.Element {
  const { classId } = props;
  const navigate = useNavigationStore((state) => state.navigate);
  const roster = useLiveRead('learners:roster', { classId }, classId, rosterInputs);
  const standards = useLiveRead('standards:tracked', { classId }, classId, trackedInputs);
  if (roster.status === 'error') throw roster.error;
  if (standards.status === 'error') throw standards.error;
  const loading = roster.status === 'loading' || standards.status === 'loading';

  let body: JSX.Element;
  if (roster.status !== 'ready' || standards.status !== 'ready') {
    body = <LoadingState label={`Reading ${props.summary?.title ?? 'the class'}’s learners and standards…`} />;
  } else if (roster.value.length === 0) {
    body = (
      <EmptyState icon="class" title="No learners in this class yet">
        <p>Once learners are enrolled, you can group them here.</p>
        <p className="empty-state__action">
          <Button variant="primary" onClick={() => navigate('learners')}>
            Go to Learners
          </Button>
        </p>
      </EmptyState>
    );
  } else if (props.groupSetId !== null) {
    body = <SavedSet groupSetId={props.groupSetId} classId={classId} roster={roster.value} />;
  } else {
    body = <GroupsHome classId={classId} roster={roster.value} standards={standards.value.filter((standard) => !standard.retired)} />;
  }
  return (
    <section className="view view--groups" aria-labelledby="view-title" aria-busy={loading}>
      {header}
      {body}
    </section>
  );
}

function useNameOf(roster: readonly RosterEntry[]): (learnerId: string) => string {
  const names = useMemo(() => new Map(roster.map((entry) => [entry.learnerId, learnerName(entry).display])), [roster]);
  return (learnerId) => names.get(learnerId) ?? 'A learner no longer in the class';
}

function GroupsHome(props: { classId: string; roster: readonly RosterEntry[]; standards: Parameters<typeof GroupingPage>[0]['standards'] }): JSX.Element {
  const [shown, setShown] = useState<Shown>('make');
  return (
    <>
      <Segmented<Shown>
        label="Show"
        value={shown}
        onChange={setShown}
        options={[
          { value: 'make', label: 'Make groups' },
          { value: 'history', label: 'Past group sets' },
        ]}
      />
      {/* kept while the history shows, so a draft is not lost by a look at the past */}
      <div className="groups-make" hidden={shown !== 'make'}>
        <GroupingPage classId={props.classId} roster={props.roster} standards={props.standards} />
      </div>
      {shown === 'history' && <History classId={props.classId} onMakeGroups={() => setShown('make')} />}
    </>
  );
}

function History(props: { classId: string; onMakeGroups: () => void }): JSX.Element {
  const history = useLiveRead('groups:history', { classId: props.classId }, props.classId, groupSetInputs);
  if (history.status === 'error') throw history.error;
  if (history.status === 'loading') return <LoadingState label="Reading the class’s past group sets…" />;
  return <GroupHistory history={history.value} onMakeGroups={props.onMakeGroups} />;
}

function SavedSet(props: { groupSetId: string; classId: string; roster: readonly RosterEntry[] }): JSX.Element {
  const set = useLiveRead('groups:get', { groupSetId: props.groupSetId }, props.classId, groupSetInputs);
  const nameOf = useNameOf(props.roster);
  const classLearnerIds = useMemo(() => props.roster.map((entry) => entry.learnerId), [props.roster]);
  if (set.status === 'error') throw set.error;
  if (set.status === 'loading') return <LoadingState label="Opening the group set…" />;
  return <GroupSetPage set={set.value} classLearnerIds={classLearnerIds} nameOf={nameOf} />;
}
