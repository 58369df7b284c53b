import type { JSX } from 'react';
import type { FrameworkSummary } from '../../../preload/contract/index.js';

/** The numbers that say what a framework holds, under the picker. */
export function FrameworkFacts({ framework }: { framework: FrameworkSummary }): JSX.Element {
  const facts = [
    ['Standards', framework.standardCount.toLocaleString('en')],
    ['Retired', framework.retiredCount.toLocaleString('en')],
    ['Prerequisites', framework.prerequisiteCount.toLocaleString('en')],
    ['Version', framework.version ?? '—'],
    ['Publisher', framework.creator || '—'],
  ] as const;
  return (
    <dl className="framework-facts" aria-label={`About ${framework.title}`}>
      {facts.map(([label, value]) => (
        <div key={label} className="framework-facts__fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
