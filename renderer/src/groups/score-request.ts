import type { RequestOf } from '../../../preload/contract/index.js';
import type { GroupDraft } from './group-draft.js';

/**
 * The groups:score request for the groups on the board: the proposal's own choices (strategy, target,
 * size, rules, mix it up) with the groups as the teacher has arranged them, so the fit report is
 * measured as the proposal's was. The seed and group count only shape a new proposal and are left out.
 */
export function scoreRequestFor(asked: RequestOf<'groups:propose'>, draft: GroupDraft): RequestOf<'groups:score'> {
  return {
    classId: asked.classId,
    strategy: asked.strategy,
    ...(asked.standardId !== undefined ? { standardId: asked.standardId } : {}),
    ...(asked.clusterId !== undefined ? { clusterId: asked.clusterId } : {}),
    ...(asked.size !== undefined ? { size: asked.size } : {}),
    ...(asked.apart !== undefined ? { apart: asked.apart } : {}),
    ...(asked.together !== undefined ? { together: asked.together } : {}),
    ...(asked.mixItUp !== undefined ? { mixItUp: asked.mixItUp } : {}),
    ...(asked.recentSets !== undefined ? { recentSets: asked.recentSets } : {}),
    ...(asked.asOf !== undefined ? { asOf: asked.asOf } : {}),
    groups: draft.groups.map((group) => ({ name: group.name, learnerIds: [...group.learnerIds] })),
  };
}
