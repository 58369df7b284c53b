import { recordAudit } from '../../db/audit.js';
import { GradebookError } from '../../db/errors.js';
import { insertEvidenceMany } from '../../db/evidence.js';
import type { GradebookWriter } from '../../db/handle.js';
import { setSetting } from '../../db/settings.js';
import { instantOf, schoolCalendarAround } from './calendar.js';
import { createIdMaker, demoSeedTag } from './demo-ids.js';
import { apportion, resolveDemoOptions, type DemoGradebookOptions } from './demo-options.js';
import { writeClassAssessments } from './evidence-plan.js';
import { demoEvidence, emptyTally, type EvidenceTally } from './evidence-stream.js';
import { demoSchoolName, writeFrame } from './frame.js';
import { createRandom } from './random.js';
import { writeEducators, writeRoster } from './roster.js';
import { planStandards } from './standards-plan.js';
import { writeDemoProfiles } from './profiles.js';
import { writeDemoGroupSets } from './group-sets.js';
import type { DemoContext } from './world.js';
import { keepStoredLevelsCurrent } from '../gradebook/mastery-grid.js';

export type { DemoGradebookOptions } from './demo-options.js';

export type DemoGradebookSummary = {
  title: string;
  seed: string;
  today: string;
  schoolId: string;
  termId: string;
  classIds: string[];
  classes: number;
  educators: number;
  learners: number;
  contacts: number;
  /** 'standard'-type standards: academic plus learning skills. */
  standards: number;
  learningSkills: number;
  prerequisites: number;
  assessments: number;
  evidence: number;
  evidenceWithFeedback: number;
  evidenceAwaitingFeedback: number;
  evidenceUnscored: number;
  evidenceBySource: EvidenceTally['bySource'];
};

export const demoTitle = `${demoSchoolName} — Grade 5 Math (demo)`;
const actor = 'Proficio demo generator';

/**
 * Fills an empty gradebook with a realistic, reproducible semester: a school, its classes, learners and
 * families, a grade 5 mathematics framework and learning skills, and a semester of assessments and
 * evidence with feedback. The same options give the same file byte for byte: every id, date and
 * instant derives from the seed and `today`, never from the clock. One transaction: all or nothing.
 */
export function generateDemoGradebook(writer: GradebookWriter, options: DemoGradebookOptions = {}): DemoGradebookSummary {
  const resolved = resolveDemoOptions(options);
  const calendar = schoolCalendarAround(resolved.today);
  const random = createRandom(resolved.seed);
  const setupAt = instantOf(calendar.semester.startsOn - 4, 16 * 60);
  const context: DemoContext = {
    random,
    makeId: createIdMaker(random.fork('ids')),
    seedTag: demoSeedTag(resolved.seed),
    clock: {
      today: resolved.today,
      calendar,
      firstDay: calendar.semester.startsOn,
      lastDay: Math.min(resolved.today, calendar.semester.endsOn),
      setupAt,
    },
  };

  return writer.transaction(() => {
    refuseUnlessEmpty(writer);
    const plan = planStandards(resolved.standards);
    const classCount = resolved.classSizes.length;
    const educatorIds = writeEducators(writer, context, Math.max(1, Math.ceil((classCount * 2) / 3)));
    const frame = writeFrame(writer, context, plan, resolved.classSizes, educatorIds);
    const learners = writeRoster(
      writer,
      context,
      frame.classes.map((schoolClass, index) => ({ id: schoolClass.id, teacherId: schoolClass.teacherId, size: resolved.classSizes[index] ?? 0 })),
      plan.domainCount,
    );
    for (const [index, learner] of learners.entries()) frame.classes[learner.classIndex]?.learners.push(index);

    const budgets = apportion(resolved.evidence, resolved.classSizes);
    const assessments = frame.classes.map((_, classIndex) =>
      writeClassAssessments(writer, context, frame, classIndex, learners, budgets[classIndex] ?? 0),
    );
    const individualBudgets = assessments.map(
      (planned, classIndex) => (budgets[classIndex] ?? 0) - planned.reduce((rows, a) => rows + a.learners.length * a.standards.length, 0),
    );
    const tally = emptyTally();
    const written = insertEvidenceMany(writer, demoEvidence({ context, frame, learners, assessments, individualBudgets, tally }));
    if (written !== resolved.evidence) {
      throw new Error(`The demo planned ${resolved.evidence} pieces of evidence but wrote ${written}.`);
    }
    writeDemoProfiles(writer, context, frame, learners);
    // the levels are stored as they stood at the end of the demo's last school day
    keepStoredLevelsCurrent(writer, null, instantOf(context.clock.lastDay, 17 * 60).iso);
    writeDemoGroupSets(writer, context, frame);

    const contacts = Number(writer.prepare('SELECT count(*) FROM contacts').pluck().get());
    const summary: DemoGradebookSummary = {
      title: demoTitle,
      seed: resolved.seed,
      today: resolved.todayIso,
      schoolId: frame.schoolId,
      termId: frame.termId,
      classIds: frame.classes.map((schoolClass) => schoolClass.id),
      classes: frame.classes.length,
      educators: educatorIds.length,
      learners: learners.length,
      contacts,
      standards: frame.standards.length,
      learningSkills: plan.skills.length,
      prerequisites: frame.prerequisites,
      assessments: assessments.reduce((sum, planned) => sum + planned.length, 0),
      evidence: tally.evidence,
      evidenceWithFeedback: tally.withFeedback,
      evidenceAwaitingFeedback: tally.awaitingFeedback,
      evidenceUnscored: tally.unscored,
      evidenceBySource: tally.bySource,
    };
    setSetting(writer, 'title', demoTitle);
    setSetting(writer, 'demo', 'true');
    setSetting(writer, 'demo_seed', resolved.seed);
    const generatedAt = instantOf(resolved.today, 23 * 60 + 59);
    recordAudit(writer, {
      id: context.makeId(generatedAt.ms),
      at: generatedAt.iso,
      actor,
      action: 'create',
      entity: 'gradebook',
      entityId: frame.schoolId,
      after: { demo: true, seed: resolved.seed, today: resolved.todayIso, classes: summary.classes, learners: summary.learners, standards: summary.standards, evidence: summary.evidence },
    });
    return summary;
  });
}

/** A demo goes only into an empty gradebook: mixing invented learners with real ones would be a disaster. */
function refuseUnlessEmpty(writer: GradebookWriter): void {
  const used = writer.prepare(
    `SELECT (SELECT count(*) FROM schools) + (SELECT count(*) FROM learners) + (SELECT count(*) FROM frameworks) + (SELECT count(*) FROM classes)`,
  );
  if (Number(used.pluck().get()) > 0) {
    throw new GradebookError('conflict', 'A demo can only be created in a new, empty gradebook; this one already has data.', {
      path: writer.path,
    });
  }
}
