import type { JSX } from 'react';
import type { ContractError } from '../../../preload/contract/index.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { plural } from '../format/plural.js';
import { Button } from '../ui/button.js';
import './tracking-bar.css';
import { formatCount } from '../format/numbers.js';

export type TrackingSummary = {
  classTitle: string;
  inFramework: number;
  elsewhere: number;
  added: number;
  removed: number;
  saving: boolean;
  saved: string | null;
  error: ContractError | null;
};

/** Which standards the chosen class tracks, what is unsaved, and Save (all or nothing). */
export function TrackingBar(props: { summary: TrackingSummary; onSave: () => void; onDiscard: () => void }): JSX.Element {
  const { summary } = props;
  const dirty = summary.added + summary.removed > 0;
  return (
    <div className={dirty ? 'tracking-bar is-dirty' : 'tracking-bar'}>
      <div className="tracking-bar__text">
        <p className="tracking-bar__title">Tracked by {summary.classTitle}</p>
        <p className="tracking-bar__counts">
          {plural(summary.inFramework, 'standard')} of this framework
          {summary.elsewhere > 0 ? `, ${formatCount(summary.elsewhere)} in other frameworks` : ''}
          {dirty && (
            <span className="tracking-bar__changes">
              {' · unsaved: '}
              {[summary.added > 0 && `${summary.added} to add`, summary.removed > 0 && `${summary.removed} to remove`].filter(Boolean).join(', ')}
            </span>
          )}
        </p>
      </div>
      <p className="tracking-bar__saved" role="status">
        {summary.saved}
      </p>
      <div className="tracking-bar__actions">
        {dirty && (
          <Button disabled={summary.saving} onClick={props.onDiscard}>
            Undo changes
          </Button>
        )}
        <Button variant="primary" disabled={!dirty || summary.saving} onClick={props.onSave}>
          {summary.saving ? 'Saving…' : 'Save'}
        </Button>
      </div>
      {summary.error && (
        <div className="tracking-bar__error">
          <ErrorPanel error={summary.error} compact />
        </div>
      )}
    </div>
  );
}
