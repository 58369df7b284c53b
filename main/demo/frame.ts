import { insertClass } from '../../db/classes.js';
import { insertEnrollment } from '../../db/enrollments.js';
import type { GradebookWriter } from '../../db/handle.js';
import { insertScale, type NewScale } from '../../db/scales.js';
import { insertCourse, insertSchool, insertTerm } from '../../db/school.js';
import { insertFramework } from '../../db/frameworks.js';
import { insertPrerequisite } from '../../db/prerequisites.js';
import { insertStandard, trackStandards } from '../../db/standards.js';
import { isoFromDay } from './calendar.js';
import { createIdMaker } from './demo-ids.js';
import { academicScale, learningSkillsScale } from '../scales/default-scales.js';
import { grade5Framework } from './grade5-framework.js';
import { learningSkillsFramework } from './learning-skills.js';
import { createRandom } from './random.js';
import type { PlannedItem, PlannedStandard, StandardsPlan } from './standards-plan.js';
import type { DemoClass, DemoContext, DemoStandard, DemoUnit } from './world.js';

/** The frame of a demo gradebook: school, terms, course, scales, frameworks, classes and their teachers. */

export const demoSchoolName = 'Juniper Valley Elementary';

export type DemoFrame = {
  schoolId: string;
  termId: string;
  /** Academic standards in teaching order, then the learning-related skills. */
  standards: DemoStandard[];
  units: DemoUnit[];
  classes: DemoClass[];
  prerequisites: number;
};

/**
 * A framework's ids as a CASE publisher would mint them: the same in every demo file whatever the
 * seed, so two demo gradebooks (say, two teachers' files a coach compares) agree on their standards.
 */
function frameworkSourcedId(key: string): string {
  return createIdMaker(createRandom(`proficio-demo-framework/${key}`))(Date.UTC(2025, 6, 1));
}

