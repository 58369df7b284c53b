import { useId, type JSX } from 'react';
import type { ImportProgress } from '../../../preload/contract.js';
import { useImportStore } from '../stores/import-store.js';

const phaseLabels = { reading: 'Reading the file', planning: 'Comparing with the gradebook', writing: 'Writing' } as const satisfies Record<ImportProgress['phase'], string>;

function progressText(progress: ImportProgress | null): string {
  if (!progress) return 'Starting the import…';
  const phase = phaseLabels[progress.phase];
  return progress.total > 0 ? `${phase}: ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')}` : `${phase}…`;
}

/** Step 3: the commit runs in one transaction; progress comes as `import:progress` events, Cancel rolls it all back. */
export function ImportProgressStep({ fileName }: { fileName: string }): JSX.Element {
  const id = useId();
  const progress = useImportStore((state) => state.progress);
  const cancelling = useImportStore((state) => state.cancelling);
  const cancel = useImportStore((state) => state.cancel);
  const text = progressText(progress);
  const determinate = progress !== null && progress.total > 0;
  return (
    <>
      <div className="import-body import-progress">
        <p className="import-lead">
          Importing <strong>{fileName}</strong>. The gradebook is busy until this finishes.
        </p>
        <progress
          id={`${id}-bar`}
          className="import-progress__bar"
          aria-labelledby={`${id}-text`}
          {...(determinate ? { max: progress.total, value: progress.done } : {})}
        />
        <p id={`${id}-text`} className="import-progress__text" aria-live="polite">
          {cancelling ? 'Cancelling: nothing will be written…' : text}
        </p>
      </div>
      <div className="import-actions">
        <button type="button" className="button" disabled={cancelling} onClick={() => void cancel()}>
          Cancel import
        </button>
      </div>
    </>
  );
}
