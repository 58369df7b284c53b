import type { ReadinessState } from '../../../preload/contract/vocabulary.js';
import type { GroupingLearner } from './learner.js';

const bandNames = ['Beginning', 'Developing', 'Proficient', 'Extending'];

/** A crafted learner: level on a 1–4 scale (band = level reached), readiness and interests as given. */
export function learner(n: number, level: number | null, extra: Partial<GroupingLearner> = {}): GroupingLearner {
  const rank = level === null ? null : Math.floor(level);
  return {
    learnerId: `l${String(n).padStart(3, '0')}`,
    name: `Learner ${n}`,
    level,
    band: rank === null ? null : (bandNames[rank - 1] ?? null),
    bandRank: rank,
    readiness: null as ReadinessState | null,
    blockedBy: null,
    interests: [],
    ...extra,
  };
}

/** A class of `size` learners whose levels cycle through 1, 1.5 … 4 (a spread a real class has). */
export function craftedClass(size: number): GroupingLearner[] {
  return Array.from({ length: size }, (_, i) => learner(i + 1, 1 + (i % 7) / 2));
}
