import { describe, expect, it } from 'vitest';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { qb } from './handle.js';
import { insertLearner } from './learner-records.js';

const openTemp = useTempGradebook();

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
