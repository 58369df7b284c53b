import type { ReadinessState } from '../../../preload/contract/vocabulary.js';

/** One learner's standing on one tracked standard, as readiness needs it. */
export type CellStanding = { mastered: boolean; hasLevel: boolean };

export type Readiness = {
  state: ReadinessState;
  /** Tracked prerequisites not mastered (only for not_yet_ready), by index into the tracked standards. */
  blocking: number[];
};

/**
 * Readiness of one learner on every tracked standard (ALEKS's "ready to learn", on the school's own
 * graph): exactly one state each, decided in order — mastered; else not yet ready when a tracked
 * prerequisite is not mastered (each named); else in progress when there is evidence with a level;
 * else ready. `prerequisites[i]` lists the indices of standard i's tracked prerequisites; untracked
 * prerequisites are left out by the caller (they are assumed, never blocking). Pure.
 */
export function learnerReadiness(cells: readonly CellStanding[], prerequisites: readonly (readonly number[])[]): Readiness[] {
  return cells.map((cell, index) => {
    if (cell.mastered) return { state: 'mastered', blocking: [] };
    const blocking = (prerequisites[index] ?? []).filter((p) => cells[p]?.mastered !== true);
    if (blocking.length > 0) return { state: 'not_yet_ready', blocking };
    return { state: cell.hasLevel ? 'in_progress' : 'ready', blocking: [] };
  });
}
