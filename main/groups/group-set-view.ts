import type { GradebookReader } from '../../db/handle.js';
import type { GroupSet, GroupSetSummary } from '../../preload/contract/groups.js';
import { fitReport } from './domain/fit-report.js';
import { staleMembers } from './domain/history.js';
import { recentPairWeights } from './domain/objective.js';
import { loadClassView, standingOn, type ClassStanding, type ClassView } from './class-standing.js';
import { toGroupLearner } from './propose.js';
import { withGroups, type SavedSetWithGroups } from './recent-sets.js';
import { readGroupSets, requireGroupSet } from '../../db/group-sets.js';

/** Standing per target, computed once per target for a list of sets. */
function standings(view: ClassView): (standardId: string | null) => ClassStanding {
  const cache = new Map<string, ClassStanding>();
  return (standardId) => {
    const key = standardId ?? '';
    let found = cache.get(key);
    if (!found) {
      // a target the class no longer tracks: judge staleness by overall level alone
      const tracked = standardId !== null && view.grid.columns.some((c) => c.standardId === standardId);
      found = standingOn(view, { standardId: tracked ? standardId : null });
      cache.set(key, found);
    }
    return found;
  };
}

function summaryOf(set: SavedSetWithGroups, standing: ClassStanding, stale: boolean): GroupSetSummary {
  return {
    groupSetId: set.groupSetId,
    classId: set.classId,
    date: set.formedOn,
    purpose: set.purpose,
    strategy: set.strategy,
    target: standing.target && standing.target.standardId === set.targetStandardId ? standing.target : null,
    theme: set.theme,
    groupCount: set.groups.length,
    learnerCount: set.groups.reduce((n, g) => n + g.members.length, 0),
    stale,
    createdAt: set.createdAt,
    updatedAt: set.updatedAt,
  };
}

function staleOf(set: SavedSetWithGroups, standing: ClassStanding) {
  const now = new Map(standing.learners.map((l) => [l.learnerId, { readiness: l.readiness, band: l.band }]));
  return staleMembers(
    set.groups.flatMap((g) => g.members.map((m) => ({ learnerId: m.learnerId, readiness: m.savedReadiness, level: m.savedLevel, band: m.savedBand }))),
    now,
  );
}

/** The class's saved sets, newest first, each saying whether evidence has moved a member since. */
export function listGroupSets(reader: GradebookReader, classId: string): GroupSetSummary[] {
  const sets = withGroups(reader, readGroupSets(reader, classId));
  if (sets.length === 0) return [];
  const standingFor = standings(loadClassView(reader, classId));
  return sets.map((set) => {
    const standing = standingFor(set.targetStandardId);
    return summaryOf(set, standing, staleOf(set, standing).length > 0);
  });
}

/** One saved set as the group set page shows it: groups, every learner of the class, stale members and the fit. */
export function readGroupSetView(reader: GradebookReader, groupSetId: string): GroupSet {
  const row = requireGroupSet(reader, groupSetId);
  const all = withGroups(reader, readGroupSets(reader, row.classId));
  const index = all.findIndex((s) => s.groupSetId === groupSetId);
  const set = all[index] ?? withGroups(reader, [row])[0];
  if (!set) throw new Error('A saved group set could not be read back.');
  const standing = standings(loadClassView(reader, row.classId))(set.targetStandardId);
  const stale = staleOf(set, standing);
  const at = new Map(standing.learners.map((l, i) => [l.learnerId, i]));
  const older = all.slice(index + 1, index + 11);
  return {
    ...summaryOf(set, standing, stale.length > 0),
    notes: set.notes,
    seed: set.seed,
    groups: set.groups.map((g) => ({ groupId: g.groupId, name: g.name, learnerIds: g.members.map((m) => m.learnerId), adult: g.adult, space: g.space, task: g.task })),
    learners: standing.learners.map(toGroupLearner),
    staleMembers: stale,
    fit: fitReport({
      learners: standing.learners,
      groups: set.groups.map((g) => g.members.flatMap((m) => (at.has(m.learnerId) ? [at.get(m.learnerId) as number] : []))),
      rules: { apart: [], together: [] },
      recent: recentPairWeights(older.map((s) => ({ groups: s.groups.map((g) => g.members.map((m) => m.learnerId)) }))),
      recentSets: older.length,
      sizes: { kind: 'none' },
      balance: set.strategy === 'balanced',
      interests: set.strategy === 'interests' || set.strategy === 'balanced',
    }),
  };
}
