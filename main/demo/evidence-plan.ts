import { insertAssessment } from '../../db/assessments.js';
import type { GradebookWriter } from '../../db/handle.js';
import type { EvidenceKind } from '../../preload/contract/vocabulary.js';
import { instantOf, isoFromDay, isWeekend } from './calendar.js';
import { itemAt, type Random } from './random.js';
import type { DemoFrame } from './frame.js';
import { isPresent, type DemoContext, type DemoLearner, type DemoStandard } from './world.js';

/**
 * A semester of assessments per class: exit tickets and quick checks on what was just taught, spiral
 * reviews, a project per unit, learning-skills check-ins, and a unit check once a unit is done.
 * Every learner enrolled on the day gets one piece of evidence per standard the assessment scores,
 * so the plan knows exactly how many rows it will produce.
 */

export type PlannedAssessment = {
  id: string;
  day: number;
  title: string;
  kind: EvidenceKind;
  modality: string;
  /** Indices into DemoFrame.standards. */
  standards: number[];
  /** Indices into the learner list: those enrolled on the day. */
  learners: number[];
  /** The check at the end of a unit, which the plan keeps when it has to drop tasks. */
  unitCheck: boolean;
};

/** The share of a class's evidence that comes from assessments; the rest is observations and anytime evidence. */
export const assessmentShare = 0.6;
/** Average standards per assessment, used to decide how many assessments fill the share. */
const standardsPerAssessment = 1.9;
const maxStandardsPerUnitCheck = 6;
/** School days between the last standard of a unit being introduced and the unit check. */
const unitCheckDelay = 5;

export function schoolDaysBetween(context: DemoContext, first: number, last: number): number[] {
  const days: number[] = [];
  for (let day = first; day <= last; day++) if (!isWeekend(day) && !context.clock.calendar.isBreak(day)) days.push(day);
  return days;
}

/** Plans and writes the assessments of one class, producing at most `budget` evidence rows. */
export function writeClassAssessments(
  writer: GradebookWriter,
  context: DemoContext,
  frame: DemoFrame,
  classIndex: number,
  learners: readonly DemoLearner[],
  budget: number,
): PlannedAssessment[] {
  const random = context.random.fork(`assessments/${classIndex}`);
  const schoolClass = frame.classes[classIndex];
  if (!schoolClass || schoolClass.learners.length === 0) return [];
  const days = schoolDaysBetween(context, context.clock.firstDay, context.clock.lastDay);
  const target = Math.floor(budget * assessmentShare);
  const count = Math.round(target / (schoolClass.learners.length * standardsPerAssessment));
  if (days.length === 0 || count === 0) return [];

  const designer = createDesigner(random, frame);
  const planned: PlannedAssessment[] = [];
  let rows = 0;
  for (let k = 0; k < count; k++) {
    const day = days[Math.floor(((k + 0.5) * days.length) / count)] ?? context.clock.firstDay;
    const design = designer(day);
    const enrolled = schoolClass.learners.filter((learner) => learners[learner] !== undefined && isPresent(learners[learner], day));
    rows += enrolled.length * design.standards.length;
    planned.push({ id: '', day, ...design, learners: enrolled });
  }
  // drop optional tasks (never a unit check while another will do) until the plan fits its share
  while (rows > target && planned.length > 0) {
    const optional = planned.flatMap((assessment, index) => (assessment.unitCheck ? [] : [index]));
    const index = optional.length > 0 ? random.pick(optional) : random.int(0, planned.length - 1);
    const [dropped] = planned.splice(index, 1);
    if (dropped) rows -= dropped.learners.length * dropped.standards.length;
  }

  for (const assessment of planned) {
    const created = instantOf(assessment.day, 14 * 60 + random.int(0, 90));
    assessment.id = insertAssessment(writer, {
      id: context.makeId(created.ms),
      classId: schoolClass.id,
      title: assessment.title,
      assessedOn: isoFromDay(assessment.day),
      kind: assessment.kind,
      modality: assessment.modality,
      description: descriptionOf(assessment),
      standardIds: assessment.standards.map((index) => frame.standards[index]?.id ?? ''),
      createdAt: created.iso,
    });
  }
  return planned;
}

