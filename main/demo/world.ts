import type { SchoolCalendar } from './calendar.js';
import type { Random } from './random.js';

/**
 * What the parts of the demo generator share once the frame is written: the calendar, the people and
 * the standards, each with the hidden traits (ability, growth, difficulty) that shape its evidence.
 * Days are whole days since 1970-01-01 (see calendar.ts).
 */

export type DemoClock = {
  today: number;
  calendar: SchoolCalendar;
  /** First and last day evidence may be observed on: the semester so far. */
  firstDay: number;
  lastDay: number;
  /** The instant the gradebook was set up, a few days before the semester. */
  setupAt: { iso: string; ms: number };
};

export type DemoContext = {
  random: Random;
  makeId: (instantMs: number) => string;
  /** Put in the sourcedIds of this file's own classes and people (see demoSeedTag): '' for seed 1. */
  seedTag: string;
  clock: DemoClock;
};

export type DemoLearner = {
  id: string;
  classIndex: number;
  /** First day in the class; later than the semester start for a learner who joined late. */
  joinDay: number;
  /** From this day on the learner was away (a family trip, an illness) and left no evidence; null = never. */
  awayFromDay: number | null;
  /** Latent traits: ability ~ N(0, 1); growth in levels over the semester; engagement multiplies how often anytime evidence appears. */
  ability: number;
  growth: number;
  engagement: number;
  skillAbility: number;
  /** Strength (+) or need (−) per domain, indexed like PlannedStandard.domain. */
  domainOffsets: readonly number[];
};

export type DemoStandard = {
  id: string;
  code: string;
  topic: string;
  isSkill: boolean;
  unit: number;
  domain: number;
  difficulty: number;
  /** The day teaching of it starts; no evidence before. */
  introDay: number;
};

export type DemoClass = {
  id: string;
  title: string;
  teacherId: string;
  /** Indices into the learner list. */
  learners: number[];
};

export type DemoUnit = { title: string; project: string; standards: number[] };

/** Whether a learner was in class on a day: enrolled by then, and not away. */
export function isPresent(learner: DemoLearner, day: number): boolean {
  return learner.joinDay <= day && (learner.awayFromDay === null || day < learner.awayFromDay);
}
