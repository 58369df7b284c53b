import type { JSX } from 'react';
import { useImportStore } from './import-store.js';
import { ImportProgressBar, progressText } from './import-progress-bar.js';
import { Button } from '../ui/button.js';

/** Step 3: the commit runs in one transaction; progress comes as `import:progress` events, Cancel rolls it all back. */
export function ImportProgressStep({ fileName }: { fileName: string }): JSX.Element {
  const progress = useImportStore((state) => state.progress);
  const cancelling = useImportStore((state) => state.cancelling);
  const cancel = useImportStore((state) => state.cancel);
  return (
    <>
      <div className="import-body import-progress">
        <p className="import-lead">
          Importing <strong>{fileName}</strong>. The gradebook is busy until this finishes.
        </p>
        <ImportProgressBar progress={progress} text={cancelling ? 'Cancelling: nothing will be written…' : progressText(progress, 'Starting the import…')} />
      </div>
      <div className="import-actions">
        <Button disabled={cancelling} onClick={() => void cancel()}>
          Cancel import
        </Button>
      </div>
    </>
  );
}
