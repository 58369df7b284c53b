import type { JSX } from 'react';
import './skip-link.css';

/**
 * "Skip to content" for keyboard users. A button, not `href="#main"`: the hash holds the route, so an
 * in-page anchor would navigate away.
 */
export function SkipLink(): JSX.Element {
  return (
    <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
      Skip to content
    </button>
  );
}
