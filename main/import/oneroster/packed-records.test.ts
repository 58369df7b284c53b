import { describe, expect, it } from 'vitest';
import type { RosterUser, RosterUserRole } from '../roster-package.js';
import { userLayout } from './oneroster-layouts.js';
import { PackedRecords } from './packed-records.js';

const role = (roleType: RosterUserRole['roleType'], sourcedId: string): RosterUserRole => ({
  role: 'teacher',
  roleType,
  orgSourcedId: 's1',
  beginDate: null,
  endDate: '2026-06-30',
  sourcedId,
  userProfileSourcedId: null,
});

const user = (overrides: Partial<RosterUser> = {}): RosterUser => ({
  sourcedId: 'u1',
  status: 'active',
  dateLastModified: '2025-09-01T00:00:00.000Z',
  enabled: false,
  username: '',
  userIds: [
    { type: 'LDAP', identifier: '12' },
    { type: '', identifier: '' },
  ],
  givenName: 'Zoë',
  familyName: '李',
  middleName: null,
  preferredGivenName: 'Zo',
  preferredMiddleName: null,
  preferredFamilyName: null,
  pronouns: 'she/her',
  identifier: '00042',
  email: 'zoe@school.example',
  sms: null,
  phone: '',
  grades: ['05', '06'],
  roles: [role('primary', 'r1'), role('secondary', 'r2')],
  orgSourcedIds: ['s1', ''],
  primaryOrgSourcedId: 's1',
  agentSourcedIds: [],
  userMasterIdentifier: null,
  ...overrides,
});

describe('PackedRecords (a OneRoster file’s records kept as flat strings)', () => {
  it('gives back every record equal, field by field, to the one kept, with its row', () => {
    const store = new PackedRecords(userLayout);
    const kept = [
      user(),
      user({ sourcedId: '', status: null, dateLastModified: null, enabled: true, userIds: [], roles: [], grades: [], orgSourcedIds: [], primaryOrgSourcedId: null }),
      // the separators themselves, and a list that would read back empty: kept as they are
      user({ sourcedId: 'u\u0000x', givenName: '\u0001', familyName: 'a\u0002b\u0003c' }),
      user({ agentSourcedIds: [''] }),
      user({ userIds: [{ type: 'SIS', identifier: 'a\u0003b' }] }),
    ];
    kept.forEach((record, index) => store.push(structuredClone(record), index + 2));
    expect(store.length).toBe(kept.length);
    expect(store.records()).toStrictEqual(kept);
    expect(kept.map((_, index) => store.rowAt(index))).toEqual([2, 3, 4, 5, 6]);
  });

  it('builds a new record on every read, so a change to one read never reaches the store', () => {
    const store = new PackedRecords(userLayout);
    store.push(user(), 2);
    const first = store.at(0);
    first.givenName = 'changed';
    first.roles.push(role('primary', 'r9'));
    expect(store.at(0)).toStrictEqual(user());
    expect(store.at(0)).not.toBe(store.at(0));
  });

  it('changes one field in place (a role joining its user) and keeps the others', () => {
    const store = new PackedRecords(userLayout);
    store.push(user({ roles: [] }), 2);
    store.updateField(0, 'roles', (roles) => roles.push(role('secondary', 'r2')));
    store.updateField(0, 'roles', (roles) => roles.unshift(role('primary', 'r1')));
    expect(store.at(0)).toStrictEqual(user());
  });

  it('hands over the records at chosen places, in their order', () => {
    const store = new PackedRecords(userLayout);
    for (const id of ['a', 'b', 'c', 'd']) store.push(user({ sourcedId: id }), 2);
    expect(store.recordsAt(Int32Array.from([3, 1])).map((record) => record.sourcedId)).toEqual(['d', 'b']);
  });

  it('finds the last record kept under each sourcedId, through the table’s growth', () => {
    const store = new PackedRecords(userLayout);
    for (let index = 0; index < 5_000; index++) store.push(user({ sourcedId: `u${index}` }), index + 2);
    store.push(user({ sourcedId: '' }), 5_002);
    store.push(user({ sourcedId: '\u0000odd' }), 5_003);
    store.push(user({ sourcedId: '' }), 5_004);
    expect(store.indexOf('u0')).toBe(0);
    expect(store.indexOf('u4999')).toBe(4_999);
    expect(store.indexOf('\u0000odd')).toBe(5_001);
    expect(store.indexOf('')).toBe(5_002);
    expect(store.indexOf('u5000')).toBeUndefined();
    store.forgetKeys();
    expect(() => store.indexOf('u0')).toThrow(/let go/);
  });
});
