import { useEffect, useRef, type JSX } from 'react';
import { assertNever } from '../../../preload/contract/shared.js';
import { GradebookView } from '../gradebook/gradebook-view.js';
import { useGridStore } from '../gradebook/grid-store.js';
import { GroupsView } from '../groups/groups-view.js';
import { LearnersView } from '../learners/learners-view.js';
import { useProfileStore } from '../learners/profile-store.js';
import { useRosterStore } from '../learners/roster-store.js';
import { PathsView } from '../paths/paths-view.js';
import { ReportsView } from '../reports/reports-view.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { viewLabels, type ViewName } from '../session/views.js';
import { StandardsView } from '../standards/standards-view.js';
import { useStandardsStore } from '../standards/standards-store.js';
import { ErrorBoundary } from '../ui/error-boundary.js';
import { LoadingState } from '../ui/loading-state.js';
import { ViewHeader } from '../ui/view-header.js';
import { useGradebookStore } from '../session/gradebook-store.js';
import { classInAddress } from './class-in-address.js';
import { UnknownClassView } from './unknown-class-view.js';

function viewFor(view: ViewName, classId: string | null, itemId: string | null): JSX.Element {
  switch (view) {
    case 'learners':
      return <LearnersView classId={classId} learnerId={itemId} />;
    case 'gradebook':
      return <GradebookView classId={classId} />;
    case 'standards':
      return <StandardsView classId={classId} />;
    case 'paths':
      return <PathsView classId={classId} learnerId={itemId} />;
    case 'groups':
      return <GroupsView classId={classId} itemId={itemId} />;
    case 'reports':
      return <ReportsView classId={classId} />;
    default:
      return assertNever(view);
  }
}

/** The current section, inside an error boundary that starts over when the section or class changes. */
export function MainContent(): JSX.Element {
  const view = useNavigationStore((state) => state.view);
  const classId = useNavigationStore((state) => state.classId);
  const itemId = useNavigationStore((state) => state.itemId);
  const loadRoster = useRosterStore((state) => state.load);
  const loadGrid = useGridStore((state) => state.load);
  const classesRead = useGradebookStore((state) => state.status === 'ready');
  const classes = useGradebookStore((state) => state.classes);
  const main = useRef<HTMLElement>(null);
  const shownView = useRef(view);

  useEffect(() => {
    // after the user changes section (not on first paint), put focus on the new heading
    if (shownView.current === view) return;
    shownView.current = view;
    main.current?.querySelector<HTMLElement>('#view-title')?.focus();
    main.current?.scrollTo({ top: 0 });
  }, [view]);

  // a class the gradebook lacks never reaches the section: its refused read would show a request error
  const addressed = classInAddress(view, classId, classesRead, classes);
  if (addressed === 'unknown' || addressed === 'checking') {
    return (
      <main id="main" ref={main} className="content" tabIndex={-1}>
        {addressed === 'unknown' ? (
          <UnknownClassView view={view} classes={classes} />
        ) : (
          <section className="view" aria-labelledby="view-title" aria-busy="true">
            <ViewHeader title={viewLabels[view]} />
            <LoadingState label="Opening the gradebook…" />
          </section>
        )}
      </main>
    );
  }

  return (
    <main id="main" ref={main} className="content" tabIndex={-1}>
      <ErrorBoundary
        resetKeys={[view, classId, itemId]}
        heading={<ViewHeader title={viewLabels[view]} />}
        onReset={() => {
          if (view === 'learners' && classId !== null) void loadRoster(classId, { force: true });
          // a learner's profile that failed is read again when it shows
          if (view === 'learners' && itemId !== null) useProfileStore.getState().clear();
          if (view === 'gradebook' && classId !== null) void loadGrid(classId, { force: true });
          // forgetting what failed makes the view read it again
          if (view === 'standards') useStandardsStore.getState().clear();
        }}
      >
        {viewFor(view, classId, itemId)}
      </ErrorBoundary>
    </main>
  );
}
