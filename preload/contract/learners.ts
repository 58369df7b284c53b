/** The learners capability: classes, their rosters, and each learner's profile (drivers, goals, reflections). */
import { z } from 'zod';
import { id, isoDate, noRequest, read, write } from './channel.js';
import type { MasteryOverride } from './gradebook.js';
import type { Scale } from './scales.js';
import {
  goalStatuses,
  profileAuthors,
  profileEntryCategories,
  profileTextLimits,
  type GapReason,
  type GoalStatus,
  type ProfileAuthor,
  type ProfileEntryCategory,
  type TimelineKind,
} from './vocabulary.js';

export type ClassSummary = {
  id: string;
  title: string;
  code: string | null;
  termTitle: string | null;
  courseTitle: string | null;
  learnerCount: number;
};

export type RosterEntry = {
  learnerId: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  evidenceCount: number;
  /** ISO date of the most recent evidence this class holds for the learner, or null when none. */
  lastEvidenceOn: string | null;
};

/** One learner as the profile header shows them: names, pronouns, grade, languages, and active classes. */
export type LearnerSummary = {
  learnerId: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  pronouns: string | null;
  gradeLevel: string | null;
  /** BCP 47 tags, the language used at home first. */
  languages: string[];
  status: 'active' | 'inactive';
  /** The classes the learner is actively enrolled in, by title. */
  classes: { classId: string; title: string; code: string | null }[];
};

/** A family member or guardian, as the profile header shows them (sensitive: hidden in screen-share mode). */
export type FamilyContact = {
  contactId: string;
  name: string;
  relationship: string;
  phone: string | null;
  email: string | null;
  /** BCP 47 tag of the language messages should be in. */
  preferredLanguage: string | null;
};

/** Who wrote something, and as whom: the learner's own voice, an educator, or a family member. */
export type Authorship = { author: ProfileAuthor; authorName: string };

export type ProfileEntry = Authorship & {
  entryId: string;
  category: ProfileEntryCategory;
  body: string;
  /** Hidden in screen-share mode: always true for supports, chosen for notes. */
  sensitive: boolean;
  /** The day it was noted (YYYY-MM-DD). */
  notedOn: string;
  updatedAt: string;
};

/** One point of a standard's sparkline: a piece of evidence with a level, oldest first. */
export type EvidencePoint = { observedOn: string; level: number };

/** A learner's standing on one tracked standard of the class, as of the profile's date. */
export type StandardStanding = {
  standardId: string;
  code: string | null;
  statement: string;
  /** The standard's ancestors, nearest first, for grouping by the framework hierarchy. */
  ancestors: { id: string; code: string | null; statement: string }[];
  scaleId: string;
  /** How the class computes this standard's level, for the hover. */
  methodLabel: string;
  level: number | null;
  mastered: boolean;
  evidenceCount: number;
  lastObservedOn: string | null;
  override: MasteryOverride | null;
  points: EvidencePoint[];
};

export type ProfileGap = { standardId: string; code: string | null; statement: string; reason: GapReason };

export type Reflection = Authorship & { reflectionId: string; body: string; reflectedOn: string };

export type LearnerGoal = Authorship & {
  goalId: string;
  body: string;
  targetOn: string | null;
  status: GoalStatus;
  standards: { standardId: string; code: string | null; statement: string; mastered: boolean }[];
  /** Share of the goal's standards mastered, 0–1; null for a goal linked to no standard. */
  progress: number | null;
  /** Every linked standard is mastered but the goal is still active: the teacher may confirm "met". */
  suggestMet: boolean;
  reflections: Reflection[];
  createdOn: string;
};

export type TimelineItem = {
  kind: TimelineKind;
  /** The day it happened (YYYY-MM-DD); items are newest first. */
  on: string;
  /** One plain sentence, e.g. "Evidence on 5.NF.A.1: Proficient". */
  summary: string;
  author: Authorship | null;
  standardId: string | null;
  /** Repeats a private note: hidden in screen-share mode like the note itself. */
  sensitive: boolean;
};

