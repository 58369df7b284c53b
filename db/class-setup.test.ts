import { describe, expect, it } from 'vitest';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { insertClass } from './class-setup.js';
import { qb } from './handle.js';
import { insertSchool } from './school.js';

const openTemp = useTempGradebook();

describe('insertClass', () => {
  it('round-trips a class with its mastery method as JSON and table defaults', async () => {
    const { writer, reader } = await openTemp();
    const schoolId = insertSchool(writer, { name: 'School' });
    const id = insertClass(writer, {
      schoolId,
      title: 'Grade 5 Math — Room 12',
      location: 'Room 12',
      gradeLevels: ['05'],
      masteryMethod: { kind: 'decaying_average', weight: 0.65 },
    });
    const row = reader.first(qb.selectFrom('classes').selectAll().where('id', '=', id));
    expect(row).toMatchObject({ school_id: schoolId, course_id: null, term_id: null, rollup_method: 'mean', status: 'active', grade_levels: '["05"]' });
    expect(JSON.parse(row?.mastery_method ?? 'null')).toEqual({ kind: 'decaying_average', weight: 0.65 });
  });

  it('keeps a null mastery method (the gradebook default) as SQL NULL', async () => {
    const { writer, reader } = await openTemp();
    const schoolId = insertSchool(writer, { name: 'School' });
    const id = insertClass(writer, { schoolId, title: 'Room 14', masteryMethod: null });
    expect(reader.first(qb.selectFrom('classes').select('mastery_method').where('id', '=', id))).toEqual({ mastery_method: null });
  });

  it('refuses a class of an unknown school, or with an unknown term, and writes nothing', async () => {
    const { writer, reader } = await openTemp();
    expect(() => insertClass(writer, { schoolId: 'nowhere', title: 'Room 12' })).toThrow(/FOREIGN KEY/);
    const schoolId = insertSchool(writer, { name: 'School' });
    expect(() => insertClass(writer, { schoolId, termId: 'no-term', title: 'Room 12' })).toThrow(/FOREIGN KEY/);
    expect(reader.all(qb.selectFrom('classes').selectAll())).toEqual([]);
  });
});
