import { useEffect, useState, type JSX } from 'react';
import type { ClassSummary } from '../../../preload/contract/index.js';
import { localToday } from '../../../preload/contract/shared.js';
import { ClassScopedView } from '../ui/class-scoped-view.js';
import { ViewHeader } from '../ui/view-header.js';
import { EmptyClass } from './empty-class.js';
import { GradebookWorkspace } from './gradebook-workspace.js';
import { useGridStore } from './grid-store.js';
import { GridOpening } from './workspace-banners.js';
import './gradebook.css';

function Header({ summary }: { summary: ClassSummary | undefined }): JSX.Element {
  return (
    <ViewHeader
      title="Gradebook"
      description={summary ? `${summary.title}${summary.termTitle ? ` · ${summary.termTitle}` : ''} — each learner’s current level on each standard.` : undefined}
    />
  );
}

/**
 * The evidence gradebook of the chosen class: every learner's current level on every tracked standard,
 * keyboard-first entry, and the explanation of any level. A failed read goes to the view's error
 * boundary like every other view's.
 */
export function GradebookView({ classId }: { classId: string | null }): JSX.Element {
  return (
    <ClassScopedView
      classId={classId}
      header={<Header summary={undefined} />}
      icon="gradebook"
      noClasses={{ text: 'Classes arrive with roster import.' }}
      chooseText="Pick a class in the Class menu above to see its gradebook."
    >
      {(id, summary) => <ClassGradebook classId={id} summary={summary} />}
    </ClassScopedView>
  );
}

function ClassGradebook({ classId, summary }: { classId: string; summary: ClassSummary | undefined }): JSX.Element {
  const status = useGridStore((state) => (state.classId === classId ? state.status : 'idle'));
  const error = useGridStore((state) => state.error);
  const grid = useGridStore((state) => (state.classId === classId ? state.grid : null));
  const load = useGridStore((state) => state.load);
  // "today" is fixed when the view opens, like the roster's
  const [today] = useState(localToday);

  useEffect(() => {
    void load(classId);
  }, [classId, load]);

  if (status === 'error' && error) throw error;
  return (
    <section className="view gradebook" aria-labelledby="view-title" aria-busy={status !== 'ready'}>
      <Header summary={summary} />
      {grid === null ? (
        <GridOpening classId={classId} />
      ) : grid.columns.length === 0 || grid.rows.length === 0 ? (
        <EmptyClass hasLearners={grid.rows.length > 0} />
      ) : (
        <GradebookWorkspace classId={classId} grid={grid} today={today} />
      )}
    </section>
  );
}
