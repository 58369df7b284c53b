import { describe, expect, it } from 'vitest';
import { insertParentRows } from '../test/helpers/parent-rows.js';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { insertContact } from './contacts.js';
import { qb } from './handle.js';

const openTemp = useTempGradebook();

describe('insertContact', () => {
  it("round-trips a learner's family contact with a preferred language", async () => {
    const { writer, reader } = await openTemp();
    const { learnerId } = insertParentRows(writer);
    const id = insertContact(writer, {
      learnerId,
      givenName: 'Abena',
      familyName: 'Mensah',
      relationship: 'grandmother',
      phone: '505-555-0142',
      preferredLanguage: 'tw',
      notes: 'An interpreter helps at conferences.',
    });
    expect(reader.first(qb.selectFrom('contacts').selectAll().where('id', '=', id))).toMatchObject({
      learner_id: learnerId,
      relationship: 'grandmother',
      email: null,
      phone: '505-555-0142',
      preferred_language: 'tw',
      notes: 'An interpreter helps at conferences.',
    });
  });

  it('refuses a contact of an unknown learner, and a failed batch leaves no contact', async () => {
    const { writer, reader } = await openTemp();
    const { learnerId } = insertParentRows(writer);
    expect(() =>
      writer.transaction(() => {
        insertContact(writer, { learnerId, givenName: 'Kwame', familyName: 'Mensah', relationship: 'father' });
        insertContact(writer, { learnerId: 'ghost', givenName: 'Ama', familyName: 'Mensah', relationship: 'mother' });
      }),
    ).toThrow(/FOREIGN KEY/);
    expect(reader.all(qb.selectFrom('contacts').selectAll())).toEqual([]);
  });
});
