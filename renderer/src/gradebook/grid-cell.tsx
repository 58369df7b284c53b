import { memo, type JSX, type ReactNode } from 'react';
import { Chip } from '../ui/chip.js';
import { formatLevel } from './level-scale.js';
import './grid-cell.css';

// Plain values rather than one "look" object: a memoised cell whose level did not change must compare
// equal, so scrolling sideways re-renders only the cells that come into view.
type Props = {
  id: string | undefined;
  colIndex: number;
  /** What the chip says: the level as the grid writes it (level-display.ts) or the score entered; '' for none. */
  text: string;
  /** The grid's colour index of the scale level the value falls in (grid-scales.ts); null without a value. */
  band: number | null;
  mastered: boolean;
  /** A small second line under the chip: the current level while Entry shows an assessment's scores. */
  secondary: string | null;
  /** The first line of the tooltip: the precise level, or what was entered and the level it leads to. */
  hint: string | null;
  /** Pieces of evidence still awaiting feedback (0 for a roll-up). */
  awaiting: number;
  /** The teacher's reason when an override decides the level. */
  overrideReason: string | null;
  rollup: boolean;
  active: boolean;
  /** Cell is in the what-if preview: its level before → after. */
  change: { before: number | null; after: number | null } | undefined;
  /** The previewed level as the grid writes it (level-display.ts); '' for none. */
  changeText: string;
  highlightAwaiting: boolean;
  describedBy: string | undefined;
  children?: ReactNode;
};

function className(props: Props): string {
  const { rollup, active, change, highlightAwaiting } = props;
  const names = ['mcell'];
  if (rollup) names.push('mcell--rollup');
  // the editor takes the whole cell while the teacher types
  if (props.secondary !== null && props.children === undefined) names.push('has-secondary');
  if (active) names.push('is-active');
  if (change) names.push('is-changing');
  if (props.overrideReason !== null) names.push('has-override');
  if (highlightAwaiting && props.awaiting > 0) names.push('is-awaiting');
  return names.join(' ');
}

function title(props: Props): string | undefined {
  const parts: string[] = [];
  if (props.hint) parts.push(props.hint);
  if (props.change) parts.push(`What if: ${formatLevel(props.change.before) || 'none'} → ${formatLevel(props.change.after) || 'none'}`);
  if (props.overrideReason !== null) parts.push(`Set by the teacher: ${props.overrideReason}`);
  if (props.highlightAwaiting && props.awaiting > 0) parts.push(`${props.awaiting} awaiting feedback`);
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/**
 * One cell: the level on a chip in its scale level's colour, a tick and bold type when mastered (so
 * mastery does not rest on colour alone), a corner mark for a teacher's override and — only when the
 * teacher asks for it — a dot for evidence awaiting feedback (nearly every cell of a busy class has
 * some, so an always-on dot says nothing). No state of its own: everything arrives in props. The marks are hidden
 * from assistive technology; the active cell's description says all of it in words.
 */
export const GridCellView = memo(function GridCellView(props: Props): JSX.Element {
  const { text, children } = props;
  return (
    <div
      role="gridcell"
      id={props.id}
      aria-colindex={props.colIndex}
      aria-selected={props.active}
      aria-describedby={props.describedBy}
      data-col={props.colIndex - 2}
      className={className(props)}
      title={title(props)}
    >
      {children ?? (
        <>
          {text !== '' && <Chip text={text} band={props.band} mastered={props.mastered} />}
          {props.secondary !== null && (
            <span className="mcell__now" aria-hidden="true">
              {props.secondary}
            </span>
          )}
          {props.change && (
            <span className="mcell__after" aria-hidden="true">
              {props.changeText || '–'}
            </span>
          )}
          {props.highlightAwaiting && props.awaiting > 0 && <span className="mcell__dot" aria-hidden="true" />}
        </>
      )}
    </div>
  );
});
