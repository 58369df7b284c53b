import { assertNever } from '../../../preload/contract/shared.js';
import type { GroupStrategy } from '../../../preload/contract/vocabulary.js';
import type { SizeRule } from './fit-report.js';
import { likeWithLikeWeights, mixedWeights, mixItUpFactor, type Weights } from './objective.js';

/** How a strategy's groups are judged: the objective's weights and which fit lines the report carries. */
export type Scoring = { weights: Weights; sizes: SizeRule; balance: boolean; interests: boolean };

/**
 * One place for the strategy's scoring, so a proposal and the same groups rescored after hand moves
 * (groups:score) are measured alike.
 */
export function scoringFor(strategy: GroupStrategy, size: number | null): Scoring {
  const cap: SizeRule = size ? { kind: 'cap', cap: size } : { kind: 'none' };
  switch (strategy) {
    case 'readiness':
    case 'bands':
      return { weights: likeWithLikeWeights, sizes: cap, balance: false, interests: false };
    case 'interests':
      return { weights: mixedWeights, sizes: cap, balance: false, interests: true };
    case 'balanced':
      return { weights: mixedWeights, sizes: { kind: 'even' }, balance: true, interests: true };
    case 'manual':
      // made by hand: no strategy to weigh, only the teacher's rules and repeats
      return { weights: mixedWeights, sizes: { kind: 'none' }, balance: false, interests: false };
    default:
      return assertNever(strategy);
  }
}

/** The weights with "mix it up" applied: repeats of recent pairings weigh more. */
export function withMixItUp(weights: Weights, mixItUp: boolean): Weights {
  return { ...weights, repeats: weights.repeats * (mixItUp ? mixItUpFactor : 1) };
}
