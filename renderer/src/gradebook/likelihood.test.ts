import { describe, expect, it } from 'vitest';
import { likelihoodWords } from './likelihood.js';

describe('the likelihood of mastery in words', () => {
  it('gives the value, the threshold, the verdict and the arithmetic one step a line', () => {
    expect(
      likelihoodWords({ value: 0.87, likelyMastered: false, likelyMasteredAt: 0.95, arithmetic: 'L₀ = 0.3; 1 < 3: 0.1458; 3 ≥ 3: 0.4398 → 0.44' }),
    ).toEqual({
      headline: 'Likelihood of mastery: 0.87',
      threshold: '(likely mastered at 0.95)',
      verdict: 'Not yet likely mastered',
      steps: ['L₀ = 0.3', '1 < 3: 0.1458', '3 ≥ 3: 0.4398 → 0.44'],
    });
  });

  it('keeps two decimals and says when mastery is likely', () => {
    const words = likelihoodWords({ value: 0.9, likelyMastered: false, likelyMasteredAt: 0.9, arithmetic: 'L₀ = 0.3' });
    // the threshold is the gradebook's, as sent
    expect(words?.threshold).toBe('(likely mastered at 0.90)');
    expect(words?.headline).toBe('Likelihood of mastery: 0.90');
    expect(likelihoodWords({ value: 0.96, likelyMastered: true, likelyMasteredAt: 0.95, arithmetic: '' })?.verdict).toBe('Likely mastered');
  });

  it('is absent without evidence', () => {
    expect(likelihoodWords(null)).toBeNull();
  });
});
