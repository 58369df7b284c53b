import type { JSX } from 'react';
import type { ImportStep } from './import-store.js';

const steps = [
  { label: 'Choose', covers: ['choose', 'previewing'] },
  { label: 'Preview', covers: ['preview'] },
  { label: 'Import', covers: ['importing'] },
  { label: 'Report', covers: ['report'] },
] as const satisfies readonly { label: string; covers: readonly ImportStep[] }[];

/** Where the teacher is in the four steps; the current one is marked for assistive technology too. */
export function ImportSteps({ step }: { step: ImportStep }): JSX.Element {
  const current = steps.findIndex((item) => (item.covers as readonly ImportStep[]).includes(step));
  return (
    <ol className="import-steps" aria-label="Import steps">
      {steps.map((item, index) => (
        <li
          key={item.label}
          className={index === current ? 'import-steps__step is-current' : index < current ? 'import-steps__step is-done' : 'import-steps__step'}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="import-steps__number" aria-hidden="true">
            {index + 1}
          </span>
          {item.label}
        </li>
      ))}
    </ol>
  );
}
