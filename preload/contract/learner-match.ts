/**
 * Finding a learner by any part of their name, the way a teacher types it: case, accents and the order
 * of the words do not matter ("jose" finds "José Ramírez", "ram jo" finds him too). The picker builds
 * the index once per roster and matches on every keystroke, so the per-keystroke work is only
 * `includes` on short, already folded strings — a thousand learners take well under a millisecond.
 */

/** A learner as the picker lists them. */
export type PickerLearner = {
  learnerId: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
};

export type LearnerIndexEntry<T extends PickerLearner> = {
  learner: T;
  /** Every name part, folded, joined by spaces: "jose ramirez pepe". */
  haystack: string;
  /** Where each name word starts in the haystack, for ranking word-start matches first. */
  words: string[];
};

// letters that do not decompose into a base letter and a mark, mapped to what people type instead
const foldedLetters: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const marks = /\p{M}/gu;
const special = /[ßæœøłđðþı]/g;

/** Lower case, accents and other marks removed, apostrophes and hyphens as spaces: the form both sides are compared in. */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(marks, '')
    .replace(special, (letter) => foldedLetters[letter] ?? letter)
    .replace(/[\s'’‘`´.,\-_]+/g, ' ')
    .trim();
}

export function indexLearners<T extends PickerLearner>(learners: readonly T[]): LearnerIndexEntry<T>[] {
  return learners.map((learner) => {
    const haystack = foldName([learner.preferredName ?? '', learner.givenName, learner.familyName].join(' '));
    return { learner, haystack, words: haystack.split(' ') };
  });
}

/**
 * The learners whose names contain every typed word (anywhere in a name part), best first: a typed word
 * that starts a name part ranks above one found inside it, and a whole-name-part match above both.
 * An empty query matches nobody (the picker then lists no one rather than everyone).
 */
export function matchLearners<T extends PickerLearner>(index: readonly LearnerIndexEntry<T>[], query: string, limit = 20): T[] {
  const terms = foldName(query).split(' ').filter((term) => term !== '');
  if (terms.length === 0) return [];
  const found: { learner: T; score: number; order: number }[] = [];
  index.forEach((entry, order) => {
    let score = 0;
    for (const term of terms) {
      if (!entry.haystack.includes(term)) return;
      score += termScore(entry.words, term);
    }
    found.push({ learner: entry.learner, score, order });
  });
  found.sort((a, b) => b.score - a.score || a.order - b.order);
  return found.slice(0, limit).map((item) => item.learner);
}

function termScore(words: readonly string[], term: string): number {
  let best = 1;
  for (const word of words) {
    if (word === term) return 3;
    if (word.startsWith(term)) best = 2;
  }
  return best;
}