export function writeFrame(
  writer: GradebookWriter,
  context: DemoContext,
  plan: StandardsPlan,
  classSizes: readonly number[],
  educatorIds: readonly string[],
): DemoFrame {
  const { clock, makeId, seedTag } = context;
  const at = clock.setupAt;
  const ids = (): string => makeId(at.ms);
  const { calendar } = clock;

  const schoolId = insertSchool(writer, { id: ids(), sourcedId: 'demo-school-1', name: demoSchoolName, createdAt: at.iso });
  const yearId = insertTerm(writer, {
    id: ids(),
    sourcedId: `demo-term-${calendar.startYear}`,
    schoolId,
    title: calendar.schoolYear.title,
    type: 'schoolYear',
    startsOn: isoFromDay(calendar.schoolYear.startsOn),
    endsOn: isoFromDay(calendar.schoolYear.endsOn),
    schoolYear: calendar.startYear + 1,
    createdAt: at.iso,
  });
  const termId = insertTerm(writer, {
    id: ids(),
    sourcedId: `demo-term-${calendar.startYear}-${calendar.semester.title.split(' ')[0]?.toLowerCase() ?? 'semester'}`,
    schoolId,
    parentId: yearId,
    title: calendar.semester.title,
    type: 'semester',
    startsOn: isoFromDay(calendar.semester.startsOn),
    endsOn: isoFromDay(calendar.semester.endsOn),
    schoolYear: calendar.startYear + 1,
    createdAt: at.iso,
  });
  const courseId = insertCourse(writer, {
    id: ids(),
    sourcedId: 'demo-course-math-5',
    schoolId,
    title: 'Grade 5 Mathematics',
    code: 'MATH-5',
    gradeLevels: ['05'],
    subjects: ['Mathematics'],
    createdAt: at.iso,
  });
  const withIds = (scale: NewScale): NewScale => ({ ...scale, id: ids(), createdAt: at.iso, levels: scale.levels.map((level) => ({ ...level, id: ids() })) });
  const academicScaleId = insertScale(writer, withIds(academicScale));
  const learningSkillsScaleId = insertScale(writer, withIds(learningSkillsScale));

  const standardIds = new Map<string, string>();
  const writeFramework = (meta: typeof grade5Framework | typeof learningSkillsFramework, items: readonly PlannedItem[], scaleId: string | null): void => {
    const frameworkId = insertFramework(writer, {
      id: ids(),
      sourcedId: frameworkSourcedId(meta.title),
      title: meta.title,
      creator: meta.creator,
      publisher: meta.publisher,
      version: meta.version,
      subject: meta.subject,
      adoptionStatus: 'Draft',
      lastChangedAt: '2025-07-01T00:00:00.000Z',
      scaleId,
      createdAt: at.iso,
    });
    for (const item of items) {
      const parentId = item.parentCode === null ? null : (standardIds.get(item.parentCode) ?? null);
      const id = insertStandard(writer, {
        id: ids(),
        sourcedId: frameworkSourcedId(`${meta.title}/${item.code}`),
        frameworkId,
        parentId,
        position: item.position,
        code: item.code,
        statement: item.statement,
        abbreviated: item.abbreviated,
        type: item.type,
        gradeLevels: meta.gradeLevels,
        createdAt: at.iso,
      });
      standardIds.set(item.code, id);
    }
  };
  // academic standards follow the class's scale; learning-related skills are always scored on their own
  writeFramework(grade5Framework, plan.academicItems, null);
  if (plan.skillItems.length > 0) writeFramework(learningSkillsFramework, plan.skillItems, learningSkillsScaleId);
  for (const [standard, prerequisite] of plan.prerequisites) {
    insertPrerequisite(writer, {
      id: ids(),
      standardId: requireId(standardIds, standard),
      prerequisiteId: requireId(standardIds, prerequisite),
      origin: 'framework',
      createdAt: at.iso,
    });
  }

  const standards = describeStandards(context, plan, standardIds);
  const units: DemoUnit[] = plan.units.map((unit) => ({ ...unit, standards: [] }));
  for (const [index, standard] of standards.entries()) if (!standard.isSkill) units[standard.unit]?.standards.push(index);

  const teachingOrder = standards.map((standard) => standard.id);
  const classes = classSizes.map((_, index): DemoClass => {
    const room = 12 + 2 * index;
    const title = `Grade 5 Math — Room ${room}`;
    const classId = insertClass(writer, {
      id: ids(),
      sourcedId: `demo-class-${seedTag}${index + 1}`,
      schoolId,
      courseId,
      termId,
      scaleId: academicScaleId,
      title,
      code: `MATH5-${String(index + 1).padStart(2, '0')}`,
      location: `Room ${room}`,
      gradeLevels: ['05'],
      masteryMethod: { kind: 'decaying_average', weight: 0.65 },
      createdAt: at.iso,
    });
    const teacherId = educatorIds[Math.floor((index * educatorIds.length) / classSizes.length)] ?? '';
    insertEnrollment(writer, {
      id: ids(),
      sourcedId: `demo-enrollment-teacher-${seedTag}${index + 1}`,
      classId,
      role: 'teacher',
      educatorId: teacherId,
      isPrimary: true,
      beginsOn: isoFromDay(calendar.semester.startsOn),
      endsOn: isoFromDay(calendar.semester.endsOn),
      createdAt: at.iso,
    });
    trackStandards(writer, classId, teachingOrder);
    return { id: classId, title, teacherId, learners: [] };
  });

  return { schoolId, termId, standards, units, classes, prerequisites: plan.prerequisites.length };
}

function requireId(ids: ReadonlyMap<string, string>, code: string): string {
  const id = ids.get(code);
  if (id === undefined) throw new Error(`The demo plan refers to ${code}, which it did not write.`);
  return id;
}

/** Hidden difficulty and the day teaching starts, per standard: the first on day one, the last at nine tenths of the semester. */
function describeStandards(context: DemoContext, plan: StandardsPlan, ids: ReadonlyMap<string, string>): DemoStandard[] {
  const random = context.random.fork('standards');
  const { semester } = context.clock.calendar;
  const span = semester.endsOn - semester.startsOn;
  const count = plan.academic.length;
  const describe = (standard: PlannedStandard, isSkill: boolean, introDay: number): DemoStandard => ({
    id: requireId(ids, standard.code),
    code: standard.code,
    topic: standard.topic,
    isSkill,
    unit: standard.unit,
    domain: standard.domain,
    difficulty: random.normal(0, 0.3),
    introDay,
  });
  return [
    ...plan.academic.map((standard, index) =>
      describe(standard, false, semester.startsOn + Math.floor((0.9 * index * span) / Math.max(1, count))),
    ),
    ...plan.skills.map((skill) => describe(skill, true, semester.startsOn)),
  ];
}
