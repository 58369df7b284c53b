import type { ProfileGap } from '../../../preload/contract/learners.js';

/** What gap finding needs of one tracked standard. */
export type GapCandidate = { standardId: string; code: string | null; statement: string; mastered: boolean; evidenceCount: number };
export type Prerequisite = { standardId: string; prerequisiteId: string };

/**
 * A learner's gaps among a class's tracked standards, in the order given (the framework's):
 * first those they are ready for but have not mastered (every tracked prerequisite mastered, evidence
 * seen), then those with no evidence at all. Prerequisites outside `standings` are not tracked and
 * do not hold a learner back.
 */
export function findGaps(standings: readonly GapCandidate[], prerequisites: readonly Prerequisite[]): ProfileGap[] {
  const mastered = new Map(standings.map((s) => [s.standardId, s.mastered]));
  const required = new Map<string, string[]>();
  for (const edge of prerequisites) {
    if (!mastered.has(edge.prerequisiteId)) continue;
    const list = required.get(edge.standardId);
    if (list) list.push(edge.prerequisiteId);
    else required.set(edge.standardId, [edge.prerequisiteId]);
  }
  const ready: ProfileGap[] = [];
  const unseen: ProfileGap[] = [];
  for (const s of standings) {
    if (s.mastered) continue;
    const gap = { standardId: s.standardId, code: s.code, statement: s.statement };
    if (s.evidenceCount === 0) unseen.push({ ...gap, reason: 'no_evidence' });
    else if ((required.get(s.standardId) ?? []).every((id) => mastered.get(id) === true)) ready.push({ ...gap, reason: 'ready_not_mastered' });
  }
  return [...ready, ...unseen];
}
