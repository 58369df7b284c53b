import type { CellHistory } from '../../../preload/contract/index.js';

export type LikelihoodWords = {
  /** "Likelihood of mastery: 0.87" */
  headline: string;
  /** "(likely mastered at 0.95)" */
  threshold: string;
  verdict: 'Likely mastered' | 'Not yet likely mastered';
  /** The arithmetic one step a line: the start, then each piece of evidence. */
  steps: string[];
};

const twoDecimals = (value: number) => value.toFixed(2);

/** The knowledge-tracing likelihood in words, or null when the cell has no evidence to trace. */
export function likelihoodWords(likelihood: CellHistory['likelihood']): LikelihoodWords | null {
  if (likelihood === null) return null;
  return {
    headline: `Likelihood of mastery: ${twoDecimals(likelihood.value)}`,
    threshold: `(likely mastered at ${twoDecimals(likelihood.likelyMasteredAt)})`,
    verdict: likelihood.likelyMastered ? 'Likely mastered' : 'Not yet likely mastered',
    steps: likelihood.arithmetic
      .split(/;\s*/)
      .map((step) => step.trim())
      .filter(Boolean),
  };
}
