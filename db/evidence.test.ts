import { describe, expect, it } from 'vitest';
import { insertParentRows, type ParentRows } from '../test/helpers/parent-rows.js';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { insertEvidence, insertEvidenceMany, readMasteryEvidence, setEvidenceDeleted, type NewEvidence } from './evidence.js';
import { qb } from './handle.js';
import { idPattern } from './ids.js';
import { insertLearner } from './learners.js';

const openTemp = useTempGradebook();

function piece(parents: ParentRows, overrides: Partial<NewEvidence> = {}): NewEvidence {
  return { classId: parents.classId, learnerId: parents.learnerId, standardId: parents.standardId, level: 3, observedOn: '2025-10-01', kind: 'for', ...overrides };
}

describe('insertEvidence', () => {
  it('round-trips every field of a piece of evidence from outside the classroom', async () => {
    const { writer, reader } = await openTemp();
    const parents = insertParentRows(writer);
    const id = insertEvidence(
      writer,
      piece(parents, {
        level: 4,
        kind: 'as',
        modality: 'community',
        source: 'community',
        sourceDescription: 'Library maker club: built a cube tower',
        recordedBy: parents.educatorId,
        recordedAt: '2025-10-02T21:05:00.000Z',
        feedback: 'You extended volume to a new shape.',
        feedbackOn: '2025-10-03',
        attachmentRef: 'photo-1.jpg',
      }),
    );
    expect(reader.first(qb.selectFrom('evidence').selectAll().where('id', '=', id))).toEqual({
      id,
      class_id: parents.classId,
      learner_id: parents.learnerId,
      standard_id: parents.standardId,
      assessment_id: null,
      level: 4,
      observed_on: '2025-10-01',
      kind: 'as',
      modality: 'community',
      source: 'community',
      source_description: 'Library maker club: built a cube tower',
      recorded_by: parents.educatorId,
      recorded_at: '2025-10-02T21:05:00.000Z',
      feedback: 'You extended volume to a new shape.',
      feedback_on: '2025-10-03',
      attachment_ref: 'photo-1.jpg',
      revision: 1,
      deleted_at: null,
      feedback_status: 'given',
    });
  });

  it('fills defaults: a new id, source class, recorded now; a null level stays null', async () => {
    const { writer, reader } = await openTemp();
    const parents = insertParentRows(writer);
    const before = new Date().toISOString();
    const id = insertEvidence(writer, piece(parents, { level: null }));
    const row = reader.first(qb.selectFrom('evidence').selectAll().where('id', '=', id));
    expect(id).toMatch(idPattern);
    expect(row).toMatchObject({ level: null, source: 'class', feedback: null, modality: null });
    expect((row?.recorded_at ?? '') >= before).toBe(true);
  });

  it('refuses evidence for an unknown learner and writes nothing', async () => {
    const { writer, reader } = await openTemp();
    const parents = insertParentRows(writer);
    expect(() => insertEvidence(writer, piece(parents, { learnerId: 'ghost' }))).toThrow(/FOREIGN KEY/);
    expect(reader.all(qb.selectFrom('evidence').selectAll())).toEqual([]);
  });
});

describe('insertEvidenceMany', () => {
  it('streams rows from a generator in one transaction, all with one recorded instant by default', async () => {
    const { writer, reader } = await openTemp();
    const parents = insertParentRows(writer);
    function* rows(): Generator<NewEvidence> {
      for (let day = 1; day <= 300; day++) {
        yield piece(parents, { observedOn: `2025-10-${String((day % 28) + 1).padStart(2, '0')}`, level: (day % 4) + 1 });
      }
    }
    expect(insertEvidenceMany(writer, rows())).toBe(300);
    const stored = reader.all(qb.selectFrom('evidence').select(['level', 'recorded_at']).orderBy('observed_on'));
    expect(stored).toHaveLength(300);
    expect(new Set(stored.map((row) => row.recorded_at)).size).toBe(1);
  });

  it('keeps insertion order as rowid order, which the mastery rules use for same-day evidence', async () => {
    const { writer } = await openTemp();
    const parents = insertParentRows(writer);
    const ids = ['0198b39b-f800-7000-8000-00000000000c', '0198b39b-f800-7000-8000-00000000000a', '0198b39b-f800-7000-8000-00000000000b'];
    insertEvidenceMany(writer, ids.map((id, index) => piece(parents, { id, level: index + 1 })));
    expect(writer.prepare('SELECT id FROM evidence ORDER BY rowid').pluck().all()).toEqual(ids);
  });

  it('writes none of a batch when one row points at an unknown learner', async () => {
    const { writer, reader } = await openTemp();
    const parents = insertParentRows(writer);
    const other = insertLearner(writer, { givenName: 'Ama', familyName: 'Mensah' });
    const batch = [piece(parents), piece(parents, { learnerId: other }), piece(parents, { learnerId: 'ghost' }), piece(parents)];
    expect(() => insertEvidenceMany(writer, batch)).toThrow(/FOREIGN KEY/);
    expect(reader.all(qb.selectFrom('evidence').selectAll())).toEqual([]);
  });

  it('is rolled back with an enclosing transaction that fails later', async () => {
    const { writer, reader } = await openTemp();
    const parents = insertParentRows(writer);
    expect(() =>
      writer.transaction(() => {
        insertEvidenceMany(writer, [piece(parents), piece(parents)]);
        throw new Error('import cancelled');
      }),
    ).toThrow('import cancelled');
    expect(reader.all(qb.selectFrom('evidence').selectAll())).toEqual([]);
  });
});

describe('readMasteryEvidence', () => {
  it('gives live evidence per cell oldest first, same-day pieces in the order recorded, filtered as asked', async () => {
    const { writer, reader } = await openTemp();
    const parents = insertParentRows(writer);
    const late = insertEvidence(writer, piece(parents, { observedOn: '2025-10-05', recordedAt: '2025-10-05T09:00:00.000Z' }));
    const second = insertEvidence(writer, piece(parents, { observedOn: '2025-10-01', recordedAt: '2025-10-01T10:00:00.000Z', level: 2 }));
    const first = insertEvidence(writer, piece(parents, { observedOn: '2025-10-01', recordedAt: '2025-10-01T09:00:00.000Z', level: 1 }));
    const trashed = insertEvidence(writer, piece(parents, { observedOn: '2025-10-02' }));
    setEvidenceDeleted(writer, trashed, '2025-10-03T00:00:00.000Z');

    expect(readMasteryEvidence(reader, parents.classId).map((row) => row.id)).toEqual([first, second, late]);
    expect(readMasteryEvidence(reader, parents.classId, { asOf: '2025-10-04', learnerId: parents.learnerId }).map((row) => row.id)).toEqual([first, second]);
    expect(readMasteryEvidence(reader, parents.classId, { standardId: 'another' })).toEqual([]);
    expect(readMasteryEvidence(reader, parents.classId)[0]).toEqual({
      id: first,
      learnerId: parents.learnerId,
      standardId: parents.standardId,
      level: 1,
      observedOn: '2025-10-01',
      recordedAt: '2025-10-01T09:00:00.000Z',
      kind: 'for',
      feedbackStatus: 'awaiting',
    });
  });
});
