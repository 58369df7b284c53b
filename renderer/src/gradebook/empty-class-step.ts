/** What an empty class needs before the grid can show it, in the order a teacher must do it. */
export type EmptyClassStep = 'import-roster' | 'import-standards' | 'choose-standards';

/**
 * The next step for a class the grid cannot show: learners first (a roster import); then standards —
 * imported first when the gradebook holds none (a roster brings classes, never standards), else chosen
 * for the class in Standards. `frameworks` is null until known: choosing is then the likelier step.
 */
export function emptyClassStep(hasLearners: boolean, frameworks: number | null): EmptyClassStep {
  if (!hasLearners) return 'import-roster';
  return frameworks === 0 ? 'import-standards' : 'choose-standards';
}
