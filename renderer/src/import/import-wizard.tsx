import { useEffect, useId, useRef, useState, type JSX } from 'react';
import { currentBridge } from '../bridge/current-bridge.js';
import { useDialogStore } from '../session/dialog-store.js';
import { Dialog } from '../ui/dialog.js';
import { IconButton } from '../ui/button.js';
import { useImportStore, type ImportStep } from './import-store.js';
import { assertNever } from '../../../preload/contract/shared.js';
import { ImportChooseStep } from './import-choose-step.js';
import { ImportPreviewStep } from './import-preview-step.js';
import { ImportProgressStep } from './import-progress-step.js';
import { ImportReadingStep } from './import-reading-step.js';
import { ImportReportStep } from './import-report-step.js';
import { ImportSteps } from './import-steps.js';
import { PrerequisiteMapImport } from './prerequisite-map-import.js';
import './import-wizard.css';

/**
 * File → Import…: a modal <dialog> (the browser keeps focus inside it and makes the page behind
 * inert). Escape closes it except while the import runs — the commit holds the gradebook until it ends.
 */
export function ImportWizard(): JSX.Element | null {
  const open = useDialogStore((state) => state.open.includes('import'));
  return open ? <ImportDialog /> : null;
}

function ImportDialog(): JSX.Element {
  const id = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const step = useImportStore((state) => state.step);
  const choice = useImportStore((state) => state.choice);
  const preview = useImportStore((state) => state.preview);
  const report = useImportStore((state) => state.report);
  const close = useImportStore((state) => state.close);
  const setProgress = useImportStore((state) => state.setProgress);
  // a prerequisite map has its own short flow (prerequisite-map-import.tsx), beside the store's files flow
  const [mapStep, setMapStep] = useState<ImportStep | null>(null);
  const shownStep = mapStep ?? step;

  useEffect(
    // subscribed while the dialog is open, so the event stream is connected before a commit starts
    () => currentBridge().events.on('import:progress', setProgress),
    [setProgress],
  );

  useEffect(() => {
    // each step is a new page of the dialog: start reading (and tabbing) at its top
    if (shownStep !== 'choose') title.current?.focus();
  }, [shownStep]);

  return (
    <Dialog className="import-dialog" labelledBy={`${id}-title`} busy={shownStep === 'previewing' || shownStep === 'importing'} onClose={close}>
      <div className="import-dialog__head">
        <h2 id={`${id}-title`} ref={title} tabIndex={-1} className="dialog__title">
          {mapStep === null ? 'Import standards or a roster' : 'Import a prerequisite map'}
        </h2>
        <ImportSteps step={shownStep} />
        <IconButton label="Close" className="import-dialog__close" disabled={shownStep === 'importing'} onClick={close}>
          ×
        </IconButton>
      </div>
      {body()}
    </Dialog>
  );

  function body(): JSX.Element {
    if (mapStep !== null) return <PrerequisiteMapImport step={mapStep} onStep={setMapStep} onBack={() => setMapStep(null)} onClose={close} />;
    switch (step) {
      case 'choose':
        return <ImportChooseStep onPrerequisiteMap={() => setMapStep('choose')} />;
      case 'previewing':
        return <ImportReadingStep choice={choice} />;
      case 'preview':
        return preview ? <ImportPreviewStep preview={preview} /> : <ImportChooseStep />;
      case 'importing':
        return <ImportProgressStep fileName={preview?.fileName ?? choice} />;
      case 'report':
        return report ? <ImportReportStep report={report} /> : <ImportChooseStep />;
      default:
        return assertNever(step);
    }
  }
}
