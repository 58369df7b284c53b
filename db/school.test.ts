import { describe, expect, it } from 'vitest';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { qb } from './handle.js';
import { idPattern } from './ids.js';
import { insertCourse, insertSchool, insertTerm } from './school.js';

const openTemp = useTempGradebook();

describe('school writes', () => {
  it('round-trips a school, a school year with a semester inside it, and a course', async () => {
    const { writer, reader } = await openTemp();
    const schoolId = insertSchool(writer, { name: 'Juniper Valley Elementary', sourcedId: 'sch-1', createdAt: '2025-08-16T16:00:00.000Z' });
    const yearId = insertTerm(writer, { schoolId, title: '2025–2026', type: 'schoolYear', startsOn: '2025-08-20', endsOn: '2026-06-12', schoolYear: 2026 });
    const semesterId = insertTerm(writer, { id: '0198b39b-f800-7000-8000-000000000001', schoolId, parentId: yearId, title: 'Fall 2025', type: 'semester', startsOn: '2025-08-20', endsOn: '2026-01-30' });
    const courseId = insertCourse(writer, { schoolId, title: 'Grade 5 Mathematics', code: 'MATH-5', gradeLevels: ['05'], subjects: ['Mathematics'] });

    expect(schoolId).toMatch(idPattern);
    expect(semesterId).toBe('0198b39b-f800-7000-8000-000000000001');
    expect(reader.first(qb.selectFrom('schools').selectAll())).toEqual({
      id: schoolId,
      sourced_id: 'sch-1',
      name: 'Juniper Valley Elementary',
      created_at: '2025-08-16T16:00:00.000Z',
      updated_at: '2025-08-16T16:00:00.000Z',
      source_modified_at: null,
    });
    expect(reader.first(qb.selectFrom('terms').selectAll().where('id', '=', semesterId))).toMatchObject({
      parent_id: yearId,
      type: 'semester',
      starts_on: '2025-08-20',
      school_year: null,
    });
    expect(reader.first(qb.selectFrom('courses').select(['grade_levels', 'subjects', 'code']).where('id', '=', courseId))).toEqual({
      grade_levels: '["05"]',
      subjects: '["Mathematics"]',
      code: 'MATH-5',
    });
  });

  it('refuses a term of a school that does not exist, and writes nothing', async () => {
    const { writer, reader } = await openTemp();
    expect(() =>
      insertTerm(writer, { schoolId: 'no-such-school', title: 'Fall', type: 'semester', startsOn: '2025-08-20', endsOn: '2026-01-30' }),
    ).toThrow(/FOREIGN KEY/);
    expect(reader.all(qb.selectFrom('terms').selectAll())).toEqual([]);
  });

  it('refuses a term that ends before it starts', async () => {
    const { writer } = await openTemp();
    const schoolId = insertSchool(writer, { name: 'School' });
    expect(() => insertTerm(writer, { schoolId, title: 'Backwards', type: 'term', startsOn: '2026-01-30', endsOn: '2025-08-20' })).toThrow(/CHECK/);
  });

  it('rolls back the school when a later write in the same transaction fails', async () => {
    const { writer, reader } = await openTemp();
    expect(() =>
      writer.transaction(() => {
        const schoolId = insertSchool(writer, { name: 'Half-made school' });
        insertCourse(writer, { schoolId, title: 'Math' });
        insertCourse(writer, { schoolId: 'missing', title: 'Science' });
      }),
    ).toThrow(/FOREIGN KEY/);
    expect(reader.all(qb.selectFrom('schools').selectAll())).toEqual([]);
    expect(reader.all(qb.selectFrom('courses').selectAll())).toEqual([]);
  });
});
