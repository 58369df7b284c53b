import { describe, expect, it } from 'vitest';
import { openTinyGradebook } from '../test/helpers/tiny-gradebook.js';
import { useTempDir } from '../test/helpers/temp-dir.js';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { qb } from './handle.js';
import { newId } from './ids.js';
import { classRoster, insertLearner, readLearner } from './learners.js';

const openTemp = useTempGradebook();
const tempDir = useTempDir();

describe('insertLearner', () => {
  it('round-trips a learner with a preferred name, pronouns and home languages', async () => {
    const { writer, reader } = await openTemp();
    const id = insertLearner(writer, {
      givenName: 'Guadalupe',
      familyName: 'Ramírez López',
      preferredName: 'Lupita',
      pronouns: 'she/her',
      identifier: '510014',
      gradeLevel: '05',
      languages: ['es', 'en'],
    });
    expect(reader.first(qb.selectFrom('learners').selectAll().where('id', '=', id))).toMatchObject({
      given_name: 'Guadalupe',
      family_name: 'Ramírez López',
      preferred_name: 'Lupita',
      pronouns: 'she/her',
      identifier: '510014',
      grade_level: '05',
      languages: '["es","en"]',
      status: 'active',
      email: null,
    });
  });

  it('leaves nothing behind when a batch of learners fails part-way', async () => {
    const { writer, reader } = await openTemp();
    expect(() =>
      writer.transaction(() => {
        insertLearner(writer, { id: '0198b39b-f800-7000-8000-000000000001', givenName: 'Kofi', familyName: 'Mensah' });
        insertLearner(writer, { id: '0198b39b-f800-7000-8000-000000000001', givenName: 'Ama', familyName: 'Mensah' });
      }),
    ).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(reader.all(qb.selectFrom('learners').selectAll())).toEqual([]);
  });
});

describe('classRoster', () => {
  it("counts each learner's evidence in this class only, ignoring the trash, with the latest date", async () => {
    const tiny = await openTinyGradebook(tempDir());
    try {
      const math = tiny.addClass('Math 5');
      const science = tiny.addClass('Science 5');
      const ana = tiny.addLearner('Ana', 'Lima');
      const bo = tiny.addLearner('Bo', 'Chen', 'Bobby');
      const cy = tiny.addLearner('Cy', 'Okafor');
      const gone = tiny.addLearner('Dee', 'Adams');
      for (const learner of [ana, bo, cy]) tiny.enroll(math, learner);
      tiny.enroll(math, gone, 'inactive');
      tiny.enroll(science, ana);

      tiny.addEvidence(math, ana, '2025-09-02');
      tiny.addEvidence(math, ana, '2025-11-14');
      tiny.addEvidence(math, ana, '2025-12-01', { deleted: true }); // in the trash: not counted
      tiny.addEvidence(science, ana, '2026-01-10'); // another class: not counted
      tiny.addEvidence(math, bo, '2025-10-20', { level: null }); // observed without a level still counts as seen

      expect(classRoster(tiny.gradebook.reader, math)).toEqual([
        { learnerId: bo, givenName: 'Bo', familyName: 'Chen', preferredName: 'Bobby', evidenceCount: 1, lastEvidenceOn: '2025-10-20' },
        { learnerId: ana, givenName: 'Ana', familyName: 'Lima', preferredName: null, evidenceCount: 2, lastEvidenceOn: '2025-11-14' },
        { learnerId: cy, givenName: 'Cy', familyName: 'Okafor', preferredName: null, evidenceCount: 0, lastEvidenceOn: null },
      ]);
    } finally {
      tiny.gradebook.close();
    }
  });
});

describe('readLearner', () => {
  it('gives the names, languages and the classes the learner is actively enrolled in, by title', async () => {
    const tiny = await openTinyGradebook(tempDir());
    const { writer, reader } = tiny.gradebook;
    const learnerId = insertLearner(writer, { givenName: 'Guadalupe', familyName: 'Ramírez López', preferredName: 'Lupita', pronouns: 'she/her', languages: ['es', 'en'] });
    const science = tiny.addClass('Science 5');
    const maths = tiny.addClass('Maths 5');
    const art = tiny.addClass('Art 5');
    tiny.enroll(science, learnerId);
    tiny.enroll(maths, learnerId);
    tiny.enroll(art, learnerId, 'inactive');
    expect(readLearner(reader, learnerId)).toEqual({
      learnerId,
      givenName: 'Guadalupe',
      familyName: 'Ramírez López',
      preferredName: 'Lupita',
      pronouns: 'she/her',
      gradeLevel: null,
      languages: ['es', 'en'],
      status: 'active',
      classes: [
        { classId: maths, title: 'Maths 5', code: null },
        { classId: science, title: 'Science 5', code: null },
      ],
    });
    tiny.gradebook.close();
  });

  it('says plainly when the learner is not in the gradebook', async () => {
    const { reader } = await openTemp();
    expect(() => readLearner(reader, newId())).toThrow('That learner is not in this gradebook.');
  });
});
