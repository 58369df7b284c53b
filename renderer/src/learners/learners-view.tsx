import { useEffect, useMemo, useState, type JSX } from 'react';
import type { ClassSummary } from '../../../preload/contract/index.js';
import { todayDayNumber } from '../format/calendar-date.js';
import { plural } from '../format/plural.js';
import { ClassScopedView } from '../ui/class-scoped-view.js';
import { EmptyState } from '../ui/empty-state.js';
import { LoadingState } from '../ui/loading-state.js';
import { ViewHeader } from '../ui/view-header.js';
import { LearnerProfileView } from './learner-profile-view.js';
import { notSeenLatelyDays } from './recency.js';
import { useRosterStore } from './roster-store.js';
import { toRosterRows } from './roster-row.js';
import { RosterSummary } from './roster-summary.js';
import { RosterTable } from './roster-table.js';
import './learners.css';

const header = (
  <ViewHeader
    title="Learners"
    description={`How much evidence each learner has in this class, and when they were last assessed. Learners with none in the last ${notSeenLatelyDays} days are flagged.`}
  />
);

/**
 * The Learners section: a learner's profile when the route names one (`#/learners/<classId>/<learnerId>`),
 * else the class roster — every learner in the class with how much evidence they have
 * and when they were last assessed, flagging who has not been seen lately. A failed request is thrown
 * to the view's error boundary, which shows it with its code and a "Try again".
 */
export function LearnersView({ classId, learnerId = null }: { classId: string | null; learnerId?: string | null }): JSX.Element {
  return (
    <ClassScopedView
      classId={classId}
      header={header}
      icon="class"
      noClasses={{ text: 'Classes arrive with roster import (OneRoster or a plain CSV). Once a class is here, its learners show up in this list.' }}
      chooseText="Pick a class in the Class menu above to see its learners."
    >
      {(id, summary) => (learnerId === null ? <ClassRoster classId={id} summary={summary} /> : <LearnerProfileView classId={id} learnerId={learnerId} classTitle={summary?.title} />)}
    </ClassScopedView>
  );
}

function ClassRoster({ classId, summary }: { classId: string; summary: ClassSummary | undefined }): JSX.Element {
  const roster = useRosterStore((state) => state.byClass[classId]);
  const loadRoster = useRosterStore((state) => state.load);
  // "today" is fixed when the view opens; a roster left open past midnight is one day off, not wrong
  const [today] = useState(todayDayNumber);

  useEffect(() => {
    void loadRoster(classId);
  }, [classId, loadRoster]);

  const entries = roster?.status === 'ready' ? roster.entries : null;
  const rows = useMemo(() => (entries ? toRosterRows(entries, today) : []), [entries, today]);

  if (roster?.status === 'error') throw roster.error;
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
              classId={classId}
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
