import { describe, expect, it } from 'vitest';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { insertEducator } from './educators.js';
import { qb } from './handle.js';

const openTemp = useTempGradebook();

describe('insertEducator', () => {
  it('round-trips an educator, active by default', async () => {
    const { writer, reader } = await openTemp();
    const id = insertEducator(writer, { givenName: 'Rommel', familyName: 'Manalo', email: 'rmanalo@example.org', createdAt: '2025-08-16T16:00:00.000Z' });
    expect(reader.first(qb.selectFrom('educators').selectAll().where('id', '=', id))).toEqual({
      id,
      sourced_id: null,
      given_name: 'Rommel',
      family_name: 'Manalo',
      email: 'rmanalo@example.org',
      username: null,
      status: 'active',
      created_at: '2025-08-16T16:00:00.000Z',
      updated_at: '2025-08-16T16:00:00.000Z',
      source_modified_at: null,
    });
  });

  it('refuses a second educator with the same sourcedId and rolls the whole batch back', async () => {
    const { writer, reader } = await openTemp();
    expect(() =>
      writer.transaction(() => {
        insertEducator(writer, { sourcedId: 't-1', givenName: 'Ana', familyName: 'Reyes' });
        insertEducator(writer, { sourcedId: 't-1', givenName: 'Ana', familyName: 'Reyes' });
      }),
    ).toThrow(/UNIQUE/);
    expect(reader.all(qb.selectFrom('educators').selectAll())).toEqual([]);
  });
});
