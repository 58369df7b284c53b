import type { JSX } from 'react';
import { BrandMark } from './brand-mark.js';
import './no-bridge.css';

/** Shown when the page has no way to reach a gradebook: better an explanation than an empty shell. */
export function NoBridgePage({ reason }: { reason: string }): JSX.Element {
  return (
    <main className="no-bridge">
      <div className="no-bridge__card" role="alert">
        <BrandMark />
        <h1 className="no-bridge__title">Proficio cannot reach a gradebook</h1>
        <p>{reason}</p>
        <p>Open Proficio from the desktop app, or for a browser preview run:</p>
        <pre className="no-bridge__command">npm run dev:web</pre>
        <p className="no-bridge__hint">It prints an address to open in the browser, with a demo gradebook behind it.</p>
      </div>
    </main>
  );
}
