import { insertContact } from '../../db/contacts.js';
import { insertEducator } from '../../db/educators.js';
import { insertEnrollment } from '../../db/enrollments.js';
import type { GradebookWriter } from '../../db/handle.js';
import { insertLearner } from '../../db/learners.js';
import { instantOf, isoFromDay, isWeekend } from './calendar.js';
import { asciiSlug, nameGroups, type GivenName, type NameGender, type NameGroup } from './names.js';
import { weightedPicker, type Random } from './random.js';
import type { DemoContext, DemoLearner } from './world.js';

/** The people of a demo gradebook: educators, learners with their families, and their enrollments. */

const pickGroup = weightedPicker(nameGroups.map((group) => [group, group.weight] as const));

type Relationship = { name: string; gender: NameGender };
const rel = (name: string, gender: NameGender): Relationship => ({ name, gender });
const firstContact = weightedPicker<Relationship>([
  [rel('mother', 'f'), 45],
  [rel('father', 'm'), 25],
  [rel('grandmother', 'f'), 10],
  [rel('guardian', 'x'), 8],
  [rel('aunt', 'f'), 5],
  [rel('grandfather', 'm'), 4],
  [rel('foster parent', 'x'), 3],
]);
const secondContactAfter: Readonly<Record<string, (random: Random) => Relationship>> = {
  mother: weightedPicker([[rel('father', 'm'), 75], [rel('stepfather', 'm'), 10], [rel('grandmother', 'f'), 10], [rel('aunt', 'f'), 5]]),
  father: weightedPicker([[rel('mother', 'f'), 80], [rel('stepmother', 'f'), 8], [rel('grandmother', 'f'), 12]]),
  other: weightedPicker([[rel('grandfather', 'm'), 30], [rel('uncle', 'm'), 25], [rel('aunt', 'f'), 25], [rel('guardian', 'x'), 20]]),
};
const contactNotes = [
  'Prefers text messages to phone calls.',
  'Works evenings; mornings are best for a call.',
  'Shares custody: please send reports to both contacts.',
  'Happy to help with class projects.',
];

function givenOfGender(random: Random, group: NameGroup, gender: NameGender): GivenName {
  const matching = gender === 'x' ? group.given : group.given.filter((g) => g.gender === gender || g.gender === 'x');
  return random.pick(matching.length > 0 ? matching : group.given);
}

function pronounsFor(random: Random, gender: NameGender): string | null {
  if (random.chance(0.03)) return 'they/them';
  if (!random.chance(0.4)) return null; // most rosters leave pronouns blank
  if (gender === 'x') return random.pick(['she/her', 'he/him', 'they/them']);
  return gender === 'f' ? 'she/her' : 'he/him';
}

export function writeEducators(writer: GradebookWriter, context: DemoContext, count: number): string[] {
  const random = context.random.fork('educators');
  const { setupAt } = context.clock;
  const ids: string[] = [];
  const handles = new Set<string>();
  for (let i = 0; i < count; i++) {
    const group = pickGroup(random);
    const given = random.pick(group.given);
    const familyName = random.pick(group.family);
    const base = `${asciiSlug(given.name).slice(0, 1)}${asciiSlug(familyName).replaceAll('-', '')}`;
    let handle = base;
    for (let n = 2; handles.has(handle); n++) handle = `${base}${n}`;
    handles.add(handle);
    ids.push(
      insertEducator(writer, {
        id: context.makeId(setupAt.ms),
        sourcedId: `demo-educator-${context.seedTag}${i + 1}`,
        givenName: given.name,
        familyName,
        email: `${handle}@juniper-valley.example.org`,
        username: handle,
        createdAt: setupAt.iso,
      }),
    );
  }
  return ids;
}

export type RosterClass = { id: string; teacherId: string; size: number };

/**
 * Learners for each class, each with a home culture, languages, one or two family contacts, latent
 * traits for the evidence model, and a learner enrollment. About one learner in 25 joined late.
 */
