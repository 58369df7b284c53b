import { describe, expect, it } from 'vitest';
import { insertParentRows } from '../test/helpers/parent-rows.js';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { insertAssessment } from './assessments.js';
import { qb } from './handle.js';
import { insertStandard } from './standards.js';

const openTemp = useTempGradebook();

describe('insertAssessment', () => {
  it('writes an assessment with the standards it scores, in order', async () => {
    const { writer, reader } = await openTemp();
    const { classId, standardId, frameworkId } = insertParentRows(writer);
    const second = insertStandard(writer, { frameworkId, position: 1, code: '5.NF.A.2', statement: 'Fraction word problems.' });
    const id = insertAssessment(writer, {
      classId,
      title: 'Unit 4 check: Adding and subtracting fractions',
      assessedOn: '2025-10-20',
      kind: 'of',
      modality: 'direct_instruction',
      standardIds: [second, standardId],
    });
    expect(reader.first(qb.selectFrom('assessments').selectAll().where('id', '=', id))).toMatchObject({
      class_id: classId,
      assessed_on: '2025-10-20',
      kind: 'of',
      modality: 'direct_instruction',
      description: '',
    });
    expect(reader.all(qb.selectFrom('assessment_standards').select(['standard_id', 'position']).where('assessment_id', '=', id).orderBy('position'))).toEqual([
      { standard_id: second, position: 0 },
      { standard_id: standardId, position: 1 },
    ]);
  });

  it('refuses a kind that is not of, for or as', async () => {
    const { writer } = await openTemp();
    const { classId } = insertParentRows(writer);
    // a wrong kind can only come from untyped input, e.g. an import file
    const kind: 'of' = JSON.parse('"summative"');
    expect(() => insertAssessment(writer, { classId, title: 'Quiz', assessedOn: '2025-10-20', kind })).toThrow(/CHECK/);
  });

  it('writes neither the assessment nor any of its standards when one standard is unknown', async () => {
    const { writer, reader } = await openTemp();
    const { classId, standardId } = insertParentRows(writer);
    expect(() =>
      insertAssessment(writer, { classId, title: 'Exit ticket', assessedOn: '2025-10-20', kind: 'for', standardIds: [standardId, 'missing'] }),
    ).toThrow(/FOREIGN KEY/);
    expect(reader.all(qb.selectFrom('assessments').selectAll())).toEqual([]);
    expect(reader.all(qb.selectFrom('assessment_standards').selectAll())).toEqual([]);
  });
});