export type LearnerProfile = {
  learner: LearnerSummary & { identifier: string | null };
  /** The class whose standards and method the academic status uses; null when the learner has none. */
  classId: string | null;
  asOf: string | null;
  contacts: FamilyContact[];
  /** Supports and accommodations (sensitive). */
  supports: ProfileEntry[];
  scales: Scale[];
  /** Tracked standards on an academic scale, in the framework's order. */
  academic: StandardStanding[];
  /** Gaps first: the tracked standards to work on next. */
  gaps: ProfileGap[];
  /** Learning-related skills (standards on a learning-skills scale), never mixed into `academic`. */
  skills: StandardStanding[];
  drivers: ProfileEntry[];
  notes: ProfileEntry[];
  goals: LearnerGoal[];
  timeline: TimelineItem[];
};

const text = z.string().trim().min(1, 'cannot be empty').max(profileTextLimits.body, `at most ${profileTextLimits.body} characters`);
const authorship = {
  author: z.enum(profileAuthors, { message: 'expected learner, educator or family' }),
  /** Who exactly; for the learner it is always the learner's own name. */
  authorName: z.string().trim().min(1).max(profileTextLimits.authorName).optional(),
};
const standardIds = z.array(id).max(50, 'at most 50 standards per goal');
/** Who makes a change to something already written, for the audit log; an educator when left out. */
const editedBy = z.object(authorship).strict().optional();

export const learnersChannels = {
  'classes:list': read<ClassSummary[]>()(noRequest),
  'learners:roster': read<RosterEntry[]>()(z.object({ classId: id }).strict()),
  'learners:get': read<LearnerSummary>()(z.object({ learnerId: id }).strict()),
  'learners:profile': read<LearnerProfile>()(z.object({ learnerId: id, classId: id.optional(), asOf: isoDate.optional() }).strict()),
  /** The one-page profile snapshot for a conference, as a PDF (base64). `hideSensitive`: leave out supports and contacts. */
  'learners:snapshot': read<{ fileName: string; pdfBase64: string }>()(
    z.object({ learnerId: id, classId: id.optional(), asOf: isoDate.optional(), hideSensitive: z.boolean() }).strict(),
  ),
  'learners:add-entry': write<ProfileEntry>(['learners'])(
    z
      .object({
        learnerId: id,
        category: z.enum(profileEntryCategories),
        body: text,
        ...authorship,
        /** Notes only: hide it in screen-share mode. Supports are always hidden. */
        private: z.boolean().optional(),
        notedOn: isoDate.optional(),
      })
      .strict(),
  ),
  'learners:update-entry': write<ProfileEntry>(['learners'])(
    z.object({ learnerId: id, entryId: id, body: text.optional(), private: z.boolean().optional(), editedBy }).strict(),
  ),
  'learners:remove-entry': write<{ entryId: string }>(['learners'])(z.object({ learnerId: id, entryId: id, editedBy }).strict()),
  'learners:add-goal': write<LearnerGoal>(['learners'])(
    z.object({ learnerId: id, body: text, standardIds, targetOn: isoDate.nullable().optional(), ...authorship, classId: id.optional(), /** The day it is set, on the teacher's calendar; today when left out. */ setOn: isoDate.optional() }).strict(),
  ),
  'learners:update-goal': write<LearnerGoal>(['learners'])(
    z
      .object({
        learnerId: id,
        goalId: id,
        body: text.optional(),
        standardIds: standardIds.optional(),
        targetOn: isoDate.nullable().optional(),
        status: z.enum(goalStatuses).optional(),
        /** The class whose levels the returned goal's progress uses. */
        classId: id.optional(),
        editedBy,
      })
      .strict(),
  ),
  'learners:add-reflection': write<Reflection>(['learners'])(
    z.object({ learnerId: id, goalId: id, body: text, ...authorship, reflectedOn: isoDate.optional() }).strict(),
  ),
};
