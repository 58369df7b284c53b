import type { JSX } from 'react';
import { legendOrder, readinessClass, readinessWords } from './readiness-words.js';

/** What each colour and mark on the board means, in the teacher's words. */
export function ReadinessLegend(): JSX.Element {
  return (
    <ul className="readiness-legend" aria-label="What the colours mean">
      {legendOrder.map((state) => (
        <li key={state} className="readiness-legend__item">
          <span className={`readiness-legend__swatch ${readinessClass(state)}`} aria-hidden="true">
            {readinessWords[state].mark}
          </span>
          <span>
            <strong>{readinessWords[state].label}</strong> — {readinessWords[state].meaning}
          </span>
        </li>
      ))}
    </ul>
  );
}
