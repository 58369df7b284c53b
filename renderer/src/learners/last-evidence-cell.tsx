import type { JSX } from 'react';
import { notSeenLatelyDays } from './recency.js';
import type { RosterRow } from './roster-row.js';

/** When the learner was last assessed, and a quiet flag when that was too long ago or never. */
export function LastEvidenceCell({ row }: { row: RosterRow }): JSX.Element {
  const { recency, lastEvidenceText, lastEvidenceAgo } = row;
  return (
    <span className="last-evidence">
      {recency.kind === 'never' ? (
        <span className="last-evidence__none">No evidence yet</span>
      ) : (
        <>
          <time className="last-evidence__date" dateTime={row.lastEvidenceOn ?? undefined}>
            {lastEvidenceText}
          </time>
          <span className="last-evidence__ago">{lastEvidenceAgo}</span>
        </>
      )}
      {recency.kind !== 'recent' && (
        <span className="flag" title={`No evidence in the last ${notSeenLatelyDays} days`}>
          <span className="flag__dot" aria-hidden="true" />
          Not seen lately
        </span>
      )}
    </span>
  );
}
