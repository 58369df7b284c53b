import { create } from 'zustand';
import type { ImportCommitResult, ImportPreviewResult, ImportProgress, RequestOf } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure, type ContractFailure } from '../bridge/contract-failure.js';
import type { ImportFile } from '../import/file-to-base64.js';
import { refreshAfterImport } from './refresh-after-change.js';

export type ImportStep = 'choose' | 'previewing' | 'preview' | 'importing' | 'report';
export type ImportOptionsInput = NonNullable<RequestOf<'import:preview'>['options']>;

type ImportState = {
  open: boolean;
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

/** The File → Import… wizard: choose, preview, import, report. One import at a time, as the gradebook keeps one preview. */
export const useImportStore = create<ImportState>()((set, get) => ({
  open: false,
  ...fresh,
  openWizard: () => {
    ticket++;
    set({ open: true, ...fresh });
  },
  close: () => {
    // the commit holds the gradebook until it ends; Cancel is the way out
    if (get().step === 'importing') return;
    // with no import running, import:cancel lets the gradebook drop the preview it keeps for us
    if (get().preview) void call('import:cancel', {}).catch(() => undefined);
    ticket++;
    set({ open: false, ...fresh });
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
      set({ step: 'report', report, cancelling: false });
      await refreshAfterImport(report.kind, report.frameworkId);
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
