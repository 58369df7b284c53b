import { requireClass } from '../../db/classes.js';
import type { GradebookReader } from '../../db/handle.js';
import type { GroupScore } from '../../preload/contract/groups.js';
import type { ValidRequestOf } from '../../preload/contract/index.js';
import { scoreGroups } from './domain/score.js';
import { loadClassView, standingOn } from './class-standing.js';
import { defaultRecentSets } from './propose.js';
import { recentSets } from './recent-sets.js';
import { checkGroups } from './save-group-set.js';

/**
 * The fit report for groups as the teacher has arranged them (after moves by hand), measured on the
 * same standing, rules and recent sets a proposal uses; reads only.
 */
export function scoreForClass(reader: GradebookReader, request: ValidRequestOf<'groups:score'>): GroupScore {
  requireClass(reader, request.classId);
  const view = loadClassView(reader, request.classId, request.asOf);
  const standing = standingOn(view, { standardId: request.standardId, clusterId: request.strategy === 'bands' ? request.clusterId : undefined });
  checkGroups(standing, request.groups, 'these groups could not be measured');
  const recent = recentSets(reader, request.classId, request.recentSets ?? defaultRecentSets);
  return scoreGroups({
    strategy: request.strategy,
    learners: standing.learners,
    rules: { apart: request.apart ?? [], together: request.together ?? [] },
    recent: recent.map((set) => ({ groups: set.groups.map((g) => g.members.map((m) => m.learnerId)) })),
    mixItUp: request.mixItUp ?? false,
    size: request.size ?? null,
    groups: request.groups.map((g) => g.learnerIds),
  });
}
