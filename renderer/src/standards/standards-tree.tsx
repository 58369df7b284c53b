import { useEffect, useRef, type JSX, type KeyboardEvent } from 'react';
import type { StandardsTree as Tree } from './standards-tree-model.js';
import { StandardRow, type RowTracking } from './standard-row.js';
import { treeKey } from './tree-keys.js';
import './standards-tree.css';

/**
 * The framework as an ARIA tree: one tab stop (the focused row), arrows to move and open, and the
 * rows rendered flat with aria-level so a long framework stays one simple list in the DOM.
 */
export function StandardsTree(props: {
  domId: string;
  label: string;
  tree: Tree;
  visible: readonly string[];
  expanded: ReadonlySet<string>;
  focusedId: string | null;
  matches: ReadonlySet<string>;
  revealedId: string | null;
  query: string;
  trackingColumn: string | null;
  trackingFor: (standardId: string) => RowTracking | null;
  onFocus: (standardId: string, moveFocus: boolean) => void;
  onExpand: (standardId: string, open: boolean) => void;
  onExpandSiblings: (standardId: string) => void;
}): JSX.Element {
  const { tree, visible, expanded, domId } = props;
  const active = props.focusedId !== null && visible.includes(props.focusedId) ? props.focusedId : (visible[0] ?? null);
  const rowId = (standardId: string) => `${domId}-${standardId}`;
  const focusAfterRender = useRef(false);

  useEffect(() => {
    if (!focusAfterRender.current || active === null) return;
    focusAfterRender.current = false;
    const row = document.getElementById(rowId(active));
    row?.focus();
    row?.scrollIntoView({ block: 'nearest' });
  });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (active === null || event.altKey || event.ctrlKey || event.metaKey) return;
    const move = treeKey(event.key, active, tree, visible, expanded);
    if (move === null) return;
    event.preventDefault();
    if ('focus' in move) {
      focusAfterRender.current = true;
      props.onFocus(move.focus, true);
    } else if ('expand' in move) props.onExpand(move.expand, true);
    else if ('collapse' in move) props.onExpand(move.collapse, false);
    else if ('expandSiblings' in move) props.onExpandSiblings(move.expandSiblings);
    else {
      const tracking = props.trackingFor(move.toggleTracked);
      if (tracking && !tracking.disabled) tracking.onToggle();
    }
  }

  return (
    <div className="standards-tree">
      <div className="standards-tree__head" aria-hidden="true">
        <span>Code</span>
        <span>Statement</span>
        <span className="standards-tree__head-meta">Type · grades</span>
        {props.trackingColumn !== null && (
          <span className="standards-tree__head-track" title={props.trackingColumn}>
            Tracked
          </span>
        )}
      </div>
      <div role="tree" aria-label={props.label} className={props.trackingColumn === null ? 'standards-tree__rows' : 'standards-tree__rows has-tracking'} onKeyDown={onKeyDown}>
        {visible.map((standardId) => {
          const node = tree.byId.get(standardId);
          if (!node) return null;
          return (
            <StandardRow
              key={standardId}
              rowId={rowId(standardId)}
              node={node}
              expanded={expanded.has(standardId)}
              focused={standardId === active}
              match={props.matches.has(standardId)}
              revealed={standardId === props.revealedId}
              query={props.query}
              tracking={props.trackingFor(standardId)}
              onFocus={() => props.onFocus(standardId, false)}
              onToggleExpanded={() => props.onExpand(standardId, !expanded.has(standardId))}
            />
          );
        })}
      </div>
    </div>
  );
}
