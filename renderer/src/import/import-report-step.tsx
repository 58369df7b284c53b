import { useId, type JSX } from 'react';
import type { ImportCommitResult } from '../../../preload/contract/index.js';
import { plural } from '../format/plural.js';
import { useImportStore } from './import-store.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { ImportCountsTable } from './import-counts-table.js';
import { ImportIssuesTable } from './import-issues-table.js';
import { reportLines } from './import-summary.js';
import { Button } from '../ui/button.js';
import './import-report.css';
import { formatCount } from '../format/numbers.js';

/** Step 4: what was written, and the rows "import the valid rows" left out. */
export function ImportReportStep({ report }: { report: ImportCommitResult }): JSX.Element {
  const id = useId();
  const close = useImportStore((state) => state.close);
  const back = useImportStore((state) => state.back);
  const navigate = useNavigationStore((state) => state.navigate);
  const changes = reportLines(report.summary, ['added', 'updated', 'retired', 'deactivated', 'removed']);
  const isFramework = report.kind === 'case' || report.kind === 'case-csv' || report.kind === 'standards-csv';
  return (
    <>
      <div className="import-body">
        <div className={report.importRunId === null ? 'import-outcome' : 'import-outcome import-outcome--done'} role="status">
          <p className="import-outcome__title">{report.importRunId === null ? 'Nothing needed to change' : `Imported ${report.fileName}`}</p>
          {changes.length > 0 ? (
            <ul className="import-outcome__lines">
              {changes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p>The gradebook already held exactly what {report.fileName} says.</p>
          )}
        </div>
        <section aria-labelledby={`${id}-counts`}>
          <h3 id={`${id}-counts`} className="import-section-title">
            Table by table
          </h3>
          <ImportCountsTable summary={report.summary} caption="What the import did, per table" />
        </section>
        {report.skippedTotal > 0 && (
          <section aria-labelledby={`${id}-skipped`} className="import-issues">
            <h3 id={`${id}-skipped`} className="import-section-title">
              Rows left out{' '}
              <span className="import-section-title__note">
                {plural(report.skippedTotal, 'row')}
                {report.skipped.length < report.skippedTotal ? `; showing the first ${formatCount(report.skipped.length)}` : ''}
              </span>
            </h3>
            <ImportIssuesTable issues={report.skipped} caption="Rows left out of the import" />
          </section>
        )}
      </div>
      <div className="import-actions">
        <Button onClick={back}>
          Import another file
        </Button>
        {isFramework && (
          <Button
            onClick={() => {
              navigate('standards');
              close();
            }}
          >
            Browse the standards
          </Button>
        )}
        <Button variant="primary" onClick={close}>
          Done
        </Button>
      </div>
    </>
  );
}
