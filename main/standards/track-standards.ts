import { setTrackedStandards } from '../../db/standards.js';
import type { StandardNode } from '../../preload/contract/standards.js';
import type { GradebookWriter } from '../../db/handle.js';
import { invalidateStoredMastery } from '../../db/mastery-levels.js';
import { keepStoredLevelsCurrent } from '../gradebook/mastery-grid.js';

/** Sets the standards a class tracks (its gradebook's columns) and brings its stored levels up to date. */
export function trackStandards(writer: GradebookWriter, classId: string, standardIds: readonly string[]): StandardNode[] {
  return writer.transaction(() => {
    const tracked = setTrackedStandards(writer, classId, standardIds);
    // a standard tracked again may already hold evidence: recompute the class rather than guess
    invalidateStoredMastery(writer, classId);
    keepStoredLevelsCurrent(writer, [classId]);
    return tracked;
  });
}
