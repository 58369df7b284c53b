import type { StaleMember } from '../../../preload/contract/groups.js';
import type { GroupStrategy, ReadinessState } from '../../../preload/contract/vocabulary.js';

/** A member of a saved group as it stood when the set was saved. */
export type SavedMember = { learnerId: string; readiness: ReadinessState | null; level: number | null; band: string | null };

/** A saved set as history needs it. */
export type HistorySet = { date: string; strategy: GroupStrategy; targetCode: string | null; groups: { members: SavedMember[] }[] };

export type Partner = { learnerId: string; times: number; standardCodes: string[]; lastOn: string };

/**
 * Who shared a group with whom in the sets given (golfr's who-worked-with-whom count): per learner,
 * each partner with how often, on which target standards, and when last.
 */
export function pairingCounts(sets: readonly HistorySet[]): Map<string, Map<string, Partner>> {
  const counts = new Map<string, Map<string, Partner>>();
  const note = (a: string, b: string, set: HistorySet) => {
    const mine = counts.get(a) ?? new Map<string, Partner>();
    counts.set(a, mine);
    const partner = mine.get(b) ?? { learnerId: b, times: 0, standardCodes: [], lastOn: set.date };
    partner.times++;
    if (set.targetCode !== null && !partner.standardCodes.includes(set.targetCode)) partner.standardCodes.push(set.targetCode);
    if (set.date > partner.lastOn) partner.lastOn = set.date;
    mine.set(b, partner);
  };
  for (const set of sets)
    for (const group of set.groups)
      for (const a of group.members) for (const b of group.members) if (a.learnerId !== b.learnerId) note(a.learnerId, b.learnerId, set);
  return counts;
}

/** Readiness from least to most ready, for finding a set's lowest group. */
const readinessRank: Record<ReadinessState, number> = { not_yet_ready: 0, ready: 1, in_progress: 2, mastered: 3 };

/**
 * The lowest group of a readiness or band set: the group whose members stood lowest when it was saved
 * (readiness first, then level; no evidence counts lowest). Ties are all lowest. Other strategies have none.
 */
export function lowestGroups(set: HistorySet): Set<number> {
  if (set.strategy !== 'readiness' && set.strategy !== 'bands') return new Set();
  const standing = (m: SavedMember) => (m.readiness === null ? 0 : readinessRank[m.readiness]) * 100 + (m.level ?? -1);
  const means = set.groups.map((g) => (g.members.length ? g.members.reduce((s, m) => s + standing(m), 0) / g.members.length : Number.POSITIVE_INFINITY));
  const lowest = Math.min(...means);
  if (!Number.isFinite(lowest) || set.groups.filter((g) => g.members.length).length < 2) return new Set();
  return new Set(means.flatMap((m, g) => (Math.abs(m - lowest) < 1e-9 ? [g] : [])));
}

/**
 * The rotation guard: for each learner, in how many of the most recent readiness/band sets in a row
 * (newest first) they were in the lowest group. Lower-attaining learners gain least when groups never
 * change, so a streak of N is flagged.
 */
export function lowestGroupStreaks(sets: readonly HistorySet[]): Map<string, number> {
  const ranked = sets.filter((s) => s.strategy === 'readiness' || s.strategy === 'bands');
  const streaks = new Map<string, number>();
  const broken = new Set<string>();
  for (const set of ranked) {
    const lowest = lowestGroups(set);
    const inLowest = new Set(set.groups.flatMap((g, k) => (lowest.has(k) ? g.members.map((m) => m.learnerId) : [])));
    for (const id of new Set([...streaks.keys(), ...inLowest])) {
      if (broken.has(id)) continue;
      if (inLowest.has(id)) streaks.set(id, (streaks.get(id) ?? 0) + 1);
      else broken.add(id);
    }
    // a learner first seen outside the lowest group has a streak of 0 from the newest set on
    for (const g of set.groups) for (const m of g.members) if (!inLowest.has(m.learnerId) && !streaks.has(m.learnerId)) broken.add(m.learnerId);
  }
  return streaks;
}

/**
 * Members whose standing crossed a band or a readiness state since the set was saved: the set is stale.
 * A learner no longer in the class is left out (there is nothing to compare).
 */
export function staleMembers(saved: readonly SavedMember[], now: ReadonlyMap<string, { readiness: ReadinessState | null; band: string | null }>): StaleMember[] {
  return saved.flatMap((m) => {
    const current = now.get(m.learnerId);
    if (!current || (current.readiness === m.readiness && current.band === m.band)) return [];
    return [{ learnerId: m.learnerId, savedReadiness: m.readiness, nowReadiness: current.readiness, savedBand: m.band, nowBand: current.band }];
  });
}
