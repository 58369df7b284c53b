import { requireClass } from '../../db/classes.js';
import type { GradebookReader } from '../../db/handle.js';
import type { GroupLearner, GroupProposal } from '../../preload/contract/groups.js';
import type { ValidRequestOf } from '../../preload/contract/index.js';
import { standardLabel } from './domain/categories.js';
import type { GroupingLearner } from './domain/learner.js';
import { proposeGroups } from './domain/propose.js';
import { loadClassView, standingOn, type ClassView } from './class-standing.js';
import { recentSets } from './recent-sets.js';
import { rotationFlags } from './rotation-guard.js';

/** How many recent saved sets count for repeats when the teacher does not say. */
export const defaultRecentSets = 10;
/** How many recent sets the rotation guard looks through for the lowest-group streaks. */
const guardWindow = 20;
/** The seed when none is given: a proposal is reproducible from the seed it reports. */
export const defaultSeed = 1;

export function toGroupLearner(l: GroupingLearner): GroupLearner {
  return { learnerId: l.learnerId, name: l.name, readiness: l.readiness, level: l.level, band: l.band, interests: l.interests };
}

/** Proposes groups for a class by a strategy, with the fit report; reads only. The CLI prints the same. */
export function proposeForClass(reader: GradebookReader, request: ValidRequestOf<'groups:propose'>, loaded?: ClassView): GroupProposal {
  requireClass(reader, request.classId);
  const view = loaded ?? loadClassView(reader, request.classId, request.asOf);
  const standing = standingOn(view, { standardId: request.standardId, clusterId: request.strategy === 'bands' ? request.clusterId : undefined });
  const recent = recentSets(reader, request.classId, Math.max(request.recentSets ?? defaultRecentSets, guardWindow));
  const seed = request.seed ?? defaultSeed;
  const target = standing.target ?? standing.cluster;
  const proposal = proposeGroups({
    strategy: request.strategy,
    learners: standing.learners,
    rules: { apart: request.apart ?? [], together: request.together ?? [] },
    recent: recent.slice(0, request.recentSets ?? defaultRecentSets).map((set) => ({ groups: set.groups.map((g) => g.members.map((m) => m.learnerId)) })),
    seed,
    mixItUp: request.mixItUp ?? false,
    size: request.size ?? null,
    groupCount: request.groupCount ?? null,
    targetLabel: target ? standardLabel(target) : null,
  });
  return {
    classId: request.classId,
    strategy: request.strategy,
    target: standing.target,
    cluster: standing.cluster,
    seed,
    ...proposal,
    learners: standing.learners.map(toGroupLearner),
    rotationGuard: rotationFlags(recent, standing.learners),
  };
}
