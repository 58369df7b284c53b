import type { JSX } from 'react';
import type { ImportTableCounts } from '../../../preload/contract/index.js';
import { shownColumns, summaryRows } from './import-summary.js';
import './import-tables.css';
import { formatCount } from '../format/numbers.js';

/** Per table of the gradebook: how many rows the import adds, updates, leaves, retires, skips. */
export function ImportCountsTable({ summary, caption }: { summary: Record<string, ImportTableCounts>; caption: string }): JSX.Element {
  const rows = summaryRows(summary);
  const columns = shownColumns(rows);
  if (rows.length === 0) return <p className="import-muted">The file holds nothing to add or change.</p>;
  return (
    <table className="import-table import-counts">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          {columns.map((column) => (
            <th key={column.name} scope="col" className="cell--numeric">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.table} data-table={row.table}>
            <th scope="row">{row.label}</th>
            {columns.map((column) => {
              const value = row.counts[column.name];
              return (
                <td key={column.name} data-count={column.name} className={value === 0 ? 'cell--numeric is-zero' : `cell--numeric is-${column.name}`}>
                  {formatCount(value)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
