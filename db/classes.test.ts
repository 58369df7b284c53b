import { describe, expect, it } from 'vitest';
import { insertParentRows } from '../test/helpers/parent-rows.js';
import { openTinyGradebook } from '../test/helpers/tiny-gradebook.js';
import { useTempDir } from '../test/helpers/temp-dir.js';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { insertClass, listClasses, readClassIds, readClassMasterySettings, requireClass, setClassMethod } from './classes.js';
import { GradebookError } from './errors.js';
import { qb } from './handle.js';
import { newId } from './ids.js';
import { insertSchool } from './school.js';
import { trackStandards } from './standards.js';

const openTemp = useTempGradebook();
const tempDir = useTempDir();

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

describe('listClasses', () => {
  it('lists active classes with their term and the number of active learners, by title', async () => {
    const tiny = await openTinyGradebook(tempDir());
    try {
      const science = tiny.addClass('Science 5');
      const math = tiny.addClass('Math 5');
      tiny.addClass('Old class', { status: 'archived' });
      const [a, b, c] = [tiny.addLearner('Ana', 'Lima'), tiny.addLearner('Bo', 'Chen'), tiny.addLearner('Cy', 'Okafor')];
      tiny.enroll(math, a);
      tiny.enroll(math, b);
      tiny.enroll(math, c, 'inactive');
      tiny.enroll(science, a);

      const classes = listClasses(tiny.gradebook.reader);
      expect(classes.map((k) => [k.title, k.learnerCount, k.termTitle])).toEqual([
        ['Math 5', 2, 'Fall 2025'],
        ['Science 5', 1, 'Fall 2025'],
      ]);
    } finally {
      tiny.gradebook.close();
    }
  });

  it('requireClass names a missing class with a not_found error', async () => {
    const tiny = await openTinyGradebook(tempDir());
    try {
      const missing = newId();
      expect(() => requireClass(tiny.gradebook.reader, missing)).toThrow(GradebookError);
      expect(() => requireClass(tiny.gradebook.reader, missing)).toThrow(/not in this gradebook/);
    } finally {
      tiny.gradebook.close();
    }
  });
});

describe('class mastery settings', () => {
  it("stores the class's method and roll-up, or one tracked standard's own method, and reads them back", async () => {
    const { writer, reader } = await openTemp();
    const { classId, scaleId, standardId } = insertParentRows(writer);
    trackStandards(writer, classId, [standardId]);
    expect(readClassIds(reader)).toEqual([classId]);
    expect(readClassMasterySettings(reader, classId)).toEqual({ classId, title: 'Room 12', masteryMethod: null, rollupMethod: 'mean', scaleId });

    const at = '2025-10-01T00:00:00.000Z';
    setClassMethod(writer, classId, '{"kind":"most_recent"}', { rollupMethod: 'minimum', at });
    setClassMethod(writer, classId, '{"kind":"highest"}', { standardId, at });
    expect(readClassMasterySettings(reader, classId)).toMatchObject({ masteryMethod: '{"kind":"most_recent"}', rollupMethod: 'minimum' });
    const standardMethod = () => reader.first(qb.selectFrom('class_standards').select('mastery_method').where('class_id', '=', classId))?.mastery_method;
    expect(standardMethod()).toBe('{"kind":"highest"}');
    setClassMethod(writer, classId, null, { standardId, at });
    expect(standardMethod()).toBeNull();
    expect(readClassMasterySettings(reader, classId).masteryMethod).toBe('{"kind":"most_recent"}');

    expect(() => readClassMasterySettings(reader, newId())).toThrow(/not in this gradebook/);
  });
});
