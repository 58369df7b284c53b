import type { JSX } from 'react';
import { shortCode } from '../../../preload/contract/index.js';
import { HighlightedText } from './highlighted-text.js';
import type { TreeNode } from './standards-tree-model.js';
import { TrackedCheckbox } from './tracked-checkbox.js';
import type { CheckState } from './tracked-selection.js';
import { Badge } from '../ui/badge.js';

export type RowTracking = { state: CheckState; label: string; disabled: boolean; onToggle: () => void };

/** "KG", "05", "09" → "K", "5", "9"; a run of grades reads as a range. */
export function gradesText(levels: readonly string[]): string {
  const short = levels.map((level) => (/^\d+$/.test(level) ? String(Number(level)) : level === 'KG' ? 'K' : level));
  return short.length > 2 ? `${short[0] ?? ''}–${short.at(-1) ?? ''}` : short.join(', ');
}

/** A long code (H.A.MATH.GM.PF.2DFP.L1.13) may break after its dots, never inside a part. */
function CodeText({ code }: { code: string }): JSX.Element {
  const parts = code.split(/(?<=\.)/);
  return (
    <>
      {parts.map((part, index) => (
        <span key={index}>
          {part}
          {index < parts.length - 1 && <wbr />}
        </span>
      ))}
    </>
  );
}

/** One standard as a tree item: code, statement, type, grades, and the class's "Tracked" box. */
export function StandardRow(props: {
  rowId: string;
  node: TreeNode;
  expanded: boolean;
  focused: boolean;
  match: boolean;
  revealed: boolean;
  query: string;
  tracking: RowTracking | null;
  onFocus: () => void;
  onToggleExpanded: () => void;
}): JSX.Element {
  const { node, rowId, query } = props;
  const { standard } = node;
  const hasChildren = node.childIds.length > 0;
  const classes = ['standard-row', standard.retired && 'is-retired', props.match && 'is-match', props.revealed && 'is-revealed', hasChildren && 'has-children']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      id={rowId}
      role="treeitem"
      className={classes}
      aria-level={node.depth + 1}
      aria-posinset={node.position}
      aria-setsize={node.siblings}
      aria-expanded={hasChildren ? props.expanded : undefined}
      aria-selected={props.focused}
      aria-labelledby={`${rowId}-code ${rowId}-statement`}
      aria-describedby={`${rowId}-meta`}
      tabIndex={props.focused ? 0 : -1}
      data-standard-id={standard.id}
      onClick={props.onFocus}
    >
      <span className="standard-row__lead">
        {hasChildren ? (
          // the mouse's way to open a node; the keyboard uses the arrows, so it is not a second tab stop
          <span
            className={props.expanded ? 'standard-row__chevron is-open' : 'standard-row__chevron'}
            aria-hidden="true"
            onClick={(event) => {
              event.stopPropagation();
              props.onFocus();
              props.onToggleExpanded();
            }}
          />
        ) : (
          <span className="standard-row__chevron standard-row__chevron--leaf" aria-hidden="true" />
        )}
        <span id={`${rowId}-code`} className="standard-row__code" title={standard.code ?? undefined}>
          {standard.code === null ? (
            <span className="standard-row__no-code">no code</span>
          ) : props.match ? (
            <HighlightedText text={shortCode(standard.code) ?? standard.code} query={query} />
          ) : (
            <CodeText code={shortCode(standard.code) ?? standard.code} />
          )}
        </span>
      </span>
      <span id={`${rowId}-statement`} className="standard-row__statement">
        {props.match ? <HighlightedText text={standard.statement} query={query} /> : standard.statement}
      </span>
      <span id={`${rowId}-meta`} className="standard-row__meta">
        {standard.retired && <Badge tone="flag">Retired</Badge>}
        {standard.type !== '' && (
          <Badge tone="neutral" className="standard-row__type">
            {standard.type}
          </Badge>
        )}
        {standard.gradeLevels.length > 0 && (
          <span className="standard-row__grades" title={`Grade levels: ${standard.gradeLevels.join(', ')}`}>
            <span className="visually-hidden">Grades </span>
            {gradesText(standard.gradeLevels)}
          </span>
        )}
      </span>
      {props.tracking && (
        <span className="standard-row__track">
          <TrackedCheckbox {...props.tracking} />
        </span>
      )}
    </div>
  );
}
