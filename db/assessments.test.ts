import { describe, expect, it } from 'vitest';
import { insertParentRows } from '../test/helpers/parent-rows.js';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { assessmentScoresQuery, insertAssessment, readAssessmentScores } from './assessments.js';
import { insertEvidence, setEvidenceDeleted } from './evidence.js';
import { insertLearner } from './learners.js';
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

describe('readAssessmentScores', () => {
  it('gives the newest live score per learner and standard of that assessment only', async () => {
    const { writer, reader } = await openTemp();
    const { classId, learnerId, standardId } = insertParentRows(writer);
    const ama = insertLearner(writer, { givenName: 'Ama', familyName: 'Boateng' });
    const quiz = insertAssessment(writer, { classId, title: 'Quiz', assessedOn: '2025-10-20', kind: 'of', standardIds: [standardId] });
    const other = insertAssessment(writer, { classId, title: 'Exit ticket', assessedOn: '2025-10-21', kind: 'for', standardIds: [standardId] });
    const base = { classId, standardId, observedOn: '2025-10-20', kind: 'of' } as const;
    insertEvidence(writer, { ...base, learnerId, assessmentId: quiz, level: 2, recordedAt: '2025-10-20T10:00:00.000Z' });
    // retyped: the newer score is what the teacher now means
    const retyped = insertEvidence(writer, { ...base, learnerId, assessmentId: quiz, level: 3, recordedAt: '2025-10-20T10:05:00.000Z' });
    const trashed = insertEvidence(writer, { ...base, learnerId: ama, assessmentId: quiz, level: 4 });
    setEvidenceDeleted(writer, trashed, '2025-10-20T11:00:00.000Z');
    insertEvidence(writer, { ...base, learnerId: ama, assessmentId: other, level: 1 });
    insertEvidence(writer, { ...base, learnerId: ama, level: 1 });
    expect(readAssessmentScores(reader, classId, quiz)).toEqual([
      { learnerId, standardId, level: 3, evidenceId: retyped, observedOn: '2025-10-20' },
    ]);
  });

  it('refuses an assessment of another class as unknown', async () => {
    const { writer, reader } = await openTemp();
    const { classId, standardId } = insertParentRows(writer);
    const quiz = insertAssessment(writer, { classId, title: 'Quiz', assessedOn: '2025-10-20', kind: 'of', standardIds: [standardId] });
    expect(() => readAssessmentScores(reader, 'another-class', quiz)).toThrow('That assessment is not in this class.');
  });

  it('finds the scores through the class-and-standard index, not a scan of the class', async () => {
    const { reader } = await openTemp();
    const { sql, parameters } = assessmentScoresQuery('c', 'a').compile();
    const plan = (reader.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[]).map((row) => row.detail).join(' | ');
    expect(plan).toContain('USING INDEX evidence_class_standard_learner_date (class_id=? AND standard_id=?)');
  });
});
