import { GradebookError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { ActiveStatus } from './schema.js';

/** Enrollments: who is in a class (learners and educators), and a class's enrolled learners. */

type EnrollmentFields = {
  id?: string;
  sourcedId?: string | null;
  classId: string;
  isPrimary?: boolean;
  /** A learner who joins mid-term begins later; evidence before this date does not belong to the class. */
  beginsOn?: string | null;
  endsOn?: string | null;
  status?: ActiveStatus;
  createdAt?: string;
};

/** A learner or an educator in a class — never both, as the table's checks insist. */
export type NewEnrollment = EnrollmentFields &
  ({ role: 'learner'; learnerId: string } | { role: 'teacher' | 'aide'; educatorId: string });

export function insertEnrollment(writer: GradebookWriter, input: NewEnrollment): string {
  const beginsOn = input.beginsOn ?? null;
  const endsOn = input.endsOn ?? null;
  if (beginsOn !== null && endsOn !== null && endsOn < beginsOn) {
    throw new GradebookError('invalid_data', `An enrollment cannot end (${endsOn}) before it begins (${beginsOn}).`, {
      classId: input.classId,
      beginsOn,
      endsOn,
    });
  }
  const id = input.id ?? newId();
  const at = input.createdAt ?? nowIso();
  writer.run(
    qb.insertInto('enrollments').values({
      id,
      sourced_id: input.sourcedId ?? null,
      class_id: input.classId,
      learner_id: input.role === 'learner' ? input.learnerId : null,
      educator_id: input.role === 'learner' ? null : input.educatorId,
      role: input.role,
      is_primary: input.isPrimary === true ? 1 : 0,
      begins_on: beginsOn,
      ends_on: endsOn,
      status: input.status ?? 'active',
      created_at: at,
      updated_at: at,
    }),
  );
  return id;
}

/** A class's active learners, with the school's identifier (a student number) that tells same-name learners apart. */
export type EnrolledLearner = { learnerId: string; givenName: string; familyName: string; preferredName: string | null; identifier: string | null };

export function readEnrolledLearners(reader: GradebookReader, classId: string): EnrolledLearner[] {
  return reader.all(
    qb
      .selectFrom('enrollments as e')
      .innerJoin('learners as l', 'l.id', 'e.learner_id')
      .where('e.class_id', '=', classId)
      .where('e.status', '=', 'active')
      .select(['l.id as learnerId', 'l.given_name as givenName', 'l.family_name as familyName', 'l.preferred_name as preferredName', 'l.identifier as identifier'])
      .orderBy('l.family_name')
      .orderBy('l.given_name'),
  );
}

/** Whether a learner is actively enrolled in a class: evidence is only recorded for the class's learners. */
export function isLearnerEnrolled(reader: GradebookReader, classId: string, learnerId: string): boolean {
  return (
    reader.first(
      qb
        .selectFrom('enrollments')
        .select('id')
        .where('class_id', '=', classId)
        .where('learner_id', '=', learnerId)
        .where('status', '=', 'active'),
    ) !== undefined
  );
}
