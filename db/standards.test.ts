import { describe, expect, it } from 'vitest';
import { insertParentRows } from '../test/helpers/parent-rows.js';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { GradebookError } from './errors.js';
import { qb, type GradebookWriter } from './handle.js';
import { insertFramework, insertPrerequisite, insertStandard, trackStandards } from './standards.js';

const openTemp = useTempGradebook();

function threeStandards(writer: GradebookWriter) {
  const frameworkId = insertFramework(writer, { title: 'Grade 5 Mathematics', creator: 'Proficio', subject: 'Mathematics' });
  const domainId = insertStandard(writer, { frameworkId, position: 0, code: '5.NF', statement: 'Fractions', type: 'domain' });
  const [a, b, c] = ['5.NF.A.1', '5.NF.A.2', '5.NF.B.3'].map((code, position) =>
    insertStandard(writer, { frameworkId, parentId: domainId, position, code, statement: `Statement of ${code}`, gradeLevels: ['05'] }),
  );
  return { frameworkId, domainId, a: a ?? '', b: b ?? '', c: c ?? '' };
}

describe('frameworks and standards', () => {
  it('round-trips a framework and a standard under its parent', async () => {
    const { writer, reader } = await openTemp();
    const { frameworkId, domainId, a } = threeStandards(writer);
    expect(reader.first(qb.selectFrom('frameworks').select(['title', 'creator', 'publisher']).where('id', '=', frameworkId))).toEqual({
      title: 'Grade 5 Mathematics',
      creator: 'Proficio',
      publisher: null,
    });
    expect(reader.first(qb.selectFrom('standards').selectAll().where('id', '=', a))).toMatchObject({
      framework_id: frameworkId,
      parent_id: domainId,
      position: 0,
      code: '5.NF.A.1',
      type: 'standard',
      grade_levels: '["05"]',
      retired_at: null,
    });
  });

  it('refuses a standard of an unknown framework and writes nothing', async () => {
    const { writer, reader } = await openTemp();
    expect(() => insertStandard(writer, { frameworkId: 'missing', position: 0, statement: 'Orphan' })).toThrow(/FOREIGN KEY/);
    expect(reader.all(qb.selectFrom('standards').selectAll())).toEqual([]);
  });
});

describe('insertPrerequisite', () => {
  it('adds edges, returns the existing id for a repeated edge, and refuses any edge that closes a cycle', async () => {
    const { writer, reader } = await openTemp();
    const { a, b, c } = threeStandards(writer);
    const ab = insertPrerequisite(writer, { standardId: b, prerequisiteId: a, origin: 'framework' });
    insertPrerequisite(writer, { standardId: c, prerequisiteId: b, origin: 'educator' });
    expect(insertPrerequisite(writer, { standardId: b, prerequisiteId: a, origin: 'framework' })).toBe(ab);

    const cycle = () => insertPrerequisite(writer, { standardId: a, prerequisiteId: c, origin: 'educator' });
    expect(cycle).toThrow(GradebookError);
    expect(cycle).toThrow(/circle/);
    expect(() => insertPrerequisite(writer, { standardId: a, prerequisiteId: a, origin: 'educator' })).toThrow(/its own prerequisite/);
    expect(reader.all(qb.selectFrom('prerequisites').select(['standard_id', 'prerequisite_id']).orderBy('created_at'))).toHaveLength(2);
  });

  it('refuses an edge to an unknown standard', async () => {
    const { writer } = await openTemp();
    const { a } = threeStandards(writer);
    expect(() => insertPrerequisite(writer, { standardId: a, prerequisiteId: 'missing', origin: 'educator' })).toThrow(/FOREIGN KEY/);
  });
});

describe('trackStandards', () => {
  it('appends standards after those a class tracks already and keeps tracked ones in place', async () => {
    const { writer, reader } = await openTemp();
    const { classId, standardId } = insertParentRows(writer);
    const { a, b, c } = threeStandards(writer);
    expect(trackStandards(writer, classId, [standardId, a])).toBe(2);
    expect(trackStandards(writer, classId, [b, a, c])).toBe(2);
    const tracked = reader.all(qb.selectFrom('class_standards').select(['standard_id', 'position']).where('class_id', '=', classId).orderBy('position'));
    expect(tracked).toEqual([
      { standard_id: standardId, position: 0 },
      { standard_id: a, position: 1 },
      { standard_id: b, position: 2 },
      { standard_id: c, position: 3 },
    ]);
  });

  it('tracks all or none: an unknown standard in the list leaves the class as it was', async () => {
    const { writer, reader } = await openTemp();
    const { classId } = insertParentRows(writer);
    const { a, b } = threeStandards(writer);
    expect(() => trackStandards(writer, classId, [a, 'missing', b])).toThrow(/FOREIGN KEY/);
    expect(reader.all(qb.selectFrom('class_standards').selectAll())).toEqual([]);
  });
});
