import { useEffect, useRef, type JSX } from 'react';
import { ErrorBoundary } from '../components/error-boundary.js';
import { ViewHeader } from '../components/view-header.js';
import { viewLabels, type ViewName } from '../routing/views.js';
import { useNavigationStore } from '../stores/navigation-store.js';
import { useGridStore } from '../stores/grid-store.js';
import { useRosterStore } from '../stores/roster-store.js';
import { useStandardsStore } from '../stores/standards-store.js';
import { StandardsView } from '../standards/standards-view.js';
import { assertNever } from '../util/assert-never.js';
import { GradebookView } from './gradebook-view.js';
import { PlaceholderView } from './placeholder-view.js';
import { RosterView } from './roster-view.js';

function viewFor(view: ViewName, classId: string | null): JSX.Element {
  switch (view) {
    case 'learners':
      return <RosterView classId={classId} />;
    case 'gradebook':
      return <GradebookView classId={classId} />;
    case 'standards':
      return <StandardsView classId={classId} />;
    case 'paths':
    case 'groups':
    case 'reports':
      return <PlaceholderView view={view} />;
    default:
      return assertNever(view);
  }
}

/** The current section, inside an error boundary that starts over when the section or class changes. */
export function MainContent(): JSX.Element {
  const view = useNavigationStore((state) => state.view);
  const classId = useNavigationStore((state) => state.classId);
  const loadRoster = useRosterStore((state) => state.load);
  const loadGrid = useGridStore((state) => state.load);
  const main = useRef<HTMLElement>(null);
  const shownView = useRef(view);

  useEffect(() => {
    // after the user changes section (not on first paint), put focus on the new heading
    if (shownView.current === view) return;
    shownView.current = view;
    main.current?.querySelector<HTMLElement>('#view-title')?.focus();
    main.current?.scrollTo({ top: 0 });
  }, [view]);

  return (
    <main id="main" ref={main} className="content" tabIndex={-1}>
      <ErrorBoundary
        resetKeys={[view, classId]}
        heading={<ViewHeader title={viewLabels[view]} />}
        onReset={() => {
          if (view === 'learners' && classId !== null) void loadRoster(classId, { force: true });
          if (view === 'gradebook' && classId !== null) void loadGrid(classId, { force: true });
          // forgetting what failed makes the view read it again
          if (view === 'standards') useStandardsStore.getState().clear();
        }}
      >
        {viewFor(view, classId)}
      </ErrorBoundary>
    </main>
  );
}
