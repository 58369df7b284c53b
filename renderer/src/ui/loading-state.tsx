import type { JSX } from 'react';

/** Announced politely; the spinner fades in late (CSS) so fast answers do not flash. */
export function LoadingState({ label }: { label: string }): JSX.Element {
  return (
    <div className="loading-state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
