import { useRef, useState, type JSX } from 'react';
import type { ReportFile, ReportFormat } from '../../../preload/contract/reports.js';
import { call } from '../bridge/call.js';
import { asContractError } from '../bridge/contract-failure.js';
import { downloadBase64 } from '../ui/download.js';
import { Button } from '../ui/button.js';
import { isStoppedExport } from './export-progress.js';
import { useExportPercent } from './use-export-progress.js';

type ExportChoice = { format: ReportFormat; label: string; what: string };

/** The exports a teacher or coach asks for, in the order they are most used, named as people know them. */
const exportChoices: ExportChoice[] = [
  { format: 'xlsx', label: 'Excel (XLSX)', what: 'the Excel workbook' },
  { format: 'csv', label: 'CSV tables (zip)', what: 'the CSV tables' },
  { format: 'pdf', label: 'PDF', what: 'the PDF' },
  { format: 'levels', label: 'Levels CSV', what: 'the levels CSV' },
  { format: 'oneroster', label: 'OneRoster results', what: 'the OneRoster results' },
];

/** A coach's scripts read the numbers as JSON (the same file `proficio report --format json` writes). */
const jsonChoice: ExportChoice = { format: 'json', label: 'JSON (numbers)', what: 'the JSON file' };

type ExportState =
  | { status: 'idle' }
  | { status: 'busy'; what: string }
  | { status: 'done'; fileName: string }
  | { status: 'stopped'; what: string }
  | { status: 'failed'; what: string; message: string };

/**
 * The report's exports, each made by the gradebook (`reports:export` for the teacher's class,
 * `reports:coachExport` for teachers' files) for the filters on screen and saved through the browser's
 * download. While it works the bar says how far it has got ("Preparing the PDF… 40%") and offers Stop
 * (`reports:cancel`): a stopped export makes no file. One at a time.
 */
export function ExportButtons({ exportFile, label = 'Export', withJson = false }: { exportFile: (format: ReportFormat) => Promise<ReportFile>; label?: string; withJson?: boolean }): JSX.Element {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const running = useRef(false);

  async function exportAs(format: ReportFormat, what: string): Promise<void> {
    if (running.current) return;
    running.current = true;
    setState({ status: 'busy', what });
    try {
      const file = await exportFile(format);
      downloadBase64(file.fileName, file.base64, file.mimeType);
      setState({ status: 'done', fileName: file.fileName });
    } catch (error: unknown) {
      const failure = asContractError(error);
      setState(isStoppedExport(failure) ? { status: 'stopped', what } : { status: 'failed', what, message: failure.message });
    } finally {
      running.current = false;
    }
  }

  const busy = state.status === 'busy';
  const percent = useExportPercent(busy);
  return (
    <div className="report-exports" role="group" aria-label={label === 'Export' ? 'Export this report' : label} aria-busy={busy}>
      <span className="report-exports__label">{label}</span>
      {(withJson ? [...exportChoices, jsonChoice] : exportChoices).map((choice) => (
        <Button key={choice.format} small disabled={busy} onClick={() => void exportAs(choice.format, choice.what)}>
          {choice.label}
        </Button>
      ))}
      <span className="report-exports__status" role="status">
        {state.status === 'busy' && (
          <>
            <span className="spinner" aria-hidden="true" /> Preparing {state.what}… {percent}%
          </>
        )}
        {state.status === 'done' && <>Saved {state.fileName} to your downloads.</>}
        {state.status === 'stopped' && <>Stopped: {state.what} was not made. Choose an export to start again.</>}
      </span>
      {busy && (
        <Button small onClick={() => void call('reports:cancel', {})}>
          Stop
        </Button>
      )}
      {state.status === 'failed' && (
        <p className="report-exports__problem" role="alert">
          {`Could not make ${state.what}: ${state.message}`} Try again, or change the filters.
        </p>
      )}
    </div>
  );
}
