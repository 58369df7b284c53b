import type { ReadinessState } from '../../../preload/contract/index.js';

/**
 * How each readiness state is shown: a short label, a mark drawn in the cell (so the state does not
 * rest on colour alone), and the sentence the legend gives a teacher. Legend order follows a learner's
 * way through a standard: not yet ready, ready, working on it, mastered.
 */
export const readinessWords = {
  not_yet_ready: { label: 'Not yet ready', mark: '·', meaning: 'A prerequisite the class tracks is not mastered yet.' },
  ready: { label: 'Ready', mark: '→', meaning: 'Every prerequisite the class tracks is mastered; not started yet.' },
  in_progress: { label: 'Working on it', mark: '◐', meaning: 'Has evidence on it, not mastered yet.' },
  mastered: { label: 'Mastered', mark: '✓', meaning: 'Mastered, by the class’s method or the teacher’s say-so.' },
} as const satisfies Record<ReadinessState, { label: string; mark: string; meaning: string }>;

export const legendOrder = ['not_yet_ready', 'ready', 'in_progress', 'mastered'] as const satisfies readonly ReadinessState[];

/** The CSS class of a cell or swatch in this state; one name per state across the section. */
export function readinessClass(state: ReadinessState): string {
  return `readiness--${state.replaceAll('_', '-')}`;
}
