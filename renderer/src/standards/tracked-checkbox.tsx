import { useEffect, useRef, type JSX } from 'react';
import type { CheckState } from './tracked-selection.js';

/**
 * A tri-state box: `indeterminate` exists only as a DOM property, so it is set after render. It
 * stays out of the Tab order: the tree row holds focus and Space ticks it (the ARIA tree pattern).
 */
export function TrackedCheckbox(props: { state: CheckState; label: string; disabled?: boolean; onToggle: () => void }): JSX.Element {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = props.state === 'mixed';
  }, [props.state]);
  return (
    <input
      ref={box}
      type="checkbox"
      className="tracked-checkbox"
      tabIndex={-1}
      checked={props.state === 'checked'}
      aria-checked={props.state === 'mixed' ? 'mixed' : props.state === 'checked'}
      aria-label={props.label}
      disabled={props.disabled ?? false}
      onChange={props.onToggle}
      onClick={(event) => event.stopPropagation()}
    />
  );
}
