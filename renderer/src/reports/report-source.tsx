import { useEffect, type JSX } from 'react';
import { create } from 'zustand';
import type { CoachFile } from '../../../preload/contract/reports.js';
import { call } from '../bridge/call.js';
import { asContractError } from '../bridge/contract-failure.js';
import { plural } from '../format/plural.js';
import { Button } from '../ui/button.js';
import { Segmented } from '../ui/segmented.js';

/**
 * Where the Reports section reads from. Each kind is one case here, in this file only, so another kind
 * (the school hub, issue 14) is one more case: a member of `ReportSourceKind`, a `ReportSource` case,
 * a Segmented option and how it is chosen and closed.
 * - `this`: the gradebook open in this window (the teacher's own);
 * - `files`: teachers' gradebook files a coach chose, which main opened READ-ONLY and names by ids;
 * - `hub`: the school hub (issue 14), read with a coach's hub login (hub-source-store.ts, hub-reports.tsx).
 */
export type ReportSourceKind = 'this' | 'files' | 'hub';
export type ReportSource = { kind: 'this' } | { kind: 'files'; files: readonly CoachFile[] } | { kind: 'hub' };

type ReportSourceState = {
  source: ReportSource;
  /** Main's dialog is open (or the files are being opened). */
  choosing: boolean;
  /** Why the last choice did not go through, in the teacher's words; null when it did. */
  problem: string | null;
  /** Asks main to show its file dialog; the files it opens read-only become the source. */
  chooseFiles(): Promise<void>;
  /** Back to this gradebook: the teachers' files are closed. */
  readThisGradebook(): Promise<void>;
  /** The school hub becomes the source (its sign-in shows first); teachers' files open are closed. */
  readSchoolHub(): Promise<void>;
  /**
   * Once per page load: the teachers' files main still has open (the page was reloaded while a coach
   * read them) become the source again, so they are never open without the page showing them.
   */
  showFilesStillOpen(): Promise<void>;
};

let askedWhatIsOpen = false;

export const useReportSourceStore = create<ReportSourceState>()((set, get) => ({
  source: { kind: 'this' },
  choosing: false,
  problem: null,
  async chooseFiles() {
    if (get().choosing) return;
    set({ choosing: true, problem: null });
    try {
      const answer = await call('reports:chooseFiles', {});
      if (answer.files.length > 0) set({ source: { kind: 'files', files: answer.files } });
      else if (!answer.chosen) set({ problem: 'No files were chosen. Choose the gradebook files your teachers sent to report on them together.' });
    } catch (error: unknown) {
      set({ problem: `Those files could not be opened: ${asContractError(error).message} Nothing in them was changed.` });
    } finally {
      set({ choosing: false });
    }
  },
  async showFilesStillOpen() {
    if (askedWhatIsOpen) return;
    askedWhatIsOpen = true;
    try {
      const answer = await call('reports:openFiles', {});
      if (answer.files.length > 0 && get().source.kind === 'this') set({ source: { kind: 'files', files: answer.files } });
    } catch (error: unknown) {
      set({ problem: `Could not ask which teachers’ files are still open: ${asContractError(error).message} Choose them again to report on them.` });
    }
  },
  async readSchoolHub() {
    const was = get().source;
    set({ source: { kind: 'hub' }, problem: null });
    if (was.kind === 'files') await closeFiles(set);
  },
  async readThisGradebook() {
    const was = get().source;
    set({ source: { kind: 'this' }, problem: null });
    if (was.kind === 'files') await closeFiles(set);
  },
}));

/** Closes the teachers' files main opened, when another source is chosen. */
async function closeFiles(set: (state: Partial<ReportSourceState>) => void): Promise<void> {
  try {
    await call('reports:closeFiles', {});
  } catch (error: unknown) {
    // the files were only read; a close that failed leaves nothing changed, so say it and go on
    set({ problem: `The teachers’ files could not be closed just now: ${asContractError(error).message}` });
  }
}

/** The section's "Source" choice (in the header), and what is happening while files are chosen. */
export function ReportSourceChoice(): JSX.Element {
  const { source, choosing, problem, chooseFiles, readThisGradebook, readSchoolHub, showFilesStillOpen } = useReportSourceStore();
  useEffect(() => {
    void showFilesStillOpen();
  }, [showFilesStillOpen]);
  const pick = (kind: ReportSourceKind): void => {
    switch (kind) {
      case 'this':
        void readThisGradebook();
        return;
      case 'files':
        void chooseFiles();
        return;
      case 'hub':
        void readSchoolHub();
        return;
    }
  };
  return (
    <div className="report-source">
      <span className="report-source__label" aria-hidden="true">
        Source
      </span>
      <Segmented<ReportSourceKind>
        label="Source"
        value={source.kind}
        onChange={pick}
        options={[
          { value: 'this', label: 'This gradebook' },
          { value: 'files', label: 'Teachers’ files', title: 'Several teachers’ gradebook files, opened for reading only' },
          { value: 'hub', label: 'School hub', title: 'The gradebooks teachers published to the school’s hub, read with your coach’s login' },
        ]}
      />
      <p className="report-source__status" role="status">
        {choosing && 'Waiting for the files to be chosen and opened…'}
      </p>
      {problem !== null && (
        <p className="report-exports__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** Which teachers' files are open (read-only), and how to change or close them. */
export function ReportSourceFiles({ files }: { files: readonly CoachFile[] }): JSX.Element {
  const { choosing, chooseFiles, readThisGradebook } = useReportSourceStore();
  return (
    <p className="report-source__files" aria-live="polite">
      Reading {plural(files.length, 'teacher’s file', 'teachers’ files')}, for reading only (nothing in them changes): {files.map((file) => file.fileName).join(', ')}.{' '}
      <Button small onClick={() => void chooseFiles()} disabled={choosing}>
        Choose other files…
      </Button>{' '}
      <Button small variant="quiet" onClick={() => void readThisGradebook()}>
        Close these files
      </Button>
    </p>
  );
}

/** "rivera.proficio (Ms Rivera’s gradebook)": the file's name, which tells teachers' files apart, and its title. */
export function fileWords(file: CoachFile): string {
  return file.title === null || file.title === '' ? file.fileName : `${file.fileName} (${file.title})`;
}
