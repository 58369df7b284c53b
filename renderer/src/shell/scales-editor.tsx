import type { JSX } from 'react';
import { useGridStore } from '../gradebook/grid-store.js';
import { ScalesDialog } from '../scales/scales-dialog.js';
import { useDialogStore } from '../session/dialog-store.js';

/**
 * The scales editor wherever it opens from (the gradebook's ⋯ menu, the Standards header): the open
 * gradebook's class scale is shown first and its scales are marked as used. The shell joins the two
 * sections here so neither imports the other; after a save the gradebook reads its grid again on the
 * gradebook's change event.
 */
export function ScalesEditor(): JSX.Element | null {
  const open = useDialogStore((state) => state.open.includes('scales'));
  const closeDialog = useDialogStore((state) => state.closeDialog);
  const classScaleId = useGridStore((state) => state.grid?.scale.id ?? null);
  const gridScales = useGridStore((state) => state.grid?.scales);
  if (!open) return null;
  return <ScalesDialog initialScaleId={classScaleId} usedScaleIds={(gridScales ?? []).map((scale) => scale.id)} onClose={() => closeDialog('scales')} />;
}
