import type { VirtualItem } from '@tanstack/react-virtual';
import { memo, type JSX, type ReactNode } from 'react';
import type { GridRow } from '../../../preload/contract/index.js';
import type { PreviewState } from './grid-store.js';
import { GridCellView } from './grid-cell.js';
import type { DisplayColumn } from './grid-columns.js';
import { cellKey } from '../../../preload/contract/shared.js';
import { columnValue } from './grid-rows.js';
import { paletteIndex, scaleOfColumn, type GridScales } from './grid-scales.js';
import './grid-row.css';

type Props = {
  row: GridRow;
  name: string;
  /** aria-rowindex: the two header rows come first. */
  ariaRowIndex: number;
  top: number;
  width: number;
  columns: readonly DisplayColumn[];
  virtualColumns: readonly VirtualItem[];
  leftPad: number;
  /** Each column's scale: its cells' colours and mastery threshold. */
  scales: GridScales;
  /** The active column when the active cell is in this row, else null. */
  activeCol: number | null;
  activeId: string;
  describedBy: string;
  editor: ReactNode;
  preview: PreviewState | null;
  highlightAwaiting: boolean;
};

/**
 * One learner's row: the sticky name, then only the columns in view. Memoised: scrolling down re-renders
 * only the rows that come into view; a changed cell re-renders only its row.
 */
export const GridRowView = memo(function GridRowView(props: Props): JSX.Element {
  const { row, columns, scales, activeCol, preview } = props;
  return (
    <div
      role="row"
      aria-rowindex={props.ariaRowIndex}
      data-row={props.ariaRowIndex - 3}
      data-learner-id={row.learnerId}
      className={activeCol === null ? 'mgrid__row' : 'mgrid__row is-active-row'}
      style={{ transform: `translateY(${props.top}px)`, width: props.width }}
    >
      <div role="rowheader" aria-colindex={1} className="mgrid__learner" title={props.name}>
        <span className="mgrid__learner-name">{props.name}</span>
      </div>
      <div className="mgrid__pad" style={{ width: props.leftPad }} />
      {props.virtualColumns.map((item) => {
        const column = columns[item.index];
        if (!column) return null;
        const index = column.kind === 'standard' ? column.sourceIndex : -1;
        const level = columnValue(row, column);
        const onScale = scaleOfColumn(scales, column);
        const active = activeCol === item.index;
        const change = column.kind === 'standard' ? preview?.byCell.get(cellKey(row.learnerId, column.standardId)) : undefined;
        return (
          <GridCellView
            key={column.key}
            id={active ? props.activeId : undefined}
            colIndex={item.index + 2}
            level={level}
            band={level === null ? null : paletteIndex(level, onScale)}
            mastered={level !== null && level >= onScale.scale.masteryThreshold}
            awaiting={row.cells.awaitingFeedback[index] ?? 0}
            overrideReason={row.cells.overrides[index]?.reason ?? null}
            rollup={column.kind === 'rollup'}
            active={active}
            change={change}
            highlightAwaiting={props.highlightAwaiting}
            describedBy={active ? props.describedBy : undefined}
          >
            {active ? props.editor : undefined}
          </GridCellView>
        );
      })}
    </div>
  );
});
