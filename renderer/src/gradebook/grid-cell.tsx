import { memo, type JSX, type ReactNode } from 'react';
import { Chip } from '../ui/chip.js';
import { formatLevel } from './level-scale.js';
import './grid-cell.css';

// Plain values rather than one "look" object: a memoised cell whose level did not change must compare
// equal, so scrolling sideways re-renders only the cells that come into view.
type Props = {
  id: string | undefined;
  colIndex: number;
  level: number | null;
  /** The grid's colour index of the scale level the value falls in (grid-scales.ts); null without a level. */
  band: number | null;
  mastered: boolean;
  /** Pieces of evidence still awaiting feedback (0 for a roll-up). */
  awaiting: number;
  /** The teacher's reason when an override decides the level. */
  overrideReason: string | null;
  rollup: boolean;
  active: boolean;
  /** Cell is in the what-if preview: its level before → after. */
  change: { before: number | null; after: number | null } | undefined;
  highlightAwaiting: boolean;
  describedBy: string | undefined;
  children?: ReactNode;
};

function className(props: Props): string {
  const { rollup, active, change, highlightAwaiting } = props;
  const names = ['mcell'];
  if (rollup) names.push('mcell--rollup');
  if (active) names.push('is-active');
  if (change) names.push('is-changing');
  if (props.overrideReason !== null) names.push('has-override');
  if (highlightAwaiting && props.awaiting > 0) names.push('is-awaiting');
  return names.join(' ');
}

function title(props: Props): string | undefined {
  const parts: string[] = [];
  if (props.change) parts.push(`What if: ${formatLevel(props.change.before) || 'none'} → ${formatLevel(props.change.after) || 'none'}`);
  if (props.overrideReason !== null) parts.push(`Set by the teacher: ${props.overrideReason}`);
  if (props.awaiting > 0) parts.push(`${props.awaiting} awaiting feedback`);
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/**
 * One cell: the level on a chip in its scale level's colour, a tick and bold type when mastered (so
 * mastery does not rest on colour alone), a corner mark for a teacher's override and a dot for
 * evidence awaiting feedback. No state of its own: everything arrives in props. The marks are hidden
 * from assistive technology; the active cell's description says all of it in words.
 */
export const GridCellView = memo(function GridCellView(props: Props): JSX.Element {
  const { level, children } = props;
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
          {level !== null && (
            <Chip text={formatLevel(level)} band={props.band} mastered={props.mastered} />
          )}
          {props.change && (
            <span className="mcell__after" aria-hidden="true">
              {formatLevel(props.change.after) || '–'}
            </span>
          )}
          {props.awaiting > 0 && <span className="mcell__dot" aria-hidden="true" />}
        </>
      )}
    </div>
  );
});