export function writeRoster(
  writer: GradebookWriter,
  context: DemoContext,
  classes: readonly RosterClass[],
  domainCount: number,
): DemoLearner[] {
  const random = context.random.fork('roster');
  const traits = context.random.fork('traits');
  // a stream of its own, so choosing who was away changes no name or trait of anyone else
  const absences = context.random.fork('absences');
  const { clock } = context;
  const termEnd = isoFromDay(clock.calendar.semester.endsOn);
  const learners: DemoLearner[] = [];

  for (const [classIndex, schoolClass] of classes.entries()) {
    const lateJoiners = schoolClass.size >= 10 ? Math.max(1, Math.round(schoolClass.size * 0.04)) : 0;
    // one learner per class has been away for the last weeks: the roster's "not seen lately" is real
    const awaySeat = schoolClass.size >= 10 ? Math.floor(absences.next() * (schoolClass.size - lateJoiners)) : -1;
    for (let seat = 0; seat < schoolClass.size; seat++) {
      const index = learners.length;
      const group = pickGroup(random);
      const given = random.pick(group.given);
      let familyName = random.pick(group.family);
      if (group.homeLanguages.includes('es') && random.chance(0.2)) familyName += ` ${random.pick(group.family)}`;
      const homeLanguage = group.homeLanguages.length > 0 && random.chance(group.homeLanguageShare) ? random.pick(group.homeLanguages) : null;
      const joinDay = seat >= schoolClass.size - lateJoiners ? lateJoinDay(random, clock.firstDay, clock.lastDay) : clock.firstDay;
      const createdAt = joinDay === clock.firstDay ? clock.setupAt : instantOf(joinDay - 1, 22 * 60);
      // a student number is the school's, so another seed's file (another teacher's children) gets its own
      const identifier = `${context.seedTag}${510_001 + index}`;
      const id = insertLearner(writer, {
        id: context.makeId(createdAt.ms),
        sourcedId: `demo-learner-${identifier}`,
        givenName: given.name,
        familyName,
        preferredName: given.preferred !== null && random.chance(0.6) ? given.preferred : null,
        pronouns: pronounsFor(random, given.gender),
        identifier,
        username: `${asciiSlug(given.name)}.${asciiSlug(familyName)}${identifier.slice(-3)}`,
        gradeLevel: '05',
        languages: homeLanguage === null ? ['en'] : [homeLanguage, 'en'],
        createdAt: createdAt.iso,
      });
      insertEnrollment(writer, {
        id: context.makeId(createdAt.ms),
        sourcedId: `demo-enrollment-${identifier}`,
        classId: schoolClass.id,
        role: 'learner',
        learnerId: id,
        beginsOn: isoFromDay(joinDay),
        endsOn: termEnd,
        createdAt: createdAt.iso,
      });
      writeContacts(writer, context, random, { id, givenName: given.name, familyName, group, homeLanguage, createdAt });

      const ability = traits.normal(0, 1);
      learners.push({
        id,
        classIndex,
        joinDay,
        awayFromDay: seat === awaySeat ? awayFrom(absences, joinDay, clock.lastDay) : null,
        ability,
        growth: Math.min(2, Math.max(0.15, traits.normal(1, 0.45))),
        engagement: Math.exp(traits.normal(0, 0.55)),
        skillAbility: 0.5 * ability + traits.normal(0, 0.85),
        domainOffsets: Array.from({ length: domainCount }, () => traits.normal(0, 0.35)),
      });
    }
  }
  return learners;
}

/** Three to five weeks before the demo's today, when the semester is long enough for it. */
function awayFrom(random: Random, joinDay: number, lastDay: number): number | null {
  const day = lastDay - 21 - Math.floor(random.next() * 15);
  return day > joinDay + 28 ? day : null;
}

/** A school day between a fifth and a half of the way into the semester so far. */
function lateJoinDay(random: Random, firstDay: number, lastDay: number): number {
  const span = lastDay - firstDay;
  let day = firstDay + Math.round(span * (0.2 + random.next() * 0.3));
  while (isWeekend(day) && day < lastDay) day++;
  return Math.min(day, lastDay);
}

type ContactFamily = {
  id: string;
  givenName: string;
  familyName: string;
  group: NameGroup;
  homeLanguage: string | null;
  createdAt: { iso: string; ms: number };
};

function writeContacts(writer: GradebookWriter, context: DemoContext, random: Random, family: ContactFamily): void {
  const first = firstContact(random);
  const relationships = [first];
  if (random.chance(0.6)) {
    const after = secondContactAfter[first.name] ?? secondContactAfter['other'];
    if (after) relationships.push(after(random));
  }
  for (const relationship of relationships) {
    let given = givenOfGender(random, family.group, relationship.gender);
    if (given.name === family.givenName) given = givenOfGender(random, family.group, relationship.gender);
    // most contacts share the learner's family name; some (a stepparent, a grandparent on the other side) do not
    const familyName = random.chance(0.75) ? (family.familyName.split(' ')[0] ?? family.familyName) : random.pick(family.group.family);
    const preferredLanguage = family.homeLanguage !== null && random.chance(0.75) ? family.homeLanguage : 'en';
    const notes = preferredLanguage !== 'en' && random.chance(0.3) ? 'An interpreter helps at conferences.' : random.chance(0.1) ? random.pick(contactNotes) : '';
    insertContact(writer, {
      id: context.makeId(family.createdAt.ms),
      learnerId: family.id,
      givenName: given.name,
      familyName,
      relationship: relationship.name,
      email: random.chance(0.85) ? `${asciiSlug(given.name)}.${asciiSlug(familyName)}${random.int(10, 99)}@example.com` : null,
      phone: random.chance(0.9) ? `505-555-01${String(random.int(0, 99)).padStart(2, '0')}` : null,
      preferredLanguage,
      notes,
      createdAt: family.createdAt.iso,
    });
  }
}
