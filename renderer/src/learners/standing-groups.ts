import { shortCode, type ProfileGap, type Scale, type StandardStanding } from '../../../preload/contract/index.js';

export type Ancestor = StandardStanding['ancestors'][number];

/** Standards that share their nearest ancestor (a cluster, say), under the path from the framework's top. */
export type StandingGroup = { key: string; path: Ancestor[]; standings: StandardStanding[] };

/**
 * Groups standings by the framework hierarchy: one group per nearest ancestor, in the order the
 * standards come (the framework's order), each headed by its ancestors from the top down. Standards
 * without an ancestor form one group with an empty path.
 */
export function groupByHierarchy(standings: readonly StandardStanding[]): StandingGroup[] {
  const groups = new Map<string, StandingGroup>();
  for (const standing of standings) {
    const nearest = standing.ancestors[0];
    const key = nearest?.id ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { key, path: [...standing.ancestors].reverse(), standings: [] };
      groups.set(key, group);
    }
    group.standings.push(standing);
  }
  return [...groups.values()];
}

/** The gaps, each with its standing when the profile has one (the gap list comes first on the page). */
export function gapsWithStandings(gaps: readonly ProfileGap[], standings: readonly StandardStanding[]): { gap: ProfileGap; standing: StandardStanding | null }[] {
  const byId = new Map(standings.map((standing) => [standing.standardId, standing]));
  return gaps.map((gap) => ({ gap, standing: byId.get(gap.standardId) ?? null }));
}

/** The scale level a (possibly fractional) value falls in: the highest level at or below it. */
export function levelIndex(level: number, scale: Scale): number {
  let best = -1;
  let bestValue = Number.NEGATIVE_INFINITY;
  scale.levels.forEach((candidate, index) => {
    if (candidate.value <= level + 1e-9 && candidate.value > bestValue) {
      best = index;
      bestValue = candidate.value;
    }
  });
  if (best >= 0) return best;
  // below the lowest level: the lowest one
  return scale.levels.reduce((low, candidate, index) => (candidate.value < (scale.levels[low]?.value ?? Infinity) ? index : low), 0);
}

/** A level as a number to read: at most two decimals, none when whole ("2.96", "3"), so 2.96 never reads as "3.0". */
export function levelNumber(level: number): string {
  return String(Number(level.toFixed(2)));
}

/** "3 · Proficient": the level and the words for it, for chips, hovers and screen readers. */
export function describeLevel(level: number | null, scale: Scale | undefined): string {
  if (level === null) return 'No level yet';
  const number = levelNumber(level);
  const band = scale?.levels[levelIndex(level, scale)];
  return band ? `${number} · ${band.label}` : number;
}

/** What names a standard in a tight space: its code, or its statement cut to a readable length. */
export function standardLabel(standing: Pick<StandardStanding, 'code' | 'statement'>): string {
  const code = shortCode(standing.code);
  if (code) return code;
  return standing.statement.length > 60 ? `${standing.statement.slice(0, 57)}…` : standing.statement;
}
