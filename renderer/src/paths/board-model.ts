import { shortCode, type ClassReadiness, type LearnerReadiness, type ProgressionStandard } from '../../../preload/contract/index.js';
import { compareNames, learnerName } from '../format/learner-name.js';

/** A run of neighbouring columns under one heading (a domain such as 5.NF), by column index. */
export type ColumnGroup = { label: string; start: number; count: number };

/** What a standard is called on the board: its short code, or the start of its statement when it has none. */
export function standardLabel(standard: Pick<ProgressionStandard, 'code' | 'statement'>): string {
  return shortCode(standard.code) ?? (standard.statement.length > 12 ? `${standard.statement.slice(0, 11).trimEnd()}…` : standard.statement);
}

/**
 * The domain a code belongs to: its first two parts (`5.NF.A.1` → `5.NF`, `RL.5.2` → `RL.5`). The
 * readiness answer carries no framework tree, and codes already say their domain, so the board groups
 * by that rather than reading the whole framework for its headings.
 */
export function domainOf(code: string | null): string {
  const short = shortCode(code);
  if (short === null) return 'No code';
  const parts = short.split('.');
  return parts.length >= 3 ? parts.slice(0, 2).join('.') : short;
}

/** Neighbouring columns of the same domain, in the class's order (a domain split by another shows twice). */
export function columnGroups(standards: readonly ProgressionStandard[]): ColumnGroup[] {
  const groups: ColumnGroup[] = [];
  standards.forEach((standard, index) => {
    const label = domainOf(standard.code);
    const last = groups.at(-1);
    if (last && last.label === label) last.count += 1;
    else groups.push({ label, start: index, count: 1 });
  });
  return groups;
}

/** Learners as a class list reads: family name first, accents and case not reordering anyone. */
export function learnersByName(learners: readonly LearnerReadiness[]): LearnerReadiness[] {
  const named = learners.map((learner) => ({ learner, name: learnerName(learner) }));
  named.sort((a, b) => compareNames(a.name, b.name));
  return named.map((item) => item.learner);
}

/** The learners ready for the standard at `index` (every tracked prerequisite mastered, not started), in the given order. */
export function learnersReadyFor(learners: readonly LearnerReadiness[], index: number): LearnerReadiness[] {
  return learners.filter((learner) => learner.states[index] === 'ready');
}

/** The ready list as a teacher pastes it elsewhere: one name a line. */
export function readyListText(learners: readonly LearnerReadiness[]): string {
  return learners.map((learner) => learnerName(learner).display).join('\n');
}

/** For each standard, the share (0–1) of the class's learners who have mastered it; 0 for an empty class. */
export function masteredShares(readiness: Pick<ClassReadiness, 'standards' | 'learners'>): number[] {
  const counts = readiness.standards.map(() => 0);
  for (const learner of readiness.learners) {
    learner.states.forEach((state, index) => {
      if (state === 'mastered') counts[index] = (counts[index] ?? 0) + 1;
    });
  }
  const total = readiness.learners.length;
  return counts.map((count) => (total === 0 ? 0 : count / total));
}
