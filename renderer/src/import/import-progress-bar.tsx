import { useId, type JSX } from 'react';
import type { ImportProgress } from '../../../preload/contract/index.js';
import './import-progress.css';
import { formatCount, formatPercent } from '../format/numbers.js';

const phaseLabels = { reading: 'Reading the file', planning: 'Comparing with the gradebook', writing: 'Writing' } as const satisfies Record<ImportProgress['phase'], string>;

export function progressText(progress: ImportProgress | null, starting: string): string {
  if (!progress) return starting;
  const phase = phaseLabels[progress.phase];
  if (progress.total <= 0) return `${phase}…`;
  // reading counts characters: a percentage reads better than "1,203,556 of 4,811,002"
  return progress.phase === 'reading'
    ? `${phase}: ${formatPercent(progress.done, progress.total)}`
    : `${phase}: ${formatCount(progress.done)} of ${formatCount(progress.total)}`;
}

/** The bar and its sentence, announced politely; indeterminate until a total is known. */
export function ImportProgressBar({ progress, text }: { progress: ImportProgress | null; text: string }): JSX.Element {
  const id = useId();
  const determinate = progress !== null && progress.total > 0;
  return (
    <>
      <progress
        id={`${id}-bar`}
        className="import-progress__bar"
        aria-labelledby={`${id}-text`}
        {...(determinate ? { max: progress.total, value: progress.done } : {})}
      />
      <p id={`${id}-text`} className="import-progress__text" aria-live="polite">
        {text}
      </p>
    </>
  );
}
