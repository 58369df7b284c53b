import type { ChangedAggregate, GradebookChange } from '../../../preload/contract/index.js';
import { currentBridge } from '../bridge/current-bridge.js';

/**
 * After every write the gradebook says what changed (`gradebook:changed`); each store decides from
 * that alone whether what it shows is out of date, so no list of "what to refresh after X" is kept by hand.
 */
export function onGradebookChange(listener: (change: GradebookChange) => void): () => void {
  return currentBridge().events.on('gradebook:changed', listener);
}

/** True when the change touched any of these aggregates. */
export function touches(change: GradebookChange, aggregates: readonly ChangedAggregate[]): boolean {
  return change.aggregates.some((aggregate) => aggregates.includes(aggregate));
}

/** True when the change may concern this class: `classIds` null means any class may have changed. */
export function concernsClass(change: GradebookChange, classId: string): boolean {
  return change.classIds === null || change.classIds.includes(classId);
}
