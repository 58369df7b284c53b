import { sql } from 'kysely';
import { requireClass } from './classes.js';
import { GradebookError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { ActiveStatus } from './schema.js';
import type { LearnerSummary, RosterEntry } from '../preload/contract/learners.js';

/** Learners: their rows, and a class's roster of them. */

export type NewLearner = {
  id?: string;
  sourcedId?: string | null;
  givenName: string;
  familyName: string;
  preferredName?: string | null;
  pronouns?: string | null;
  /** The school's learner number. */
  identifier?: string | null;
  username?: string | null;
  email?: string | null;
  gradeLevel?: string | null;
  /** BCP 47 tags, the language used at home first. */
  languages?: readonly string[];
  status?: ActiveStatus;
  createdAt?: string;
};

export function insertLearner(writer: GradebookWriter, input: NewLearner): string {
  const id = input.id ?? newId();
  const at = input.createdAt ?? nowIso();
  writer.run(
    qb.insertInto('learners').values({
      id,
      sourced_id: input.sourcedId ?? null,
      given_name: input.givenName,
      family_name: input.familyName,
      preferred_name: input.preferredName ?? null,
      pronouns: input.pronouns ?? null,
      identifier: input.identifier ?? null,
      username: input.username ?? null,
      email: input.email ?? null,
      grade_level: input.gradeLevel ?? null,
      languages: JSON.stringify(input.languages ?? []),
      status: input.status ?? 'active',
      created_at: at,
      updated_at: at,
    }),
  );
  return id;
}


/**
 * The learners enrolled in a class, each with how much evidence the class holds for them and when
 * the latest was observed — a teacher's first look at who has not been seen lately.
 * Deleted (trashed) evidence does not count.
 */
export function classRoster(reader: GradebookReader, classId: string): RosterEntry[] {
  requireClass(reader, classId);
  return reader.all(
    qb
      .selectFrom('enrollments as en')
      .innerJoin('learners as l', 'l.id', 'en.learner_id')
      .leftJoin('evidence as ev', (join) =>
        join.onRef('ev.learner_id', '=', 'l.id').onRef('ev.class_id', '=', 'en.class_id').on('ev.deleted_at', 'is', null),
      )
      .where('en.class_id', '=', classId)
      .where('en.status', '=', 'active')
      .select([
        'l.id as learnerId',
        'l.given_name as givenName',
        'l.family_name as familyName',
        'l.preferred_name as preferredName',
        sql<number>`count(ev.id)`.as('evidenceCount'),
        sql<string | null>`max(ev.observed_on)`.as('lastEvidenceOn'),
      ])
      .groupBy('l.id')
      .orderBy('l.family_name')
      .orderBy('l.given_name'),
  );
}

/** One learner with the classes they are actively enrolled in; not_found for an id the gradebook lacks. */
export function readLearner(reader: GradebookReader, learnerId: string): LearnerSummary {
  const row = reader.first(
    qb
      .selectFrom('learners')
      .where('id', '=', learnerId)
      .select([
        'id as learnerId',
        'given_name as givenName',
        'family_name as familyName',
        'preferred_name as preferredName',
        'pronouns',
        'grade_level as gradeLevel',
        'languages',
        'status',
      ]),
  );
  if (!row) throw new GradebookError('not_found', 'That learner is not in this gradebook.', { learnerId });
  const classes = reader.all(
    qb
      .selectFrom('enrollments as en')
      .innerJoin('classes as c', 'c.id', 'en.class_id')
      .where('en.learner_id', '=', learnerId)
      .where('en.status', '=', 'active')
      .select(['c.id as classId', 'c.title', 'c.code'])
      .orderBy('c.title'),
  );
  return { ...row, languages: parseLanguages(row.languages), classes };
}

function parseLanguages(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((tag): tag is string => typeof tag === 'string') : [];
  } catch {
    return [];
  }
}

/** The school's number for a learner, told apart from same-name classmates by it. */
export function readLearnerIdentifier(reader: GradebookReader, learnerId: string): string | null {
  return reader.first(qb.selectFrom('learners').select('identifier').where('id', '=', learnerId))?.identifier ?? null;
}
