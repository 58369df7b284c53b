import type { Header } from '@tanstack/react-table';
import type { JSX, ReactNode } from 'react';
import { Icon } from './icon.js';

/**
 * A column header that sorts on click or Enter/Space (it is a real button), and tells assistive
 * technology the current order through aria-sort on the header cell.
 */
export function SortHeader<Row>(props: { header: Header<Row, unknown>; label: ReactNode; hint: string; numeric?: boolean }): JSX.Element {
  const { header, label, hint, numeric = false } = props;
  const sorted = header.column.getIsSorted();
  return (
    <th
      scope="col"
      className={numeric ? 'cell--numeric' : undefined}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
    >
      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()} title={hint}>
        <span>{label}</span>
        <Icon name={sorted === 'asc' ? 'sort-up' : sorted === 'desc' ? 'sort-down' : 'sort-none'} className={sorted ? 'sort-icon sort-icon--active' : 'sort-icon'} />
      </button>
    </th>
  );
}
