import { useState, type JSX } from 'react';
import { refreshAfterScaleSave } from '../stores/refresh-after-change.js';
import { useGridStore } from '../stores/grid-store.js';
import { ScalesDialog } from './scales-dialog.js';

/**
 * The scales editor wherever it opens from: the open class's scale is shown first, and after a save
 * the open gradebook reads its grid again, because labels, colours and the mastery threshold all
 * change what it shows.
 */
export function ScalesEditor(props: { onClose: () => void }): JSX.Element {
  const classScaleId = useGridStore((state) => state.grid?.scale.id ?? null);
  const gridScales = useGridStore((state) => state.grid?.scales);
  return (
    <ScalesDialog
      initialScaleId={classScaleId}
      usedScaleIds={(gridScales ?? []).map((scale) => scale.id)}
      onSaved={() => refreshAfterScaleSave()}
      onClose={props.onClose}
    />
  );
}

/** "Scales…" in a view's header (the gradebook has it in its toolbar's overflow menu). */
export function ScalesButton(): JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Scales…
      </button>
      {open && <ScalesEditor onClose={() => setOpen(false)} />}
    </>
  );
}
