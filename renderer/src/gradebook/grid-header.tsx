import type { Table } from '@tanstack/react-table';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { JSX } from 'react';
import type { GridRow } from '../../../preload/contract/index.js';
import { Icon } from '../ui/icon.js';
import type { DisplayColumn } from './grid-columns.js';
import { groupSpans } from './grid-columns.js';
import { gridGeometry } from './grid-geometry.js';
import { learnerColumnId } from './grid-rows.js';
import { shareText, shareTitle, type MasteredShare } from './mastered-share.js';
import './grid-header.css';

type Props = {
  table: Table<GridRow>;
  columns: readonly DisplayColumn[];
  virtualColumns: readonly VirtualItem[];
  leftPad: number;
  width: number;
  rollupLabel: string;
  /** The summary row: the share of the class that mastered each column shown (aligned with `columns`). */
  shares: readonly MasteredShare[];
  /** The column whose code the pointer is on (null when it leaves): its statement is written out above the grid. */
  onPointColumn: (index: number | null) => void;
};

function SortButton(props: { table: Table<GridRow>; id: string; label: JSX.Element | string; hint: string }): JSX.Element {
  const column = props.table.getColumn(props.id);
  const sorted = column?.getIsSorted() ?? false;
  return (
    <button type="button" tabIndex={-1} className="mgrid__sort" onClick={column?.getToggleSortingHandler()} title={props.hint}>
      <span className="mgrid__sort-label">{props.label}</span>
      {sorted && <Icon name={sorted === 'asc' ? 'sort-up' : 'sort-down'} className="mgrid__sort-icon" />}
    </button>
  );
}

function ariaSort(table: Table<GridRow>, id: string): 'ascending' | 'descending' | 'none' {
  const sorted = table.getColumn(id)?.getIsSorted() ?? false;
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
}

/**
 * Two header rows that stay on top: the group (cluster, or domain) over its standards, then each
 * standard's code — its statement is the tooltip and part of the header's accessible name. Clicking a
 * code sorts by it. Under them, the summary row: the share of the class that mastered each column. The
 * header buttons stay out of the Tab order: the grid is one Tab stop.
 */
export function GridHeader(props: Props): JSX.Element {
  const { table, columns, virtualColumns } = props;
  const first = virtualColumns[0]?.index ?? 0;
  const last = virtualColumns.at(-1)?.index ?? -1;
  return (
    <div role="rowgroup" className="mgrid__head" style={{ width: props.width }}>
      <div role="row" aria-rowindex={1} className="mgrid__row mgrid__row--groups">
        <div role="columnheader" aria-colindex={1} className="mgrid__corner mgrid__corner--top" />
        <div className="mgrid__pad" style={{ width: props.leftPad }} />
        {groupSpans(columns, first, last).map((span) => (
          <div
            key={`${span.group.id ?? 'none'}-${span.first}`}
            role="columnheader"
            aria-colindex={span.first + 2}
            aria-colspan={span.count}
            className="mgrid__group"
            style={{ width: span.count * gridGeometry.columnWidth }}
            title={span.group.statement}
          >
            <span className="mgrid__group-label">{span.group.code ?? span.group.statement}</span>
          </div>
        ))}
      </div>
      <div role="row" aria-rowindex={2} className="mgrid__row mgrid__row--codes">
        <div role="columnheader" aria-colindex={1} aria-sort={ariaSort(table, learnerColumnId)} className="mgrid__corner">
          <SortButton table={table} id={learnerColumnId} label="Learner" hint="Sort by family name" />
        </div>
        <div className="mgrid__pad" style={{ width: props.leftPad }} />
        {virtualColumns.map((item) => {
          const column = columns[item.index];
          if (!column) return null;
          const rollup = column.kind === 'rollup';
          const code = rollup ? (column.group.code ?? 'Group') : column.code;
          const statement = rollup ? `${props.rollupLabel} of ${column.group.statement}` : column.statement;
          const ownMethod = column.kind === 'standard' ? column.methodLabel : null;
          return (
            <div
              key={column.key}
              role="columnheader"
              aria-colindex={item.index + 2}
              aria-sort={ariaSort(table, column.key)}
              aria-label={rollup ? `Roll-up ${code}: ${statement}` : `${code}: ${statement}${ownMethod ? ` (own method: ${ownMethod})` : ''}`}
              className={rollup ? 'mgrid__code mgrid__code--rollup' : 'mgrid__code'}
              title={ownMethod ? `${statement}\nOwn method: ${ownMethod}` : statement}
              onMouseEnter={() => props.onPointColumn(item.index)}
              onMouseLeave={() => props.onPointColumn(null)}
            >
              {ownMethod && (
                <span className="mgrid__method-mark" title={`Own method: ${ownMethod}`} data-testid="own-method-mark" aria-hidden="true" />
              )}
              <SortButton
                table={table}
                id={column.key}
                hint={statement}
                label={
                  rollup ? (
                    <>
                      <span className="mgrid__rollup-mark" aria-hidden="true">
                        Σ
                      </span>
                      {code}
                    </>
                  ) : (
                    code
                  )
                }
              />
            </div>
          );
        })}
      </div>
      <div role="row" aria-rowindex={3} className="mgrid__row mgrid__row--summary" data-testid="mastered-row">
        <div role="rowheader" aria-colindex={1} className="mgrid__corner mgrid__summary-label" title="The share of the class at or above the mastery level of each column">
          Mastered
        </div>
        <div className="mgrid__pad" style={{ width: props.leftPad }} />
        {virtualColumns.map((item) => {
          const column = columns[item.index];
          const share = props.shares[item.index];
          if (!column || !share) return null;
          const what = column.kind === 'rollup' ? `the roll-up of ${column.group.code ?? column.group.statement}` : column.code;
          return (
            <div key={column.key} role="gridcell" aria-colindex={item.index + 2} className="mgrid__summary" title={shareTitle(share, what)}>
              {shareText(share)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
