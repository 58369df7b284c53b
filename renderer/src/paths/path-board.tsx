import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef, type JSX, type KeyboardEvent } from 'react';
import type { LearnerReadiness, LearnerSteps, ProgressionStandard, StepBrief } from '../../../preload/contract/index.js';
import { learnerName } from '../format/learner-name.js';
import { columnGroups, standardLabel } from './board-model.js';
import { readinessClass, readinessWords } from './readiness-words.js';
import './path-board.css';

export type BoardCell = { row: number; col: number };

/** Sizes the virtualisers count with; path-board.css draws the same numbers. */
const learnerWidth = 220;
/** The "Now" and "Next" columns beside the name, when the class has paths. */
const stepWidth = 96;
const cellWidth = 72;
const rowHeight = 32;
const groupRowHeight = 26;
const codeRowHeight = 34;
const headerHeight = groupRowHeight + codeRowHeight;

/**
 * The path board: learners down, the class's tracked standards across (under their domains), each cell
 * coloured and marked by readiness. Both directions are virtualised, so 1,000 learners × 600 standards
 * renders only what is in view. One Tab stop: the arrows move the active cell (aria-activedescendant),
 * Enter or a click asks why the learner is where they are.
 */
export function PathBoard(props: {
  standards: readonly ProgressionStandard[];
  learners: readonly LearnerReadiness[];
  active: BoardCell | null;
  /** The column the "Ready for" filter names, drawn apart. */
  highlight: number | null;
  label: string;
  onActiveChange: (cell: BoardCell) => void;
  /** Opens the learner's own path (their name is a link; the explanation offers it to the keyboard). */
  onOpenLearner?: (learnerId: string) => void;
  onExplain: (cell: BoardCell) => void;
  /** Each learner's current and next step (by learner id); the two columns show when any learner has a path. */
  steps?: ReadonlyMap<string, LearnerSteps> | undefined;
}): JSX.Element {
  const { standards, learners, active } = props;
  const showSteps = props.steps !== undefined && props.steps.size > 0;
  // the frozen left part: the name, then the two step columns
  const frozen = learnerWidth + (showSteps ? 2 * stepWidth : 0);
  const id = useId();
  const scroll = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => columnGroups(standards), [standards]);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualisers are read during render only, never memoized
  const rows = useVirtualizer({
    count: learners.length,
    getScrollElement: () => scroll.current,
    estimateSize: () => rowHeight,
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
    overscan: 8,
    useFlushSync: false,
  });
  const columns = useVirtualizer({
    horizontal: true,
    count: standards.length,
    getScrollElement: () => scroll.current,
    estimateSize: () => cellWidth,
    paddingStart: frozen,
    scrollPaddingStart: frozen,
    overscan: 4,
    useFlushSync: false,
  });
  const virtualRows = rows.getVirtualItems();
  const virtualColumns = columns.getVirtualItems();
  const firstColumn = virtualColumns[0]?.index ?? 0;
  const lastColumn = virtualColumns.at(-1)?.index ?? -1;

  useEffect(() => {
    if (active === null) return;
    rows.scrollToIndex(active.row, { align: 'auto' });
    columns.scrollToIndex(active.col, { align: 'auto' });
  }, [active, rows, columns]);

  useEffect(() => {
    if (props.highlight !== null) columns.scrollToIndex(props.highlight, { align: 'center' });
  }, [props.highlight, columns]);

  const cellId = (row: number, col: number) => `${id}-${row}-${col}`;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (learners.length === 0 || standards.length === 0) return;
    const at = active ?? { row: 0, col: 0 };
    const page = Math.max(1, Math.floor(((scroll.current?.clientHeight ?? 400) - headerHeight) / rowHeight) - 1);
    const moves: Record<string, BoardCell> = {
      ArrowUp: { row: at.row - 1, col: at.col },
      ArrowDown: { row: at.row + 1, col: at.col },
      ArrowLeft: { row: at.row, col: at.col - 1 },
      ArrowRight: { row: at.row, col: at.col + 1 },
      PageUp: { row: at.row - page, col: at.col },
      PageDown: { row: at.row + page, col: at.col },
      Home: { row: at.row, col: 0 },
      End: { row: at.row, col: standards.length - 1 },
    };
    // the first key press picks the first cell; choosing one on focus would scroll under a click on its way
    const move = active === null ? (moves[event.key] ? { row: 0, col: 0 } : undefined) : moves[event.key];
    if (move) {
      event.preventDefault();
      props.onActiveChange({ row: clamp(move.row, learners.length), col: clamp(move.col, standards.length) });
    } else if ((event.key === 'Enter' || event.key === ' ') && active !== null) {
      event.preventDefault();
      props.onExplain(active);
    }
  }

  return (
    <div
      ref={scroll}
      className="path-board"
      role="grid"
      aria-label={props.label}
      aria-rowcount={learners.length + 2}
      aria-colcount={standards.length + 1}
      aria-readonly="true"
      aria-activedescendant={active !== null && learners[active.row] ? cellId(active.row, active.col) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      style={{ ['--path-board-frozen' as string]: `${frozen}px` }}
    >
      <div className="path-board__canvas" style={{ width: columns.getTotalSize(), height: rows.getTotalSize() }}>
        <div className="path-board__head">
          <div role="row" aria-rowindex={1} className="path-board__group-row">
            <div role="columnheader" className="path-board__corner">
              Learner
            </div>
            {groups
              .filter((group) => group.start <= lastColumn && group.start + group.count > firstColumn)
              .map((group) => (
                <div
                  key={group.start}
                  role="columnheader"
                  aria-colindex={group.start + 2}
                  aria-colspan={group.count}
                  className="path-board__group"
                  style={{ left: frozen + group.start * cellWidth, width: group.count * cellWidth }}
                >
                  <span className="path-board__group-label">{group.label}</span>
                </div>
              ))}
          </div>
          <div role="row" aria-rowindex={2} className="path-board__code-row">
            <div role="columnheader" className="path-board__corner path-board__corner--codes">
              {learners.length === 1 ? '1 learner' : `${learners.length} learners`}
            </div>
            {showSteps && (
              <>
                <div role="columnheader" className="path-board__step-head" style={{ left: learnerWidth }} title="The step each learner is on">
                  Now
                </div>
                <div role="columnheader" className="path-board__step-head" style={{ left: learnerWidth + stepWidth }} title="The step after it they could start">
                  Next
                </div>
              </>
            )}
            {virtualColumns.map((column) => {
              const standard = standards[column.index];
              if (!standard) return null;
              return (
                <div
                  key={column.key}
                  role="columnheader"
                  aria-colindex={column.index + 2}
                  title={standard.statement}
                  className={column.index === props.highlight ? 'path-board__code path-board__code--highlight' : 'path-board__code'}
                  style={{ left: column.start }}
                >
                  {standardLabel(standard)}
                </div>
              );
            })}
          </div>
        </div>
        {virtualRows.map((virtualRow) => {
          const learner = learners[virtualRow.index];
          if (!learner) return null;
          const name = learnerName(learner).display;
          return (
            <div key={learner.learnerId} role="row" aria-rowindex={virtualRow.index + 3} className="path-board__row" style={{ transform: `translateY(${virtualRow.start}px)` }}>
              <div role="rowheader" className="path-board__learner">
                {props.onOpenLearner ? (
                  // out of the Tab order: the board is one Tab stop, and the explanation's button opens the path by keyboard
                  <button type="button" tabIndex={-1} className="path-board__learner-link" title={`Open ${name}’s path`} onClick={() => props.onOpenLearner?.(learner.learnerId)}>
                    {name}
                  </button>
                ) : (
                  name
                )}
              </div>
              {showSteps && (
                <>
                  <StepCell learnerName={name} which="now" step={props.steps?.get(learner.learnerId)?.current ?? null} hasPath={props.steps?.has(learner.learnerId) === true} left={learnerWidth} />
                  <StepCell learnerName={name} which="next" step={props.steps?.get(learner.learnerId)?.next ?? null} hasPath={props.steps?.has(learner.learnerId) === true} left={learnerWidth + stepWidth} />
                </>
              )}
              {virtualColumns.map((column) => {
                const state = learner.states[column.index];
                const standard = standards[column.index];
                if (!state || !standard) return null;
                const isActive = active !== null && active.row === virtualRow.index && active.col === column.index;
                const names = [
                  'path-board__cell',
                  readinessClass(state),
                  isActive ? 'path-board__cell--active' : '',
                  column.index === props.highlight ? 'path-board__cell--highlight' : '',
                ].filter(Boolean);
                return (
                  <div
                    key={column.key}
                    id={cellId(virtualRow.index, column.index)}
                    role="gridcell"
                    aria-colindex={column.index + 2}
                    aria-selected={isActive}
                    aria-label={`${name}, ${standardLabel(standard)}: ${readinessWords[state].label}`}
                    className={names.join(' ')}
                    style={{ left: column.start }}
                    onClick={() => {
                      const cell = { row: virtualRow.index, col: column.index };
                      props.onActiveChange(cell);
                      props.onExplain(cell);
                    }}
                  >
                    <span aria-hidden="true">{readinessWords[state].mark}</span>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** One of a learner's two step cells: the standard's code, its statement on hover; a dash when there is none. */
function StepCell(props: { learnerName: string; which: 'now' | 'next'; step: StepBrief | null; hasPath: boolean; left: number }): JSX.Element {
  const { step } = props;
  const label = step ? standardLabel(step) : props.hasPath ? (props.which === 'now' ? 'nothing ready' : 'none') : 'no path';
  const working = step !== null && (step.status === 'working' || step.status === 'evidence_submitted');
  const said = step === null ? '' : working ? ` (${step.status === 'working' ? 'working' : 'evidence submitted'})` : ` (${readinessWords[step.readiness].label.toLowerCase()})`;
  return (
    <div
      role="gridcell"
      aria-label={`${props.learnerName}, ${props.which}: ${label}${said}`}
      title={step ? `${step.statement}${said}` : undefined}
      className={['path-board__step', step ? '' : 'path-board__step--none', working ? 'path-board__step--working' : ''].filter(Boolean).join(' ')}
      style={{ left: props.left }}
    >
      {step ? (
        <>
          {/* the same mark and colour as the standard's cell: how ready the learner is for it */}
          <span className={`path-board__step-mark ${readinessClass(step.readiness)}`} aria-hidden="true">
            {readinessWords[step.readiness].mark}
          </span>
          {standardLabel(step)}
        </>
      ) : (
        '—'
      )}
    </div>
  );
}

function clamp(value: number, count: number): number {
  return Math.min(count - 1, Math.max(0, value));
}