function descriptionOf(assessment: Pick<PlannedAssessment, 'modality' | 'unitCheck'>): string {
  if (assessment.unitCheck) return 'Short written check of every standard in the unit.';
  if (assessment.modality === 'project') return 'A project over several days; learners chose how to present their work.';
  return '';
}

type Design = Pick<PlannedAssessment, 'title' | 'kind' | 'modality' | 'standards' | 'unitCheck'>;

/** Decides, day by day in order, what the next assessment of a class is. */
function createDesigner(random: Random, frame: DemoFrame): (day: number) => Design {
  const { standards, units } = frame;
  const academic = standards.flatMap((standard, index) => (standard.isSkill ? [] : [index]));
  const skills = standards.flatMap((standard, index) => (standard.isSkill ? [index] : []));
  const checkedUnits = new Set<number>();
  const projectUnits = new Set<number>();
  let reviews = 0;
  const at = (index: number): DemoStandard => itemAt(standards, index);
  const topicOf = (index: number): string => at(index).topic;

  return (day) => {
    const introduced = academic.filter((index) => at(index).introDay <= day);
    const taught = introduced.length > 0 ? introduced : academic.slice(0, 1);
    const recent = taught.slice(-4);

    const dueUnit = units.findIndex(
      (unit, u) =>
        !checkedUnits.has(u) &&
        unit.standards.length > 0 &&
        unit.standards.every((index) => at(index).introDay + unitCheckDelay <= day),
    );
    if (dueUnit >= 0) {
      checkedUnits.add(dueUnit);
      const unit = units[dueUnit];
      return {
        title: `Unit ${dueUnit + 1} check: ${unit?.title ?? ''}`,
        kind: 'of',
        modality: 'direct_instruction',
        standards: (unit?.standards ?? []).slice(0, maxStandardsPerUnitCheck),
        unitCheck: true,
      };
    }

    const roll = random.next();
    const currentUnit = at(taught[taught.length - 1] ?? 0).unit;
    if (roll < 0.14 && !projectUnits.has(currentUnit)) {
      projectUnits.add(currentUnit);
      const inUnit = taught.filter((index) => at(index).unit === currentUnit).slice(0, 3);
      const withSkill = skills.length > 1 ? [...inUnit, skills[1] as number] : inUnit; // collaboration
      return {
        title: units[currentUnit]?.project ?? 'Class project',
        kind: random.chance(0.5) ? 'of' : 'as',
        modality: 'project',
        standards: withSkill,
        unitCheck: false,
      };
    }
    if (roll < 0.24 && skills.length > 0) {
      const skill = random.pick(skills);
      return { title: `Learning skills check-in: ${topicOf(skill)}`, kind: 'as', modality: 'small_group', standards: [skill], unitCheck: false };
    }
    if (roll < 0.34 && taught.length >= 3) {
      reviews++;
      const first = random.pick(taught);
      const second = random.pick(taught.filter((index) => index !== first));
      return { title: `Spiral review ${reviews}`, kind: 'for', modality: 'digital', standards: [first, second], unitCheck: false };
    }
    if (roll < 0.52 && recent.length >= 2) {
      const pair = random.shuffle([...recent]).slice(0, 2);
      return {
        title: `Quick check: ${units[at(pair[0] ?? 0).unit]?.title.toLowerCase() ?? 'this week'}`,
        kind: 'for',
        modality: random.chance(0.5) ? 'digital' : 'independent',
        standards: pair,
        unitCheck: false,
      };
    }
    if (roll < 0.6) {
      const standard = random.pick(recent);
      return { title: `Math journal: ${topicOf(standard)}`, kind: 'as', modality: 'independent', standards: [standard], unitCheck: false };
    }
    const standard = random.pick(recent.slice(-3));
    return {
      title: `Exit ticket: ${topicOf(standard)}`,
      kind: 'for',
      modality: random.chance(0.6) ? 'direct_instruction' : 'small_group',
      standards: [standard],
      unitCheck: false,
    };
  };
}
