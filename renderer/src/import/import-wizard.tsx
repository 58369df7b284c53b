import { useEffect, useId, useRef, type JSX } from 'react';
import { currentBridge } from '../bridge/current-bridge.js';
import { useImportStore } from '../stores/import-store.js';
import { assertNever } from '../util/assert-never.js';
import { ImportChooseStep } from './import-choose-step.js';
import { ImportPreviewStep } from './import-preview-step.js';
import { ImportProgressStep } from './import-progress-step.js';
import { ImportReadingStep } from './import-reading-step.js';
import { ImportReportStep } from './import-report-step.js';
import { ImportSteps } from './import-steps.js';
import '../styles/import.css';

/**
 * File → Import…: a modal <dialog> (the browser keeps focus inside it and makes the page behind
 * inert). Escape closes it except while the import runs — the commit holds the gradebook until it ends.
 */
export function ImportWizard(): JSX.Element | null {
  const open = useImportStore((state) => state.open);
  return open ? <ImportDialog /> : null;
}

function ImportDialog(): JSX.Element {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const step = useImportStore((state) => state.step);
  const choice = useImportStore((state) => state.choice);
  const preview = useImportStore((state) => state.preview);
  const report = useImportStore((state) => state.report);
  const close = useImportStore((state) => state.close);
  const setProgress = useImportStore((state) => state.setProgress);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // subscribed while the dialog is open, so the event stream is connected before a commit starts
    return currentBridge().events.on('import:progress', setProgress);
  }, [setProgress]);

  useEffect(() => {
    // each step is a new page of the dialog: start reading (and tabbing) at its top
    if (step !== 'choose') title.current?.focus();
  }, [step]);

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby={`${id}-title`}
      aria-busy={step === 'previewing' || step === 'importing'}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <div className="import-dialog__head">
        <h2 id={`${id}-title`} ref={title} tabIndex={-1} className="import-dialog__title">
          Import standards or a roster
        </h2>
        <ImportSteps step={step} />
        <button type="button" className="icon-button import-dialog__close" aria-label="Close" disabled={step === 'importing'} onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {body()}
    </dialog>
  );

  function body(): JSX.Element {
    switch (step) {
      case 'choose':
        return <ImportChooseStep />;
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
