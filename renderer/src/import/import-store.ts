import { create } from 'zustand';
import type { ImportCommitResult, ImportPreviewResult, ImportProgress, RequestOf } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure, type ContractFailure } from '../bridge/contract-failure.js';
import { useDialogStore } from '../session/dialog-store.js';
import type { ImportFile } from './file-to-base64.js';

export type ImportStep = 'choose' | 'previewing' | 'preview' | 'importing' | 'report';
export type ImportOptionsInput = NonNullable<RequestOf<'import:preview'>['options']>;

type ImportState = {
  step: ImportStep;
  /** What was chosen, as the choose step names it ("Ordering.json", "roster (6 files)"). */
  choice: string;
  preview: ImportPreviewResult | null;
  progress: ImportProgress | null;
  report: ImportCommitResult | null;
  /** The last refusal, shown on the step it happened in. */
  error: ContractFailure | null;
  /** A calm sentence for what is not an error (a cancelled import). */
  notice: string | null;
  cancelling: boolean;
  /** Opens the wizard at its first step (Import… anywhere, or File → Import… in the desktop menu). */
  openWizard(): void;
  close(): void;
  /** Sends the chosen files for a preview: nothing is written yet. */
  previewFiles(choice: string, files: ImportFile[], options: ImportOptionsInput): Promise<void>;
  back(): void;
  commit(validRowsOnly: boolean): Promise<void>;
  cancel(): Promise<void>;
  setProgress(progress: ImportProgress): void;
};

const fresh = { step: 'choose', choice: '', preview: null, progress: null, report: null, error: null, notice: null, cancelling: false } as const;

// a slow preview of a file the teacher has since replaced (or closed) must not land on screen
let ticket = 0;

/**
 * The File → Import… wizard: choose, preview, import, report. One import at a time, as the gradebook
 * keeps one preview. Whether it is open is the dialog store's (any section may open it); what it holds is here.
 */
export const useImportStore = create<ImportState>()((set, get) => ({
  ...fresh,
  openWizard: () => {
    ticket++;
    set({ ...fresh });
    useDialogStore.getState().openDialog('import');
  },
  close: () => {
    // the commit holds the gradebook until it ends; Cancel is the way out
    if (get().step === 'importing') return;
    // with no import running, import:cancel lets the gradebook drop the preview it keeps for us
    if (get().preview) void call('import:cancel', {}).catch(() => undefined);
    ticket++;
    set({ ...fresh });
    useDialogStore.getState().closeDialog('import');
  },
  async previewFiles(choice, files, options) {
    const mine = ++ticket;
    set({ step: 'previewing', choice, error: null, notice: null, preview: null, progress: null });
    try {
      const preview = await call('import:preview', { source: { kind: 'files', files }, ...(Object.keys(options).length > 0 ? { options } : {}) });
      if (mine === ticket) set({ step: 'preview', preview, progress: null });
      // the teacher stopped waiting (Back or close): the gradebook need not keep this preview
      else void call('import:cancel', {}).catch(() => undefined);
    } catch (error) {
      if (mine === ticket) set({ step: 'choose', error: asContractFailure(error) });
    }
  },
  back: () => {
    ticket++;
    set({ ...fresh });
  },
  async commit(validRowsOnly) {
    const preview = get().preview;
    if (!preview) return;
    set({ step: 'importing', error: null, notice: null, cancelling: false, progress: null });
    try {
      const report = await call('import:commit', { previewId: preview.previewId, ...(validRowsOnly ? { validRowsOnly: true } : {}) });
      // what the import changed is read again by each store when the gradebook says so (gradebook:changed)
      set({ step: 'report', report, cancelling: false });
    } catch (error) {
      const failure = asContractFailure(error);
      // the gradebook rolled back and keeps the preview, so the teacher can simply try again
      if (failure.details['reason'] === 'cancelled') set({ step: 'preview', notice: failure.message, cancelling: false });
      else set({ step: 'preview', error: failure, cancelling: false });
    }
  },
  async cancel() {
    if (get().step !== 'importing') return;
    set({ cancelling: true });
    try {
      await call('import:cancel', {});
    } catch (error) {
      set({ error: asContractFailure(error), cancelling: false });
    }
  },
  setProgress: (progress) => {
    // reading while previewing, writing while importing
    if (get().step === 'importing' || get().step === 'previewing') set({ progress });
  },
}));
