import { insertGoal, insertReflection } from '../../db/goals.js';
import type { GradebookWriter } from '../../db/handle.js';
import { insertProfileEntry } from '../../db/profile-entries.js';
import type { Authorship } from '../../preload/contract/learners.js';
import type { ProfileEntryCategory } from '../../preload/contract/vocabulary.js';
import { instantOf, isoFromDay } from './calendar.js';
import type { DemoFrame } from './frame.js';
import type { DemoContext, DemoLearner } from './world.js';

/**
 * Learner profiles for the demo: what drives each learner (some in their own words, some from their
 * teacher or family), supports for a few, and goals on their weakest domain with reflections, so the
 * profile page has something real to show. Text is Proficio's own.
 */

const interests = ['drawing comics', 'football', 'building with blocks', 'dinosaurs', 'cooking with my grandmother', 'coding games', 'horses', 'music and drums', 'space and planets', 'reading mysteries'];
const motivations = ['wants to help younger siblings with homework', 'likes beating a personal best', 'works hard for projects that get shown to the class'];
const aspirations = ['wants to be a vet', 'wants to design video games', 'wants to be an engineer like an aunt', 'wants to play in a band'];
const modalities = ['learns best with pictures and diagrams', 'likes to talk an idea through with a partner first', 'remembers what was built or drawn with the hands'];
const supports = ['extra time on written tasks', 'instructions read aloud', 'a quiet corner for tests', 'a checklist for multi-step tasks'];
const strengthWords = ['explains thinking clearly', 'spots patterns quickly', 'keeps going on hard problems'];
const needWords = ['needs concrete models before symbols', 'benefits from a worked example first', 'needs short check-ins to stay on track'];
const reflectionsByLearner = ['I can do it with the drawing now, not yet without.', 'I practised at home with my dad.', 'This one is still hard for me.'];
const reflectionsByEducator = ['Showed it on the exit ticket today; next step is explaining why.', 'Much more confident this week.'];

export function writeDemoProfiles(writer: GradebookWriter, context: DemoContext, frame: DemoFrame, learners: readonly DemoLearner[]): void {
  const random = context.random.fork('profiles');
  const { firstDay, lastDay } = context.clock;
  const names = writer.prepare('SELECT given_name || \' \' || family_name FROM learners WHERE id = ?').pluck();
  const family = writer.prepare("SELECT given_name || ' ' || family_name FROM contacts WHERE learner_id = ? ORDER BY created_at LIMIT 1").pluck();
  const teacher = writer.prepare("SELECT given_name || ' ' || family_name FROM educators WHERE id = ?").pluck();
  const academic = frame.standards.filter((s) => !s.isSkill && s.introDay <= lastDay);

  for (const learner of learners) {
    const schoolClass = frame.classes[learner.classIndex];
    const learnerBy: Authorship = { author: 'learner', authorName: String(names.get(learner.id)) };
    const educatorBy: Authorship = { author: 'educator', authorName: String(teacher.get(schoolClass?.teacherId ?? '') ?? 'Educator') };
    const familyName = family.get(learner.id);
    const familyBy: Authorship | null = familyName ? { author: 'family', authorName: String(familyName) } : null;
    const day = () => random.int(firstDay, lastDay);
    const entry = (category: ProfileEntryCategory, body: string, by: Authorship, sensitive = false) => {
      const noted = day();
      insertProfileEntry(writer, { id: context.makeId(instantOf(noted, 15 * 60).ms), learnerId: learner.id, category, body, ...by, sensitive, notedOn: isoFromDay(noted), at: instantOf(noted, 15 * 60).iso });
    };

    entry('interest', random.pick(interests), learnerBy);
    if (random.chance(0.5)) entry('aspiration', random.pick(aspirations), learnerBy);
    if (random.chance(0.4)) entry('motivation', random.pick(motivations), familyBy ?? educatorBy);
    entry('modality', random.pick(modalities), random.chance(0.5) ? learnerBy : educatorBy);
    const best = learner.domainOffsets.indexOf(Math.max(...learner.domainOffsets));
    const worst = learner.domainOffsets.indexOf(Math.min(...learner.domainOffsets));
    entry('strength', random.pick(strengthWords), educatorBy);
    if (random.chance(0.6)) entry('need', random.pick(needWords), educatorBy);
    if (random.chance(0.12)) entry('support', random.pick(supports), educatorBy, true);

    if (!random.chance(0.5)) continue;
    const targets = academic.filter((s) => s.domain === worst && s.domain !== best).slice(0, 2);
    if (targets.length === 0) continue;
    const setDay = day();
    const setAt = instantOf(setDay, 14 * 60);
    const goalBy = random.chance(0.6) ? learnerBy : educatorBy;
    const goalId = insertGoal(writer, {
      id: context.makeId(setAt.ms),
      learnerId: learner.id,
      body: `Get to Proficient on ${targets.map((s) => s.code).join(' and ')}`,
      targetOn: isoFromDay(Math.min(context.clock.calendar.semester.endsOn, setDay + 42)),
      standardIds: targets.map((s) => s.id),
      setOn: isoFromDay(setDay),
      ...goalBy,
      at: setAt.iso,
    });
    for (let n = random.int(0, 2); n > 0; n -= 1) {
      const on = random.int(setDay, lastDay);
      const by = random.chance(0.5) ? learnerBy : educatorBy;
      const body = by.author === 'learner' ? random.pick(reflectionsByLearner) : random.pick(reflectionsByEducator);
      insertReflection(writer, { id: context.makeId(instantOf(on, 15 * 60 + n).ms), goalId, body, ...by, reflectedOn: isoFromDay(on), at: instantOf(on, 15 * 60 + n).iso });
    }
  }
}
