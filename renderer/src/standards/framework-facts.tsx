import type { JSX } from 'react';
import type { FrameworkSummary } from '../../../preload/contract/index.js';
import { formatCount } from '../format/numbers.js';

/** The numbers that say what a framework holds, under the picker. */
export function FrameworkFacts({ framework }: { framework: FrameworkSummary }): JSX.Element {
  const facts = [
    ['Standards', formatCount(framework.standardCount)],
    ['Retired', formatCount(framework.retiredCount)],
    ['Prerequisites', formatCount(framework.prerequisiteCount)],
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
