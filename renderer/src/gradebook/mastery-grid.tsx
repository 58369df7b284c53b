import { getCoreRowModel, useReactTable, type ColumnDef, type OnChangeFn, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, type JSX, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { GridRow, MasteryGrid } from '../../../preload/contract/index.js';
import { learnerName } from '../format/learner-name.js';
import type { PreviewState } from './grid-store.js';
import { CellEditor } from './cell-editor.js';
import { describeCell } from './cell-description.js';
import { cellAt } from './grid-cells.js';
import { scaleOfColumn, type GridScales } from './grid-scales.js';
import type { DisplayColumn } from './grid-columns.js';
import { gridGeometry, headerHeight, headerRows } from './grid-geometry.js';
import type { EnteredScores } from './entered-scores.js';
import type { LevelStyle } from './level-display.js';
import { namesakeHints } from './learner-labels.js';
import { masteredShares } from './mastered-share.js';
import { GridHeader } from './grid-header.js';
import { gridCommand, type GridCommand } from './grid-keys.js';
import { moveCell, type CellPosition, type MoveCommand } from './grid-navigation.js';
import { cellKey } from '../../../preload/contract/shared.js';
import { GridRowView } from './grid-row.js';
import { columnValue, learnerColumnId } from './grid-rows.js';
import { rollupInfo } from './method-options.js';
import { formatLevel } from './level-scale.js';
import './mastery-grid.css';

export type GridMode = 'view' | 'entry';
export type EditState = { initial: string; attempt: number };

type Props = {
  grid: MasteryGrid;
  scales: GridScales;
  /** Rows in display order. */
  rows: readonly GridRow[];
  columns: readonly DisplayColumn[];
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  mode: GridMode;
  active: CellPosition;
  onActiveChange: (next: CellPosition) => void;
  editing: EditState | null;
  /** Keys the grid does not handle itself: typing, removing, undo/redo, explaining, closing. */
  onCommand: (command: GridCommand) => void;
  onCommit: (text: string, move: MoveCommand | null) => void;
  onCancelEdit: () => void;
  onPaste: (text: string) => void;
  onExplain: (at: CellPosition) => void;
  preview: PreviewState | null;
  highlightAwaiting: boolean;
  label: string;
  gridRef: RefObject<HTMLDivElement | null>;
  /** A write is on its way: the levels shown may be about to change. */
  busy: boolean;
  levelStyle: LevelStyle;
  onPointColumn: (index: number | null) => void;
  /** Entry for an assessment: the scores entered for it, shown instead of the levels. */
  entered: EnteredScores | null;
};

/**
 * The gradebook grid: learners down, standards across, both virtualised so a class of 1,000 learners
 * by 200 standards renders only the cells in view. One Tab stop (the grid itself) holds focus; the
 * active cell is its aria-activedescendant, so moving around never has to move DOM focus into cells
 * that virtualisation may have removed.
 */
export function MasteryGridTable(props: Props): JSX.Element {
  const { grid, rows, columns, active, mode, editing } = props;
  const id = useId();
  const activeId = `${id}-active`;
  const descriptionId = `${id}-description`;
  const scrollRef = props.gridRef;

  const columnDefs = useMemo<ColumnDef<GridRow>[]>(
    () => [
      { id: learnerColumnId, accessorFn: (row) => row.familyName, sortDescFirst: false },
      ...columns.map((column): ColumnDef<GridRow> => ({ id: column.key, accessorFn: (row) => columnValue(row, column), sortDescFirst: false })),
    ],
    [columns],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the table object is read during render only, never memoized
  const table = useReactTable({
    data: rows as GridRow[],
    columns: columnDefs,
    state: { sorting: props.sorting },
    onSortingChange: props.onSortingChange,
    // the rows arrive in order (grid-rows.ts): the order is kept while levels change during entry
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    getRowId: (row) => row.learnerId,
    getCoreRowModel: getCoreRowModel(),
  });
  const tableRows = table.getRowModel().rows;
  // the share of the class: only once the whole class is in (a big one shows its first learners first)
  const shares = useMemo(() => (grid.moreLearners ? [] : masteredShares(rows, columns, props.scales)), [grid.moreLearners, rows, columns, props.scales]);
  const namesakes = useMemo(() => namesakeHints(rows), [rows]);

  const rowVirtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => gridGeometry.rowHeight,
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
    overscan: 8,
    useFlushSync: false,
  });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => gridGeometry.columnWidth,
    paddingStart: gridGeometry.learnerWidth,
    scrollPaddingStart: gridGeometry.learnerWidth,
    overscan: 4,
    useFlushSync: false,
  });
  const virtualRows = rowVirtualizer.getVirtualItems();
  const virtualColumns = columnVirtualizer.getVirtualItems();
  const totalWidth = columnVirtualizer.getTotalSize();
  const totalHeight = rowVirtualizer.getTotalSize();
  const leftPad = (virtualColumns[0]?.start ?? gridGeometry.learnerWidth) - gridGeometry.learnerWidth;

  // keep the active cell in view as it moves (keyboard or mouse)
  useEffect(() => {
    if (rows.length === 0 || columns.length === 0) return;
    rowVirtualizer.scrollToIndex(active.row, { align: 'auto' });
    columnVirtualizer.scrollToIndex(active.col, { align: 'auto' });
  }, [active.row, active.col, rows.length, columns.length, rowVirtualizer, columnVirtualizer]);

  const activeRow = rows[active.row];
  const activeColumn = columns[active.col];
  const activeScale = activeColumn ? scaleOfColumn(props.scales, activeColumn).scale : grid.scale;
  const enteredScore =
    props.entered && activeRow && activeColumn?.kind === 'standard' ? props.entered.byCell.get(cellKey(activeRow.learnerId, activeColumn.standardId)) : undefined;
  const description =
    (props.entered && activeColumn?.kind === 'standard'
      ? enteredScore === undefined || enteredScore === null
        ? 'Nothing entered for this assessment; '
        : `Entered ${formatLevel(enteredScore)} for this assessment; `
      : '') +
    (activeRow && activeColumn
      ? describeCell(
          learnerName(activeRow).display,
          activeColumn,
          {
            cell: activeColumn.kind === 'standard' ? cellAt(activeRow, activeColumn.sourceIndex, activeScale.masteryThreshold) : null,
            level: columnValue(activeRow, activeColumn),
          },
          activeScale,
          activeColumn.kind === 'standard' ? props.preview?.byCell.get(cellKey(activeRow.learnerId, activeColumn.standardId)) : undefined,
        )
      : '');

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.target !== event.currentTarget) return;
    const command = gridCommand(event, mode);
    if (!command) return;
    event.preventDefault();
    if (command.kind === 'navigate') {
      const pageRows = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - headerHeight) / gridGeometry.rowHeight) - 1);
      props.onActiveChange(moveCell(active, command.move, { rows: rows.length, cols: columns.length, pageRows }));
    } else {
      props.onCommand(command);
    }
  }

  function positionOf(event: MouseEvent<HTMLDivElement>): CellPosition | null {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-col]');
    const row = cell?.closest<HTMLElement>('[data-row]');
    if (!cell || !row) return null;
    return { row: Number(row.dataset['row']), col: Number(cell.dataset['col']) };
  }

  const editor =
    editing && activeRow && activeColumn ? (
      <CellEditor
        key={editing.attempt}
        initial={editing.initial}
        label={`Level for ${learnerName(activeRow).display} on ${activeColumn.kind === 'standard' ? activeColumn.code : 'the roll-up'}`}
        onCommit={props.onCommit}
        onCancel={props.onCancelEdit}
      />
    ) : null;

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={props.label}
      aria-rowcount={rows.length + headerRows}
      aria-colcount={columns.length + 1}
      aria-activedescendant={activeRow && activeColumn && !editing ? activeId : undefined}
      aria-readonly={mode === 'view'}
      aria-busy={props.busy}
      tabIndex={0}
      className={mode === 'entry' ? 'mgrid mgrid--entry' : 'mgrid'}
      onKeyDown={onKeyDown}
      onMouseDown={(event) => {
        const at = positionOf(event);
        if (!at) return;
        props.onActiveChange(at);
        if (!editing) {
          // keep focus on the grid (not the clicked cell) so the keyboard keeps working
          event.preventDefault();
          scrollRef.current?.focus({ preventScroll: true });
        }
      }}
      onDoubleClick={(event) => {
        const at = positionOf(event);
        if (at) props.onExplain(at);
      }}
      onPaste={(event) => {
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        props.onPaste(event.clipboardData.getData('text/plain'));
      }}
    >
      <div className="mgrid__canvas" style={{ width: totalWidth, height: totalHeight }}>
        <GridHeader table={table} columns={columns} virtualColumns={virtualColumns} leftPad={leftPad} width={totalWidth} rollupLabel={`Roll-up (${rollupInfo[grid.rollupMethod].label.toLowerCase()})`}
          shares={shares}
          onPointColumn={props.onPointColumn}
        />
        {virtualRows.map((item) => {
          const row = tableRows[item.index]?.original;
          if (!row) return null;
          const isActive = item.index === active.row;
          return (
            <GridRowView
              key={row.learnerId}
              row={row}
              name={learnerName(row).display}
              namesake={namesakes.get(row.learnerId)}
              ariaRowIndex={item.index + headerRows + 1}
              top={item.start}
              width={totalWidth}
              columns={columns}
              virtualColumns={virtualColumns}
              leftPad={leftPad}
              scales={props.scales}
              activeCol={isActive ? active.col : null}
              activeId={activeId}
              describedBy={descriptionId}
              editor={isActive ? editor : null}
              preview={props.preview}
              highlightAwaiting={props.highlightAwaiting}
              levelStyle={props.levelStyle}
              entered={props.entered}
            />
          );
        })}
      </div>
      <div id={descriptionId} className="visually-hidden">
        {description}
      </div>
    </div>
  );
}
