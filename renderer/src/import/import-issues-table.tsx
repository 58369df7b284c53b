import type { JSX } from 'react';
import type { ImportIssueView } from '../../../preload/contract/index.js';
import { issueProblem } from './issue-problem.js';
import { shortFileName, sortIssues } from './import-issues.js';
import { Badge } from '../ui/badge.js';
import './import-tables.css';

/** The problems found, errors first, each placed the way a spreadsheet shows it: file, row, column. */
export function ImportIssuesTable({ issues, caption }: { issues: readonly ImportIssueView[]; caption: string }): JSX.Element {
  return (
    <div className="import-issues__scroll">
      <table className="import-table import-issues__table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">File</th>
            <th scope="col" className="cell--numeric">
              Row
            </th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
            <th scope="col">Found</th>
            <th scope="col">Expected</th>
          </tr>
        </thead>
        <tbody>
          {sortIssues(issues).map((issue, index) => (
            <tr key={index} className={`import-issue import-issue--${issue.severity}`}>
              <td>
                <Badge tone={issue.severity === 'error' ? 'danger' : 'flag'}>{issue.severity === 'error' ? 'Error' : 'Warning'}</Badge>
              </td>
              <td className="import-issue__file" title={issue.file}>
                {shortFileName(issue.file)}
              </td>
              <td className="cell--numeric">{issue.row ?? '—'}</td>
              <td>{issue.column ? <code>{issue.column}</code> : '—'}</td>
              <td className="import-issue__problem">{issueProblem(issue)}</td>
              <td className="import-issue__value">{issue.value === undefined ? '—' : <code>{issue.value === '' ? '(empty)' : issue.value}</code>}</td>
              <td className="import-issue__expected">{issue.expected}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
