import type { VirtualItem } from '@tanstack/react-virtual';
import { memo, type JSX, type ReactNode } from 'react';
import type { GridRow } from '../../../preload/contract/index.js';
import type { PreviewState } from './grid-store.js';
import { GridCellView } from './grid-cell.js';
import type { DisplayColumn } from './grid-columns.js';
import { cellKey } from '../../../preload/contract/shared.js';
import { columnValue } from './grid-rows.js';
import { paletteIndex, scaleOfColumn, type GridScales, type ScaleInGrid } from './grid-scales.js';
import type { EnteredScores } from './entered-scores.js';
import { levelText, preciseLevel, type LevelStyle } from './level-display.js';
import { describeLevel, formatLevel } from './level-scale.js';
import { headerRows } from './grid-geometry.js';
import { formatRoute } from '../session/hash-route.js';
import { useNavigationStore } from '../session/navigation-store.js';
import './grid-row.css';

type Props = {
  row: GridRow;
  name: string;
  /** What tells this learner from a classmate of the same name (learner-labels.ts), when one shares it. */
  namesake: string | undefined;
  /** aria-rowindex: the three header rows come first. */
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
  levelStyle: LevelStyle;
  /** Entry for an assessment: its standards' cells show the scores entered, the current level below. */
  entered: EnteredScores | null;
};

type CellLook = { text: string; band: number | null; mastered: boolean; secondary: string | null; hint: string | null };

/** A level as the grid writes it, on its scale's colour, with the precise value on hover. */
function levelLook(level: number | null, onScale: ScaleInGrid, style: LevelStyle): CellLook {
  return {
    text: levelText(level, onScale.scale, style),
    band: level === null ? null : paletteIndex(level, onScale),
    mastered: level !== null && level >= onScale.scale.masteryThreshold,
    secondary: null,
    hint: preciseLevel(level, onScale.scale, style),
  };
}

/** A score entered for the assessment (as typed), and — quieter — the level it leads to now. */
function enteredLook(score: number | null | undefined, level: number | null, onScale: ScaleInGrid, style: LevelStyle): CellLook {
  const { scale } = onScale;
  const now = level === null ? null : levelText(level, scale, style);
  const entered = score === undefined ? 'Nothing entered for this assessment' : score === null ? 'Entered without a level' : `Entered ${describeLevel(score, scale)}`;
  return {
    text: score === undefined || score === null ? '' : formatLevel(score),
    band: score === undefined || score === null ? null : paletteIndex(score, onScale),
    mastered: score !== undefined && score !== null && score >= scale.masteryThreshold,
    secondary: now === null ? null : `now ${now}`,
    hint: `${entered}; current level ${describeLevel(level, scale)}`,
  };
}

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
      data-row={props.ariaRowIndex - headerRows - 1}
      data-learner-id={row.learnerId}
      className={activeCol === null ? 'mgrid__row' : 'mgrid__row is-active-row'}
      style={{ transform: `translateY(${props.top}px)`, width: props.width }}
    >
      <div role="rowheader" aria-colindex={1} className="mgrid__learner" title={props.namesake ? `${props.name} (${props.namesake})` : props.name}>
        {/* the name opens the learner's profile; out of the Tab order, which belongs to the grid (the header's "Find a learner…" is the keyboard way) */}
        <a className="mgrid__learner-name" href={formatRoute({ view: 'learners', classId: useNavigationStore.getState().classId, itemId: row.learnerId })} tabIndex={-1}>
          {props.name}
        </a>
        {props.namesake && <span className="mgrid__learner-hint">{props.namesake}</span>}
      </div>
      <div className="mgrid__pad" style={{ width: props.leftPad }} />
      {props.virtualColumns.map((item) => {
        const column = columns[item.index];
        if (!column) return null;
        const index = column.kind === 'standard' ? column.sourceIndex : -1;
        const level = columnValue(row, column);
        const onScale = scaleOfColumn(scales, column);
        const active = activeCol === item.index;
        const key = column.kind === 'standard' ? cellKey(row.learnerId, column.standardId) : null;
        const change = key === null ? undefined : preview?.byCell.get(key);
        const look =
          key !== null && props.entered ? enteredLook(props.entered.byCell.get(key), level, onScale, props.levelStyle) : levelLook(level, onScale, props.levelStyle);
        return (
          <GridCellView
            key={column.key}
            id={active ? props.activeId : undefined}
            colIndex={item.index + 2}
            text={look.text}
            band={look.band}
            mastered={look.mastered}
            secondary={look.secondary}
            hint={look.hint}
            awaiting={row.cells.awaitingFeedback[index] ?? 0}
            overrideReason={row.cells.overrides[index]?.reason ?? null}
            rollup={column.kind === 'rollup'}
            active={active}
            change={change}
            changeText={change ? levelText(change.after, onScale.scale, props.levelStyle) : ''}
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
