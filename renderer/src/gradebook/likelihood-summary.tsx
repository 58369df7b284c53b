import type { JSX } from 'react';
import type { CellHistory } from '../../../preload/contract/index.js';
import { likelihoodWords } from './likelihood.js';
import './likelihood-summary.css';

/**
 * Knowledge tracing, in the history's Details and quieter than the level: a second opinion on whether
 * the learner has the standard, never the level itself. Its own arithmetic is folded away once more.
 */
export function LikelihoodSummary(props: { likelihood: CellHistory['likelihood'] }): JSX.Element | null {
  const words = likelihoodWords(props.likelihood);
  if (!words) return null;
  return (
    <section className="likelihood" aria-label="Likelihood of mastery" data-testid="likelihood">
      <p className="likelihood__line">
        <span>{words.headline}</span> <span className="likelihood__threshold">{words.threshold}</span>
        <span className={props.likelihood?.likelyMastered ? 'likelihood__verdict is-likely' : 'likelihood__verdict'}>{words.verdict}</span>
      </p>
      <details className="likelihood__details">
        <summary>How this is worked out</summary>
        <p className="likelihood__explain">
          Knowledge tracing updates the chance that the learner has mastered the standard after each piece of evidence, oldest first: a level at or
          above the threshold counts as a success.
        </p>
        <ol className="likelihood__steps">
          {words.steps.map((step, index) => (
            <li key={`${index}-${step}`}>
              <code>{step}</code>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
