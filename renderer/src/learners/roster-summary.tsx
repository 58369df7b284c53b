import type { JSX } from 'react';
import { formatCalendarDate } from '../format/calendar-date.js';
import { needsAttention, notSeenLatelyDays } from './recency.js';
import type { RosterRow } from './roster-row.js';
import { formatCount } from '../format/numbers.js';

/** The four numbers a teacher glances at before reading the list. */
export function RosterSummary({ rows }: { rows: RosterRow[] }): JSX.Element {
  const flagged = rows.filter((row) => needsAttention(row.recency)).length;
  const evidence = rows.reduce((sum, row) => sum + row.evidenceCount, 0);
  const latest = rows.reduce<number | null>((max, row) => (row.recency.kind === 'never' ? max : Math.max(max ?? row.recency.day, row.recency.day)), null);
  return (
    <dl className="stats" aria-label="Roster summary">
      <div className="stat">
        <dt className="stat__label">Learners</dt>
        <dd className="stat__value">{formatCount(rows.length)}</dd>
      </div>
      <div className={flagged > 0 ? 'stat stat--flag' : 'stat'}>
        <dt className="stat__label">Not seen lately</dt>
        <dd className="stat__value">
          {formatCount(flagged)}
          <span className="stat__note">no evidence in {notSeenLatelyDays} days</span>
        </dd>
      </div>
      <div className="stat">
        <dt className="stat__label">Evidence</dt>
        <dd className="stat__value">{formatCount(evidence)}</dd>
      </div>
      <div className="stat">
        <dt className="stat__label">Latest evidence</dt>
        <dd className="stat__value stat__value--text">{latest === null ? '—' : formatCalendarDate(latest)}</dd>
      </div>
    </dl>
  );
}
