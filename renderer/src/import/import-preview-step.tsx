import { useId, type JSX } from 'react';
import type { ImportPreviewResult } from '../../../preload/contract/index.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { plural } from '../format/plural.js';
import { useImportStore } from './import-store.js';
import { ImportCountsTable } from './import-counts-table.js';
import { issueTotalsText } from './import-issues.js';
import { ImportIssuesTable } from './import-issues-table.js';
import { kindLabels } from './import-summary.js';
import { Button } from '../ui/button.js';
import './import-preview.css';

/** Why Import is (or is not) possible, in one sentence beside the buttons. */
function verdict(preview: ImportPreviewResult): { tone: 'ok' | 'blocked' | 'same'; text: string } {
  const errors = preview.issueTotals.errors;
  if (preview.kind === null) {
    return { tone: 'blocked', text: 'Proficio cannot import this file: the problem is listed above. Back shows the kinds of file it accepts.' };
  }
  if (!preview.canCommit) {
    const why = `The file has ${plural(errors, 'error')}`;
    return {
      tone: 'blocked',
      text: preview.canImportValidRows
        ? `${why}, so it cannot be imported whole. Fix the rows listed and choose the file again, or import the valid rows and leave those out.`
        : `${why}, so nothing can be imported. Fix what is listed below and choose the file again.`,
    };
  }
  if (preview.changesNothing) return { tone: 'same', text: 'The gradebook already holds exactly what this file says: importing changes nothing.' };
  return { tone: 'ok', text: 'Nothing has been written yet. Import writes all of this in one step, or nothing at all.' };
}

/** Step 2: what the import would do, table by table, and every problem found, before anything is written. */
export function ImportPreviewStep({ preview }: { preview: ImportPreviewResult }): JSX.Element {
  const id = useId();
  const error = useImportStore((state) => state.error);
  const notice = useImportStore((state) => state.notice);
  const commit = useImportStore((state) => state.commit);
  const back = useImportStore((state) => state.back);
  const { tone, text } = verdict(preview);
  const shown = preview.issues.length;
  return (
    <>
      <div className="import-body">
        <dl className="import-facts">
          <div>
            <dt>File</dt>
            <dd className="import-facts__file">{preview.fileName}</dd>
          </div>
          <div>
            <dt>Kind</dt>
            <dd>{preview.kind === null ? 'Not recognised' : kindLabels[preview.kind]}</dd>
          </div>
          <div>
            <dt>Problems</dt>
            <dd>{issueTotalsText(preview.issueTotals, shown)}</dd>
          </div>
        </dl>
        {preview.kind !== null && (
          <section aria-labelledby={`${id}-counts`}>
            <h3 id={`${id}-counts`} className="import-section-title">
              What the import would do
            </h3>
            <ImportCountsTable summary={preview.summary} caption="What the import would do, per table" />
          </section>
        )}
        {shown > 0 && (
          <section aria-labelledby={`${id}-issues`} className="import-issues">
            <h3 id={`${id}-issues`} className="import-section-title">
              Problems found <span className="import-section-title__note">{issueTotalsText(preview.issueTotals, shown)}</span>
            </h3>
            <ImportIssuesTable issues={preview.issues} caption="Problems found in the file" />
          </section>
        )}
        {notice && (
          <p className="import-notice" role="status">
            {notice}
          </p>
        )}
        {error && <ErrorPanel error={error.toContractError()} compact />}
      </div>
      <div className="import-actions">
        <p id={`${id}-verdict`} className={`import-verdict import-verdict--${tone}`}>
          {text}
        </p>
        <Button onClick={back}>
          Back
        </Button>
        {preview.canImportValidRows && (
          <Button onClick={() => void commit(true)}>
            Import the valid rows
          </Button>
        )}
        <Button variant="primary" disabled={!preview.canCommit} aria-describedby={`${id}-verdict`} onClick={() => void commit(false)}>
          Import
        </Button>
      </div>
    </>
  );
}
