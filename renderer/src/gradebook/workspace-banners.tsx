import type { JSX } from 'react';
import type { MasteryProgress } from '../../../preload/contract/index.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { formatCount } from '../format/numbers.js';
import { plural } from '../format/plural.js';
import { Button } from '../ui/button.js';
import { useGridStore, type Notice, type PreviewState } from './grid-store.js';
import { progressLabel, workLabel } from './work-progress.js';
import './work-progress.css';

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
        Preview of {result.methodLabel}: {plural(result.changes.length, 'cell')} would change; mastered {formatCount(result.masteredBefore)} → {formatCount(result.masteredAfter)}.
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

/** The bar and its sentence, with Cancel: the teacher can always stop a long read. */
function WorkProgress(props: { progress: MasteryProgress; onCancel: () => void; cancelLabel?: string }): JSX.Element {
  const label = progressLabel(props.progress);
  return (
    <div className="work-progress">
      <span className="work-progress__text" aria-hidden="true">
        {label}
      </span>
      <progress className="work-progress__bar" aria-label={label} max={Math.max(1, props.progress.total)} value={props.progress.done} />
      <Button small onClick={props.onCancel}>
        {props.cancelLabel ?? 'Cancel'}
      </Button>
    </div>
  );
}

/**
 * While a class's gradebook opens: nothing for a small class (it opens first); for a big one, how far
 * reading (or computing) its levels has got, with Cancel. Stopped: say so, and offer to open it again.
 */
export function GridOpening(props: { classId: string }): JSX.Element {
  const status = useGridStore((state) => (state.classId === props.classId ? state.status : 'idle'));
  const progress = useGridStore((state) => (state.classId === props.classId && state.status === 'loading' ? state.progress : null));
  const store = useGridStore.getState;
  if (status === 'stopped') {
    return (
      <div className="loading-state work-progress" role="status">
        <span>You stopped opening this gradebook. Nothing in it changed.</span>
        <Button small onClick={() => void store().load(props.classId, { force: true })}>
          Open it again
        </Button>
      </div>
    );
  }
  const stop = () => void store().stopWork();
  // the state fades in late (CSS): a small class opens before any of this shows
  return (
    <div className="loading-state work-progress" role="status" aria-live="polite" aria-label="Opening the gradebook">
      {progress ? (
        <WorkProgress progress={progress} onCancel={stop} />
      ) : (
        <>
          <span className="spinner" aria-hidden="true" />
          <span>Loading the gradebook…</span>
          <Button small onClick={stop}>
            Cancel
          </Button>
        </>
      )}
    </div>
  );
}

/**
 * Long work on the class shown (200,000 cells take a while): a preview of another method, or the grid
 * as of another date. How far it has got, and Cancel.
 */
export function WorkBanner(props: { previewShownElsewhere: boolean }): JSX.Element | null {
  const progress = useGridStore((state) => state.progress);
  // the rest of a big class: its own banner says how far, beside what is shown meanwhile
  const rest = useGridStore((state) => state.rest);
  if (!progress || (props.previewShownElsewhere && progress.work === 'previewing') || (rest === 'reading' && progress.work !== 'previewing')) return null;
  return (
    <div className="banner banner--preview work-banner" role="status" aria-label={workLabel(progress)}>
      <WorkProgress progress={progress} onCancel={() => void useGridStore.getState().stopWork()} />
    </div>
  );
}

/**
 * A preview being computed, where the teacher asked for it (the method popover, which would cover a
 * banner): how far, and Stop — not "Cancel", which there closes the popover.
 */
export function PreviewProgress(): JSX.Element | null {
  const progress = useGridStore((state) => (state.progress?.work === 'previewing' ? state.progress : null));
  if (!progress) return null;
  return (
    <div className="work-banner" role="status" aria-label={workLabel(progress)}>
      <WorkProgress progress={progress} onCancel={() => void useGridStore.getState().stopWork()} cancelLabel="Stop" />
    </div>
  );
}

/**
 * A big class shows its first learners while the others load: how many are shown, how far the rest
 * has got (with Cancel); stopped, the offer to load them after all.
 */
export function RestBanner(props: { shown: number; more: number }): JSX.Element | null {
  const rest = useGridStore((state) => state.rest);
  const progress = useGridStore((state) => (state.rest === 'reading' && state.progress?.work !== 'previewing' ? state.progress : null));
  const store = useGridStore.getState;
  const shown = `Showing the first ${formatCount(props.shown)} of ${plural(props.shown + props.more, 'learner')}`;
  if (rest === 'stopped') {
    return (
      <div className="banner" role="status">
        <span>{shown}. You stopped loading the others.</span>
        <Button small onClick={() => void store().loadRest()}>
          Load all learners
        </Button>
      </div>
    );
  }
  return (
    <div className="banner banner--preview work-banner" role="status" aria-label={`${shown}; loading the others`}>
      <span>{shown}; loading the others…</span>
      {progress ? (
        <WorkProgress progress={progress} onCancel={() => void store().stopWork()} />
      ) : (
        <Button small onClick={() => void store().stopWork()}>
          Cancel
        </Button>
      )}
    </div>
  );
}
