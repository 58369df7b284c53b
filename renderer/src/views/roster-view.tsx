import { useEffect, useMemo, useState, type JSX } from 'react';
import { EmptyState } from '../components/empty-state.js';
import { LoadingState } from '../components/loading-state.js';
import { RosterSummary } from '../components/roster-summary.js';
import { RosterTable } from '../components/roster-table.js';
import { ViewHeader } from '../components/view-header.js';
import { localToday } from '../format/calendar-date.js';
import { plural } from '../format/plural.js';
import { notSeenLatelyDays } from '../roster/recency.js';
import { toRosterRows } from '../roster/roster-row.js';
import { useGradebookStore } from '../stores/gradebook-store.js';
import { useRosterStore } from '../stores/roster-store.js';

/**
 * The class roster: every learner in the class with how much evidence they have and when they were
 * last assessed, flagging who has not been seen lately. A failed request is thrown to the view's
 * error boundary, which shows it with its code and a "Try again".
 */
export function RosterView({ classId }: { classId: string | null }): JSX.Element {
  const gradebookStatus = useGradebookStore((state) => state.status);
  const classes = useGradebookStore((state) => state.classes);
  const roster = useRosterStore((state) => (classId === null ? undefined : state.byClass[classId]));
  const loadRoster = useRosterStore((state) => state.load);
  // "today" is fixed when the view opens; a roster left open past midnight is one day off, not wrong
  const [today] = useState(localToday);

  useEffect(() => {
    if (classId !== null) void loadRoster(classId);
  }, [classId, loadRoster]);

  const entries = roster?.status === 'ready' ? roster.entries : null;
  const rows = useMemo(() => (entries ? toRosterRows(entries, today) : []), [entries, today]);

  const header = (
    <ViewHeader
      title="Learners"
      description={`How much evidence each learner has in this class, and when they were last assessed. Learners with none in the last ${notSeenLatelyDays} days are flagged.`}
    />
  );
  if (classId === null) {
    return (
      <section className="view" aria-labelledby="view-title">
        {header}
        {gradebookStatus === 'loading' ? (
          <LoadingState label="Opening the gradebook…" />
        ) : classes.length === 0 ? (
          <EmptyState icon="class" title="This gradebook has no classes yet">
            <p>Classes arrive with roster import (OneRoster or a plain CSV). Once a class is here, its learners show up in this list.</p>
          </EmptyState>
        ) : (
          <EmptyState icon="class" title="Choose a class">
            <p>Pick a class in the Class menu above to see its learners.</p>
          </EmptyState>
        )}
      </section>
    );
  }
  if (roster?.status === 'error') throw roster.error;

  const summary = classes.find((item) => item.id === classId);
  const classTitle = summary?.title ?? 'This class';
  return (
    <section className="view" aria-labelledby="view-title" aria-busy={roster?.status !== 'ready'}>
      {header}
      {roster?.status !== 'ready' ? (
        <LoadingState label="Loading the roster…" />
      ) : rows.length === 0 ? (
        <EmptyState icon="learners" title={`No learners in ${classTitle} yet`}>
          <p>Learners appear here once they are enrolled in the class, for example through a roster import.</p>
        </EmptyState>
      ) : (
        <>
          <RosterSummary rows={rows} />
          <div className="table-card">
            <RosterTable
              rows={rows}
              caption={
                <>
                  <span className="roster__class">{classTitle}</span>
                  {summary?.termTitle && (
                    <>
                      <span className="roster__separator"> · </span>
                      <span className="roster__term">{summary.termTitle}</span>
                    </>
                  )}
                  <span className="roster__separator"> · </span>
                  <span className="roster__count">{plural(rows.length, 'learner')}</span>
                </>
              }
            />
          </div>
        </>
      )}
    </section>
  );
}
