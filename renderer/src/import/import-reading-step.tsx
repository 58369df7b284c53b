import type { JSX } from 'react';
import { useImportStore } from './import-store.js';
import { ImportProgressBar, progressText } from './import-progress-bar.js';
import { Button } from '../ui/button.js';

/**
 * While the file is read and compared with the gradebook (nothing is written yet): how far along it
 * is, and a way to stop waiting — the answer, when it comes, is then set aside.
 */
export function ImportReadingStep({ choice }: { choice: string }): JSX.Element {
  const progress = useImportStore((state) => state.progress);
  const back = useImportStore((state) => state.back);
  return (
    <>
      <div className="import-body import-progress">
        <p className="import-lead">
          Reading <strong>{choice}</strong> and comparing it with the gradebook. Nothing is written until you confirm.
        </p>
        <ImportProgressBar progress={progress} text={progressText(progress, 'Opening the file…')} />
      </div>
      <div className="import-actions">
        <Button onClick={back}>
          Stop
        </Button>
      </div>
    </>
  );
}
