import type { EnrolledLearner } from '../../db/enrollments.js';

// as the window compares names (renderer/src/format/learner-name.ts): accents and case do not reorder
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Family name, then the name the learner goes by: the order the grid lists a class in unless sorted otherwise. */
function classListKey(learner: EnrolledLearner): string {
  const preferred = learner.preferredName?.trim() ?? '';
  return `${learner.familyName}\u0000${preferred !== '' ? preferred : learner.givenName}`;
}

/**
 * The first `count` learners of a class as its grid first shows them: the rows on the teacher's
 * first screen of a big class, read before the rest.
 */
export function firstLearners(learners: readonly EnrolledLearner[], count: number): EnrolledLearner[] {
  const keys = new Map(learners.map((learner) => [learner.learnerId, classListKey(learner)]));
  return [...learners].sort((a, b) => collator.compare(keys.get(a.learnerId) ?? '', keys.get(b.learnerId) ?? '')).slice(0, count);
}
