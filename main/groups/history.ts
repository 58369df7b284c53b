import { requireClass } from '../../db/classes.js';
import type { GradebookReader } from '../../db/handle.js';
import type { GroupingHistory } from '../../preload/contract/groups.js';
import { lowestGroupStreaks, pairingCounts } from './domain/history.js';
import { loadClassView, standingOn } from './class-standing.js';
import { listGroupSets } from './group-set-view.js';
import { asHistorySet, recentSets } from './recent-sets.js';
import { defaultGuardSets } from './rotation-guard.js';

/** How many recent sets the history counts when the teacher does not say. */
const defaultHistorySets = 10;

/** Who was grouped with whom in the class's recent sets, on which standards, and the rotation guard. */
export function groupingHistory(reader: GradebookReader, request: { classId: string; recentSets?: number | undefined; guardSets?: number | undefined }): GroupingHistory {
  requireClass(reader, request.classId);
  const sets = recentSets(reader, request.classId, request.recentSets ?? defaultHistorySets);
  const history = sets.map(asHistorySet);
  const counts = pairingCounts(history);
  const streaks = lowestGroupStreaks(history);
  const guard = request.guardSets ?? defaultGuardSets;
  const learners = standingOn(loadClassView(reader, request.classId), {}).learners;
  const names = new Map(learners.map((l) => [l.learnerId, l.name]));
  const counted = new Set(sets.map((s) => s.groupSetId));
  return {
    classId: request.classId,
    sets: listGroupSets(reader, request.classId).filter((s) => counted.has(s.groupSetId)),
    learners: learners.map((l) => ({
      learnerId: l.learnerId,
      name: l.name,
      partners: [...(counts.get(l.learnerId)?.values() ?? [])]
        .map((p) => ({ ...p, name: names.get(p.learnerId) ?? 'A learner no longer in this class' }))
        .sort((a, b) => b.times - a.times || a.name.localeCompare(b.name)),
      lowestGroupStreak: streaks.get(l.learnerId) ?? 0,
      rotationFlag: (streaks.get(l.learnerId) ?? 0) >= guard,
    })),
  };
}
