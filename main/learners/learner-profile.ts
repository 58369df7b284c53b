import { learnerCellsOf } from './profile-evidence.js';
import { readFamilyContacts } from '../../db/contacts.js';
import { readLearnerEvidence } from '../../db/evidence.js';
import { readGoalStandards, readGoals, readReflections } from '../../db/goals.js';
import { readLearner, readLearnerIdentifier } from '../../db/learners.js';
import { readProfileEntries } from '../../db/profile-entries.js';
import { readPrerequisitesAmong } from '../../db/prerequisites.js';
import { readAuditTrail } from '../../db/audit.js';
import { GradebookError } from '../../db/errors.js';
import type { GradebookReader } from '../../db/handle.js';
import { loadClassMastery, scaleOf, type ClassMastery } from '../gradebook/class-mastery.js';
import { describeMethod } from '../gradebook/domain/mastery.js';
import type { LearnerGoal, LearnerProfile, ProfileEntry, StandardStanding, TimelineItem } from '../../preload/contract/learners.js';
import { driverCategories, type DriverCategory } from '../../preload/contract/vocabulary.js';
import { shortCode } from '../../preload/contract/standards.js';
import { findGaps } from './domain/gaps.js';
import { goalProgress } from './domain/goal-progress.js';
import { describeGoalChange, describeEntry, describeEvidence, describeFeedback } from './domain/timeline-words.js';

/** The newest timeline items a profile carries; older ones are in the gradebook's history. */
const timelineLimit = 400;

/**
 * One learner's profile in one class, now or as it stood on `asOf`: academic status (computed from
 * the evidence and overrides up to that day by the class's own methods), gaps, skills, drivers, goals
 * with their progress, and a timeline. Reads only.
 */
export function learnerProfile(reader: GradebookReader, request: { learnerId: string; classId?: string | undefined; asOf?: string | undefined }): LearnerProfile {
  const learner = readLearner(reader, request.learnerId);
  const asOf = request.asOf ?? null;
  const classId = request.classId ?? learner.classes[0]?.classId ?? null;
  if (request.classId && !learner.classes.some((c) => c.classId === request.classId)) {
    throw new GradebookError('not_found', `${learner.givenName} ${learner.familyName} is not enrolled in that class.`, { learnerId: learner.learnerId, classId });
  }
  const mastery = classId ? loadClassMastery(reader, classId) : null;
  const standings = mastery ? learnerStandings(reader, mastery, learner.learnerId, asOf) : [];
  const academic = standings.filter((s) => s.purpose !== 'learning_skills').map(({ purpose: _, ...s }) => s);
  const skills = standings.filter((s) => s.purpose === 'learning_skills').map(({ purpose: _, ...s }) => s);
  const gaps = findGaps(academic, readPrerequisitesAmong(reader, academic.map((s) => s.standardId)));

  const entries = readProfileEntries(reader, learner.learnerId, asOf).map(({ learnerId: _, ...entry }) => entry);
  const isDriver = (entry: ProfileEntry) => (driverCategories as readonly string[]).includes(entry.category as DriverCategory);
  const byId = new Map(standings.map((s) => [s.standardId, s]));
  const goals = profileGoals(reader, learner.learnerId, asOf, (id) => byId.get(id)?.mastered ?? false);

  return {
    learner: { ...learner, identifier: readLearnerIdentifier(reader, learner.learnerId) },
    classId,
    asOf,
    contacts: readFamilyContacts(reader, learner.learnerId),
    supports: entries.filter((e) => e.category === 'support'),
    scales: mastery?.scales ?? [],
    academic,
    gaps,
    skills,
    drivers: entries.filter(isDriver),
    notes: entries.filter((e) => e.category === 'note'),
    goals,
    timeline: mastery ? timeline(reader, mastery, learner.learnerId, asOf, entries, goals) : entryTimeline(entries, goals),
  };
}

type Standing = StandardStanding & { purpose: string };

/** The learner's level on every tracked standard, computed exactly as the grid computes a cell. */
function learnerStandings(reader: GradebookReader, mastery: ClassMastery, learnerId: string, asOf: string | null): Standing[] {
  const cells = learnerCellsOf(reader, mastery, learnerId, asOf);
  return mastery.columns.map((column) => {
    const { scale } = scaleOf(mastery, column.standardId);
    const { cell, points } = cells(column.standardId);
    return {
      standardId: column.standardId,
      code: column.code,
      statement: column.statement,
      ancestors: column.ancestors.map(({ id, code, statement }) => ({ id, code, statement })),
      scaleId: column.scaleId,
      methodLabel: column.methodLabel ?? describeMethod(mastery.method),
      level: cell.level,
      mastered: cell.mastered,
      evidenceCount: cell.evidenceCount,
      lastObservedOn: cell.lastObservedOn,
      override: cell.override,
      points,
      purpose: scale.purpose,
    };
  });
}

