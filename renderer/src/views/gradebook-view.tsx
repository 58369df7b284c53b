import { useEffect, useState, type JSX } from 'react';
import { EmptyState } from '../components/empty-state.js';
import { LoadingState } from '../components/loading-state.js';
import { ViewHeader } from '../components/view-header.js';
import { isoToday } from '../grid/dates.js';
import { GradebookWorkspace } from '../grid/gradebook-workspace.js';
import { useGradebookStore } from '../stores/gradebook-store.js';
import { useGridStore } from '../stores/grid-store.js';
import '../styles/grid.css';

/**
 * The evidence gradebook of the chosen class: every learner's current level on every tracked standard,
 * keyboard-first entry, and the explanation of any level. A failed read goes to the view's error
 * boundary like every other view's.
 */
export function GradebookView({ classId }: { classId: string | null }): JSX.Element {
  const gradebookStatus = useGradebookStore((state) => state.status);
  const classes = useGradebookStore((state) => state.classes);
  const status = useGridStore((state) => (state.classId === classId ? state.status : 'idle'));
  const error = useGridStore((state) => state.error);
  const grid = useGridStore((state) => (state.classId === classId ? state.grid : null));
  const load = useGridStore((state) => state.load);
  // "today" is fixed when the view opens, like the roster's
  const [today] = useState(isoToday);

  useEffect(() => {
    if (classId !== null) void load(classId);
  }, [classId, load]);

  const summary = classes.find((item) => item.id === classId);
  const header = (
    <ViewHeader
      title="Gradebook"
      description={summary ? `${summary.title}${summary.termTitle ? ` · ${summary.termTitle}` : ''} — each learner’s current level on each standard.` : undefined}
    />
  );
  if (classId === null) {
    return (
      <section className="view" aria-labelledby="view-title">
        {header}
        {gradebookStatus === 'loading' ? (
          <LoadingState label="Opening the gradebook…" />
        ) : (
          <EmptyState icon="gradebook" title={classes.length === 0 ? 'This gradebook has no classes yet' : 'Choose a class'}>
            <p>{classes.length === 0 ? 'Classes arrive with roster import.' : 'Pick a class in the Class menu above to see its gradebook.'}</p>
          </EmptyState>
        )}
      </section>
    );
  }
  if (status === 'error' && error) throw error;
  return (
    <section className="view gradebook" aria-labelledby="view-title" aria-busy={status !== 'ready'}>
      {header}
      {grid === null ? (
        <LoadingState label="Loading the gradebook…" />
      ) : grid.columns.length === 0 || grid.rows.length === 0 ? (
        <EmptyState icon="gradebook" title={grid.rows.length === 0 ? 'No learners in this class yet' : 'This class tracks no standards yet'}>
          <p>{grid.rows.length === 0 ? 'Learners appear once they are enrolled, for example through a roster import.' : 'Choose the standards the class tracks to start recording evidence.'}</p>
        </EmptyState>
      ) : (
        <GradebookWorkspace classId={classId} grid={grid} today={today} />
      )}
    </section>
  );
}
