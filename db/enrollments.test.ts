import { describe, expect, it } from 'vitest';
import { insertParentRows } from '../test/helpers/parent-rows.js';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { insertEnrollment, isLearnerEnrolled, readEnrolledLearners } from './enrollments.js';
import { GradebookError } from './errors.js';
import { qb } from './handle.js';
import { insertLearner } from './learners.js';

const openTemp = useTempGradebook();

describe('insertEnrollment', () => {
  it('enrolls a learner who joined late and a primary teacher', async () => {
    const { writer, reader } = await openTemp();
    const { classId, learnerId, educatorId } = insertParentRows(writer);
    const learnerEnrollment = insertEnrollment(writer, { classId, role: 'learner', learnerId, beginsOn: '2025-10-06', endsOn: '2026-01-30' });
    const teacherEnrollment = insertEnrollment(writer, { classId, role: 'teacher', educatorId, isPrimary: true });
    expect(reader.first(qb.selectFrom('enrollments').selectAll().where('id', '=', learnerEnrollment))).toMatchObject({
      learner_id: learnerId,
      educator_id: null,
      role: 'learner',
      is_primary: 0,
      begins_on: '2025-10-06',
      status: 'active',
    });
    expect(reader.first(qb.selectFrom('enrollments').selectAll().where('id', '=', teacherEnrollment))).toMatchObject({
      learner_id: null,
      educator_id: educatorId,
      role: 'teacher',
      is_primary: 1,
    });
  });

  it('refuses an enrollment of an unknown learner and writes nothing', async () => {
    const { writer, reader } = await openTemp();
    const { classId } = insertParentRows(writer);
    expect(() => insertEnrollment(writer, { classId, role: 'learner', learnerId: 'ghost' })).toThrow(/FOREIGN KEY/);
    expect(reader.all(qb.selectFrom('enrollments').selectAll())).toEqual([]);
  });

  it('refuses an enrollment that ends before it begins, with a sentence a teacher can read', async () => {
    const { writer } = await openTemp();
    const { classId, learnerId } = insertParentRows(writer);
    const attempt = () => insertEnrollment(writer, { classId, role: 'learner', learnerId, beginsOn: '2025-11-01', endsOn: '2025-10-01' });
    expect(attempt).toThrow(GradebookError);
    expect(attempt).toThrow(/cannot end \(2025-10-01\) before it begins/);
  });

  it('refuses the same learner twice in a class, rolling back the batch', async () => {
    const { writer, reader } = await openTemp();
    const { classId, learnerId } = insertParentRows(writer);
    expect(() =>
      writer.transaction(() => {
        insertEnrollment(writer, { classId, role: 'learner', learnerId });
        insertEnrollment(writer, { classId, role: 'learner', learnerId });
      }),
    ).toThrow(/UNIQUE/);
    expect(reader.all(qb.selectFrom('enrollments').selectAll())).toEqual([]);
  });
});

describe('enrolled learners', () => {
  it("reads a class's active learners by family name and says whether one is enrolled", async () => {
    const { writer, reader } = await openTemp();
    const { classId, learnerId, educatorId } = insertParentRows(writer);
    const ama = insertLearner(writer, { givenName: 'Ama', familyName: 'Boateng', preferredName: 'Ami', identifier: 'S-1042' });
    const left = insertLearner(writer, { givenName: 'Yaw', familyName: 'Asante' });
    insertEnrollment(writer, { classId, role: 'learner', learnerId });
    insertEnrollment(writer, { classId, role: 'learner', learnerId: ama });
    insertEnrollment(writer, { classId, role: 'learner', learnerId: left, status: 'inactive' });
    insertEnrollment(writer, { classId, role: 'teacher', educatorId });
    expect(readEnrolledLearners(reader, classId)).toEqual([
      { learnerId: ama, givenName: 'Ama', familyName: 'Boateng', preferredName: 'Ami', identifier: 'S-1042' },
      { learnerId, givenName: 'Kofi', familyName: 'Mensah', preferredName: null, identifier: null },
    ]);
    expect(isLearnerEnrolled(reader, classId, ama)).toBe(true);
    expect(isLearnerEnrolled(reader, classId, left)).toBe(false);
  });
});
