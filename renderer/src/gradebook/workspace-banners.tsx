import type { JSX } from 'react';
import { formatIsoDate } from '../format/calendar-date.js';
import { Button } from '../ui/button.js';
import type { Notice, PreviewState } from './grid-store.js';

/** The gradebook shown as of a past day: entry is off until the teacher goes back to today. */
export function AsOfBanner(props: { asOf: string; onBack: () => void }): JSX.Element {
  return (
    <div className="banner" role="status">
      <span>
        Showing the gradebook as of <strong>{formatIsoDate(props.asOf)}</strong>. Entry is off while you look at the past.
      </span>
      <Button small onClick={props.onBack}>
        Back to today
      </Button>
    </div>
  );
}

/** A what-if of another method, in the grid: how many cells change and how mastery moves. */
export function PreviewBanner(props: { preview: PreviewState; onEnd: () => void }): JSX.Element {
  const { result } = props.preview;
  return (
    <div className="banner banner--preview" role="status">
      <span>
        Preview of {result.methodLabel}: {result.changes.length} cells would change; mastered {result.masteredBefore} → {result.masteredAfter}.
      </span>
      <Button small onClick={props.onEnd}>
        End preview
      </Button>
    </div>
  );
}

/** The grid's last word (what was entered, what was refused), announced; an error as an alert. */
export function GridNotice(props: { notice: Notice | null }): JSX.Element {
  const error = props.notice?.tone === 'error';
  return (
    <p className={error ? 'notice notice--error' : 'notice'} role={error ? 'alert' : 'status'} aria-live="polite">
      {props.notice?.text ?? ''}
    </p>
  );
}
