import type { NewEvidence } from '../../db/evidence.js';
import type { EvidenceKind, EvidenceSource } from '../../preload/contract/vocabulary.js';
import { instantOf, isoFromDay, isWeekend } from './calendar.js';
import { apportion } from './demo-options.js';
import { absentNote, textsFor, type StandardTexts } from './feedback.js';
import type { DemoFrame } from './frame.js';
import type { PlannedAssessment } from './evidence-plan.js';
import { itemAt, weightedPicker, type Random } from './random.js';
import { isPresent, type DemoContext, type DemoLearner, type DemoStandard } from './world.js';

/**
 * The evidence of a demo gradebook, day by day in the order a teacher would record it: each day's
 * assessments, then the observations and the evidence learners bring from outside school.
 * A generator, so half a million rows stream into the insert without being held in memory.
 *
 * Levels come from a small growth model: a learner's ability, strength in the domain, the standard's
 * difficulty, growth over the semester and practice since the standard was introduced, plus noise.
 */

export type EvidenceTally = {
  evidence: number;
  withFeedback: number;
  awaitingFeedback: number;
  unscored: number;
  bySource: Record<EvidenceSource, number>;
};

export function emptyTally(): EvidenceTally {
  return { evidence: 0, withFeedback: 0, awaitingFeedback: 0, unscored: 0, bySource: { class: 0, self: 0, peer: 0, family: 0, community: 0, online: 0 } };
}

type Outside = Exclude<EvidenceSource, 'class'>;
const schoolDaySource = weightedPicker<EvidenceSource>([['class', 56], ['self', 14], ['peer', 8], ['family', 7], ['community', 6], ['online', 9]]);
const dayOffSource = weightedPicker<Outside>([['family', 35], ['community', 30], ['online', 35]]);
const classModality = weightedPicker([['direct_instruction', 35], ['small_group', 30], ['independent', 15], ['conference', 10], ['digital', 10]] as const);
const modalityOf: Readonly<Record<Outside, string>> = { self: 'independent', peer: 'small_group', family: 'home', community: 'community', online: 'digital' };
/** Days from observation to feedback: mostly within two days (rapid-cycle feedback), at most a week. */
const feedbackDelays = [0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 4, 5, 6, 7];
const feedbackChance: Readonly<Record<EvidenceSource, number>> = { class: 0.7, self: 0.35, peer: 0.5, family: 0.5, community: 0.5, online: 0.45 };
/** Share of learner × standard pairs that anytime evidence avoids, leaving gaps a teacher should notice. */
const gapShare = 0.08;
const absentChance = 0.025;

export type EvidenceInputs = {
  context: DemoContext;
  frame: DemoFrame;
  learners: readonly DemoLearner[];
  assessments: readonly (readonly PlannedAssessment[])[];
  /** Per class: evidence rows beyond the assessments. */
  individualBudgets: readonly number[];
  tally: EvidenceTally;
};

