import { standardTypeLadder } from './framework-package.js';

const synonyms: Record<string, string> = {
  gradelevel: 'grade level',
  grade: 'grade level',
  learningtarget: 'learning target',
  target: 'learning target',
  substandard: 'component',
  'sub-standard': 'component',
  'conceptual category': 'strand',
};

/** CFItemType (free text) → our lower-case vocabulary; null when the source gives no type. */
export function normalizeStandardType(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const lower = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (lower === '') return null;
  return synonyms[lower] ?? synonyms[lower.replace(/ /g, '')] ?? lower;
}

const ladder: readonly string[] = standardTypeLadder;

/**
 * A type for an item the source left untyped, from its neighbours on the ladder grade level → strand →
 * domain → cluster → standard → component: one step above its children's type, else one step below
 * its parent's, else 'standard' (the most common kind, and the one a teacher assesses).
 */
export function inferStandardType(childTypes: readonly string[], parentType: string | null): string {
  const fromChildren = childTypes
    .map((type) => ladder.indexOf(type))
    .filter((index) => index > 0)
    .sort((a, b) => a - b)[0];
  if (fromChildren !== undefined) return ladder[fromChildren - 1] ?? 'standard';
  if (parentType !== null) {
    const index = ladder.indexOf(parentType);
    if (index >= 0) return ladder[Math.min(index + 1, ladder.length - 1)] ?? 'standard';
  }
  return 'standard';
}
