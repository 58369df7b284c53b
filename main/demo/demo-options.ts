import { GradebookError } from '../../db/errors.js';
import { dayFromIso } from './calendar.js';
import { createRandom } from './random.js';

type Sizes = {
  /** Number of classes; default 3, or about one per 27 learners when `learners` is given. */
  classes?: number;
  /** 'standard'-type standards, academic and learning skills together; default 30 (the built-in frameworks). */
  standards?: number;
  /** Pieces of evidence; default 2.5 per learner per standard. */
  evidence?: number;
};

export type DemoGradebookOptions = Sizes & {
  /** Same seed and options, same file (ids and timestamps included). Default 1. */
  seed?: number | string;
  /** The demo's "today" (YYYY-MM-DD): the semester is the one around it, and no evidence is later. Default '2026-01-23'. */
  today?: string;
} & (
    | { /** Learners in every class; default 24–30, varying by class. */ learnersPerClass?: number; learners?: never }
    | { /** Learners in all, spread evenly over the classes. */ learners?: number; learnersPerClass?: never }
  );

export type ResolvedDemoOptions = {
  seed: string;
  today: number;
  todayIso: string;
  classSizes: number[];
  standards: number;
  evidence: number;
};

export const defaultToday = '2026-01-23';
const builtInStandardCount = 30;
const typicalClassSize = 27;

function invalid(message: string, details: Record<string, unknown>): never {
  throw new GradebookError('invalid_data', message, details);
}

function wholeNumber(name: string, value: number | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < min) invalid(`The demo option ${name} must be a whole number of at least ${min}, not ${value}.`, { [name]: value });
  return value;
}

export function resolveDemoOptions(options: DemoGradebookOptions): ResolvedDemoOptions {
  const seed = String(options.seed ?? 1);
  const todayIso = options.today ?? defaultToday;
  let today: number;
  try {
    today = dayFromIso(todayIso);
  } catch {
    return invalid(`The demo option today must be a date like 2026-01-23, not "${todayIso}".`, { today: todayIso });
  }
  const learners = wholeNumber('learners', options.learners, 1);
  const learnersPerClass = wholeNumber('learnersPerClass', options.learnersPerClass, 1);
  if (learners !== undefined && learnersPerClass !== undefined) {
    invalid('Give the demo either learners or learnersPerClass, not both.', { learners, learnersPerClass });
  }
  const classes = wholeNumber('classes', options.classes, 1) ?? (learners === undefined ? 3 : Math.max(1, Math.round(learners / typicalClassSize)));
  if (learners !== undefined && learners < classes) invalid(`${learners} learners cannot fill ${classes} classes.`, { learners, classes });

  let classSizes: number[];
  if (learners !== undefined) {
    classSizes = Array.from({ length: classes }, (_, index) => Math.floor(learners / classes) + (index < learners % classes ? 1 : 0));
  } else if (learnersPerClass !== undefined) {
    classSizes = Array.from({ length: classes }, () => learnersPerClass);
  } else {
    const random = createRandom(seed).fork('class-sizes');
    classSizes = Array.from({ length: classes }, () => random.int(24, 30));
  }
  const standards = wholeNumber('standards', options.standards, 1) ?? builtInStandardCount;
  const totalLearners = classSizes.reduce((a, b) => a + b, 0);
  const evidence = wholeNumber('evidence', options.evidence, 0) ?? Math.round(totalLearners * standards * 2.5);
  return { seed, today, todayIso, classSizes, standards, evidence };
}

/** Splits `total` in proportion to `weights` (largest remainder), so the parts add up exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => [value - Math.floor(value), index] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, index] of byRemainder) {
    if (left-- <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
  }
  return parts;
}