export function* demoEvidence(inputs: EvidenceInputs): Generator<NewEvidence> {
  const { context, frame, learners, assessments, individualBudgets, tally } = inputs;
  const random = context.random.fork('evidence');
  const { clock } = context;
  const { firstDay, lastDay, today } = clock;
  const semester = clock.calendar.semester;
  const span = Math.max(1, semester.endsOn - semester.startsOn);
  const practiceDays = Math.max(5, span * 0.2);
  const isSchoolDay = (day: number): boolean => !isWeekend(day) && !clock.calendar.isBreak(day);
  const dates: string[] = [];
  for (let day = firstDay; day <= lastDay + 8; day++) dates.push(isoFromDay(day));
  const dateOf = (day: number): string => dates[day - firstDay] ?? isoFromDay(day);
  // educators record and give feedback on school days: evidence from a weekend is entered on Monday
  const schoolDayFrom: number[] = [];
  for (let day = firstDay; day <= lastDay + 8; day++) {
    let next = day;
    while (!isSchoolDay(next) && next < day + 31) next++; // winter break plus weekends is about 17 days
    schoolDayFrom.push(next);
  }
  const schoolDayOnOrAfter = (day: number): number => schoolDayFrom[day - firstDay] ?? day;
  /** Feedback within a week of the observation, on a school day when the week has one. */
  const feedbackDayFor = (day: number, delay: number): number => {
    const wanted = day + delay;
    const after = schoolDayOnOrAfter(wanted);
    if (after <= day + 7) return after;
    for (let before = wanted - 1; before >= day; before--) if (isSchoolDay(before)) return before;
    return wanted;
  };
  const texts: StandardTexts[] = frame.standards.map((standard) => textsFor(standard.topic, standard.isSkill));
  const academic = frame.standards.flatMap((standard, index) => (standard.isSkill ? [] : [index]));
  const skills = frame.standards.flatMap((standard, index) => (standard.isSkill ? [index] : []));
  const gapSalt = random.uint32();

  function levelOf(learner: DemoLearner, standard: DemoStandard, day: number, source: EvidenceSource): number {
    const t = (day - semester.startsOn) / span;
    const practice = Math.min(1, Math.max(0, (day - standard.introDay) / practiceDays));
    const mean = standard.isSkill
      ? 2.1 + 0.5 * learner.skillAbility + 0.7 * learner.growth * t
      : 1.75 + 0.55 * learner.ability + (learner.domainOffsets[standard.domain] ?? 0) - standard.difficulty + 0.9 * learner.growth * t + 0.6 * practice;
    // learners rate themselves a little generously; peers are less consistent than the teacher
    const bias = source === 'self' ? 0.25 : 0;
    const noise = source === 'peer' ? 0.7 : 0.55;
    return Math.min(4, Math.max(1, Math.round(random.normal(mean + bias, noise))));
  }

  function row(
    classIndex: number,
    learnerIndex: number,
    standardIndex: number,
    day: number,
    how: { kind: EvidenceKind; modality: string; source: EvidenceSource; description: string | null; assessmentId: string | null },
    absent: boolean,
  ): NewEvidence {
    const learner = itemAt(learners, learnerIndex);
    const standard = itemAt(frame.standards, standardIndex);
    const schoolClass = itemAt(frame.classes, classIndex);
    const level = absent ? null : levelOf(learner, standard, day, how.source);
    let feedback: string | null = null;
    let feedbackOn: string | null = null;
    if (level === null) {
      tally.unscored++;
      if (random.chance(0.5)) {
        feedback = absentNote;
        feedbackOn = dateOf(day);
      }
    } else if (random.chance(how.kind === 'of' ? 0.85 : feedbackChance[how.source])) {
      const feedbackDay = feedbackDayFor(day, random.pick(feedbackDelays));
      // recent work may still be waiting for its feedback
      if (feedbackDay <= today && !(today - day < 7 && random.chance(0.4))) {
        feedback = random.pick(texts[standardIndex]?.feedback[level - 1] ?? ['']);
        feedbackOn = dateOf(feedbackDay);
      } else {
        tally.awaitingFeedback++;
      }
    }
    if (feedback !== null) tally.withFeedback++;
    const recorded = instantOf(Math.min(schoolDayOnOrAfter(day), today), 20 * 60 + random.int(0, 239));
    tally.evidence++;
    tally.bySource[how.source]++;
    return {
      id: context.makeId(recorded.ms),
      classId: schoolClass.id,
      learnerId: learner.id,
      standardId: standard.id,
      assessmentId: how.assessmentId,
      level,
      observedOn: dateOf(day),
      kind: how.kind,
      modality: how.modality,
      source: how.source,
      sourceDescription: how.description,
      recordedBy: schoolClass.teacherId,
      recordedAt: recorded.iso,
      feedback,
      feedbackOn,
    };
  }

  const perClass = frame.classes.map((schoolClass, classIndex) => ({
    pickLearner: schoolClass.learners.length > 0 ? engagementPicker(schoolClass.learners, learners) : null,
    dailyCounts: spreadOverDays(individualBudgets[classIndex] ?? 0, firstDay, lastDay, isSchoolDay),
    assessments: assessments[classIndex] ?? [],
    nextAssessment: 0,
  }));

  // class by class, each in date order: the insertion order per learner and standard (which the mastery
  // rules use for ties) is the same as school-wide date order, and the evidence indexes, keyed by class
  // first, fill one region at a time instead of all over (measured: 500k rows in 7 s instead of 11 s)
  for (const [classIndex, plan] of perClass.entries()) {
    let introduced = 0;
    for (let day = firstDay; day <= lastDay; day++) {
      while (introduced < academic.length && (frame.standards[academic[introduced] ?? 0]?.introDay ?? Infinity) <= day) introduced++;
      for (; plan.nextAssessment < plan.assessments.length; plan.nextAssessment++) {
        const assessment = plan.assessments[plan.nextAssessment];
        if (!assessment || assessment.day > day) break;
        const how = { kind: assessment.kind, modality: assessment.modality, source: 'class' as const, description: null, assessmentId: assessment.id };
        for (const learnerIndex of assessment.learners) {
          const absent = random.chance(absentChance);
          for (const standardIndex of assessment.standards) yield row(classIndex, learnerIndex, standardIndex, day, how, absent);
        }
      }
      const schoolDay = isSchoolDay(day);
      const count = plan.dailyCounts[day - firstDay] ?? 0;
      for (let i = 0; i < count; i++) {
        const learnerIndex = plan.pickLearner?.(random, day) ?? -1;
        if (learnerIndex < 0) continue;
        const source = schoolDay ? schoolDaySource(random) : dayOffSource(random);
        const standardIndex = pickStandard(random, learnerIndex, introduced);
        const kind: EvidenceKind = source === 'class' ? (random.chance(0.8) ? 'for' : 'as') : source === 'self' || source === 'peer' ? 'as' : random.chance(0.6) ? 'as' : 'for';
        const modality = source === 'class' ? classModality(random) : modalityOf[source];
        const description = source === 'class' ? null : random.pick(texts[standardIndex]?.sources[source] ?? ['']);
        yield row(classIndex, learnerIndex, standardIndex, day, { kind, modality, source, description, assessmentId: null }, false);
      }
    }
  }

  /** A recently introduced standard most of the time, an older one sometimes; skills now and then; gaps avoided. */
  function pickStandard(random: Random, learnerIndex: number, introducedCount: number): number {
    let choice = 0;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (skills.length > 0 && (introducedCount === 0 || random.chance(0.15))) {
        choice = random.pick(skills);
      } else {
        const taught = Math.max(1, introducedCount);
        const u = random.next();
        choice = academic[taught - 1 - Math.floor(taught * u * u)] ?? academic[0] ?? 0;
      }
      if (!isGap(learnerIndex, choice)) break;
    }
    return choice;
  }

  function isGap(learnerIndex: number, standardIndex: number): boolean {
    let h = Math.imul(learnerIndex ^ gapSalt, 0x9e3779b1) ^ Math.imul(standardIndex + 0x632be5ab, 0x85ebca77);
    h = Math.imul(h ^ (h >>> 15), 0xc2b2ae3d);
    return ((h ^ (h >>> 13)) >>> 0) / 4294967296 < gapShare;
  }
}

/** Picks a learner of the class in proportion to engagement, among those enrolled on the day. */
function engagementPicker(classLearners: readonly number[], learners: readonly DemoLearner[]): (random: Random, day: number) => number {
  const pick = weightedPicker(classLearners.map((index) => [index, itemAt(learners, index).engagement] as const));
  const enrolledOn = (index: number, day: number): boolean => isPresent(itemAt(learners, index), day);
  return (random, day) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const index = pick(random);
      if (enrolledOn(index, day)) return index;
    }
    return classLearners.find((index) => enrolledOn(index, day)) ?? -1;
  };
}

/** Splits `total` over the days, a school day weighing five times a weekend or holiday (learning outside school does not stop). */
function spreadOverDays(total: number, firstDay: number, lastDay: number, isSchoolDay: (day: number) => boolean): number[] {
  const weights: number[] = [];
  for (let day = firstDay; day <= lastDay; day++) weights.push(isSchoolDay(day) ? 1 : 0.2);
  return apportion(total, weights);
}
