import type { ReadinessState } from '../../../preload/contract/vocabulary.js';
import { assertNever } from '../../../preload/contract/shared.js';

/** What a prerequisite looks like in an explanation: its short code and, when mastered, since when. */
export type NamedPrerequisite = { code: string; mastered: boolean; lastObservedOn: string | null };

/**
 * One plain sentence saying why a learner is where they are on a standard, e.g.
 * "Ready: 4.NF.A.1 is mastered (last evidence 2025-10-03); 5.NF.A.1 not started yet." Pure.
 */
export function explainReadiness(
  state: ReadinessState,
  standardCode: string,
  prerequisites: readonly NamedPrerequisite[],
  assumed: readonly string[],
): string {
  const mastered = prerequisites.filter((p) => p.mastered).map((p) => (p.lastObservedOn ? `${p.code} mastered (last evidence ${p.lastObservedOn})` : `${p.code} mastered`));
  const missing = prerequisites.filter((p) => !p.mastered).map((p) => p.code);
  const assumedNote = assumed.length ? ` ${list(assumed)} ${assumed.length === 1 ? 'is' : 'are'} not tracked by the class and assumed.` : '';
  switch (state) {
    case 'mastered':
      return `Mastered ${standardCode}.`;
    case 'not_yet_ready':
      return `Not yet ready for ${standardCode}: first ${list(missing)}.${assumedNote}`;
    case 'in_progress':
      return `Working on ${standardCode}${mastered.length ? `: ${list(mastered)}` : ''}.${assumedNote}`;
    case 'ready':
      return `Ready for ${standardCode}${mastered.length ? `: ${list(mastered)}` : ': no prerequisite to wait for'}; not started yet.${assumedNote}`;
    default:
      return assertNever(state);
  }
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
