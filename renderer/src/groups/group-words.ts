import { shortCode, type GroupLearner, type GroupStrategy, type GroupTarget, type LearnerPairings, type ReadinessState, type StaleMember } from '../../../preload/contract/index.js';
import { plural } from '../format/plural.js';

/** How a group set was made, as the teacher chose it. */
export const strategyLabels = {
  readiness: 'Readiness for a standard',
  bands: 'Proficiency bands',
  interests: 'Interests',
  balanced: 'Mixed groups',
  manual: 'By hand',
} as const satisfies Record<GroupStrategy, string>;

/** One line under each choice, saying what it does. */
export const strategyHints = {
  readiness: 'Who is ready for the standard, who is working on it, who has mastered it, and who needs a prerequisite first.',
  bands: 'Learners at the same level on the standard together.',
  interests: 'Learners who share an interest from their profile together.',
  balanced: 'Groups of the size you choose, each with learners at different levels.',
  manual: 'Empty groups to fill by dragging learners in.',
} as const satisfies Record<GroupStrategy, string>;

const readinessWords = { ready: 'Ready', in_progress: 'Working on it', mastered: 'Mastered', not_yet_ready: 'Not yet ready' } as const satisfies Record<ReadinessState, string>;

export function readinessWord(state: ReadinessState | null): string | null {
  return state === null ? null : readinessWords[state];
}

/** "5.NF.A.1", or the statement's start when a standard has no code. */
export function targetLabel(target: Pick<GroupTarget, 'code' | 'statement'>): string {
  const code = shortCode(target.code);
  if (code !== null && code !== '') return code;
  return target.statement.length > 40 ? `${target.statement.slice(0, 39).trimEnd()}…` : target.statement;
}

/** The short note on a learner's chip: where they stand on the target, else their level's label. */
export function learnerNote(learner: GroupLearner | undefined): string | null {
  if (!learner) return null;
  return readinessWord(learner.readiness) ?? learner.band;
}

/** What moved for a member of a stale set, in words: "was Ready, now Mastered". */
export function staleWords(member: StaleMember): string {
  const parts: string[] = [];
  if (member.savedReadiness !== member.nowReadiness) {
    parts.push(`was ${readinessWord(member.savedReadiness) ?? 'not placed'}, now ${readinessWord(member.nowReadiness) ?? 'not placed'}`);
  }
  if (member.savedBand !== member.nowBand) {
    parts.push(member.savedBand === null ? `had no level yet, now ${member.nowBand ?? 'none'}` : `was ${member.savedBand}, now ${member.nowBand ?? 'without a level'}`);
  }
  return parts.length === 0 ? 'has moved since the set was saved' : parts.join('; ');
}

const times = (count: number) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`);

/**
 * Who a learner has been grouped with most, in a line under "Grouped with": "Ben Ito 3 times (5.NF.A.1,
 * 5.NF.A.2), Cara Diaz twice." The most frequent partners first, at most `most` of them.
 */
export function partnerWords(pairings: LearnerPairings, most = 4): string {
  const partners = [...pairings.partners].sort((a, b) => b.times - a.times || a.name.localeCompare(b.name));
  if (partners.length === 0) return 'Not grouped with anyone in the recent sets.';
  const shown = partners.slice(0, most).map((partner) => {
    const codes = partner.standardCodes.map((code) => shortCode(code) ?? code).filter((code) => code !== '');
    return `${partner.name} ${times(partner.times)}${codes.length > 0 ? ` (${codes.join(', ')})` : ''}`;
  });
  const rest = partners.length - shown.length;
  return `${shown.join(', ')}${rest > 0 ? `, and ${plural(rest, 'other')}` : ''}.`;
}