/** Goals with their standards, progress and reflections, as they stood on `asOf`. */
export function profileGoals(reader: GradebookReader, learnerId: string, asOf: string | null, isMastered: (standardId: string) => boolean): LearnerGoal[] {
  const rows = readGoals(reader, learnerId, asOf);
  const ids = rows.map((g) => g.goalId);
  const standards = readGoalStandards(reader, ids);
  const reflections = readReflections(reader, ids, asOf);
  return rows.map((goal) => {
    const linked = standards.filter((s) => s.goalId === goal.goalId);
    const { progress, suggestMet } = goalProgress(
      goal.status,
      linked.map((s) => s.standardId),
      isMastered,
    );
    return {
      goalId: goal.goalId,
      body: goal.body,
      targetOn: goal.targetOn,
      status: goal.status,
      author: goal.author,
      authorName: goal.authorName,
      standards: linked.map((s) => ({ standardId: s.standardId, code: s.code, statement: s.statement, mastered: isMastered(s.standardId) })),
      progress,
      suggestMet,
      reflections: reflections.filter((r) => r.goalId === goal.goalId).map(({ goalId: _, ...r }) => r),
      createdOn: goal.setOn,
    };
  });
}

/** Evidence, feedback, goal changes, reflections and entries, newest first. */
function timeline(reader: GradebookReader, mastery: ClassMastery, learnerId: string, asOf: string | null, entries: ProfileEntry[], goals: LearnerGoal[]): TimelineItem[] {
  const columns = new Map(mastery.columns.map((c) => [c.standardId, c]));
  const items: TimelineItem[] = [];
  for (const e of readLearnerEvidence(reader, mastery.classId, learnerId, asOf)) {
    const column = columns.get(e.standardId);
    const code = column ? (shortCode(column.code) ?? column.statement) : 'a standard no longer tracked';
    const label = e.level === null ? null : (scaleOf(mastery, e.standardId).scale.levels.find((l) => l.value === e.level)?.label ?? String(e.level));
    items.push({ kind: 'evidence', on: e.observedOn, summary: describeEvidence(code, label, e.source), author: null, standardId: e.standardId, sensitive: false });
    if (e.feedback && e.feedbackOn && (!asOf || e.feedbackOn <= asOf)) {
      items.push({ kind: 'feedback', on: e.feedbackOn, summary: describeFeedback(code, e.feedback), author: null, standardId: e.standardId, sensitive: false });
    }
  }
  const trail = readAuditTrail(reader, 'goal', goals.map((g) => g.goalId));
  for (const goal of goals) {
    // the goal's creation is told by entryTimeline; the audit trail tells what changed since
    for (const change of trail.filter((t) => t.entityId === goal.goalId && t.action === 'update')) {
      const on = change.at.slice(0, 10);
      if (asOf && on > asOf) continue;
      const summary = describeGoalChange(goal.body, change.before, change.after);
      if (summary) items.push({ kind: 'goal', on, summary, author: authorOf(change.after), standardId: null, sensitive: false });
    }
  }
  items.push(...entryTimeline(entries, goals));
  return items.sort((a, b) => b.on.localeCompare(a.on)).slice(0, timelineLimit);
}

/** The items a profile has without a class: entries and reflections (and goals set). */
function entryTimeline(entries: ProfileEntry[], goals: LearnerGoal[]): TimelineItem[] {
  const items: TimelineItem[] = entries
    .filter((e) => e.category !== 'support')
    .map((e) => ({ kind: 'entry', on: e.notedOn, summary: describeEntry(e.category, e.body), author: { author: e.author, authorName: e.authorName }, standardId: null, sensitive: e.sensitive }));
  for (const goal of goals) {
    items.push({ kind: 'goal', on: goal.createdOn, summary: `Goal set: ${goal.body}`, author: { author: goal.author, authorName: goal.authorName }, standardId: null, sensitive: false });
    for (const r of goal.reflections) {
      items.push({ kind: 'reflection', on: r.reflectedOn, summary: `Reflection on “${goal.body}”: ${r.body}`, author: { author: r.author, authorName: r.authorName }, standardId: null, sensitive: false });
    }
  }
  return items.sort((a, b) => b.on.localeCompare(a.on));
}

function authorOf(state: Record<string, unknown> | null): TimelineItem['author'] {
  const author = state?.['editedBy'];
  if (author && typeof author === 'object' && 'author' in author && 'authorName' in author) return author as TimelineItem['author'];
  return null;
}
