import type { RosterUser } from '../../roster-package.js';
import { loadBySourcedId, type TableOps } from '../table-ops.js';
import type { SchoolsPlan } from './plan-schools.js';
import { PeopleIndex } from './people-index.js';
import type { RosterPlanning } from './roster-planning.js';

export const contactRoles = new Set(['parent', 'guardian', 'relative']);

export type PeoplePlan = {
  learners: TableOps;
  educators: TableOps;
  /** Every learner and educator of the set and of the gradebook, by sourcedId. */
  personOf: PeopleIndex;
  /** Parents, guardians and relatives, planned by `planContacts` once every learner is known. */
  contactsToLink: { user: RosterUser; relationship: string }[];
  /** Learners and educators the file marks `tobedeleted` that the gradebook never had: not added, so their rows are skipped too. */
  deletedBeforeArrival: Set<string>;
};

/**
 * The users file's learners and educators (one table each; a user row is one or the other). A bulk
 * users file is everyone the source knows at its schools: a learner or educator enrolled at one of
 * those schools whom it no longer lists has left, and becomes inactive (never deleted — their evidence
 * keeps its meaning); people of other schools in the same gradebook are not the file's to judge.
 * A learner or educator the file marks `tobedeleted` whom the gradebook does not have is not added:
 * the teacher would never see them, so the report must not count them as added.
 */
export function planPeople(planning: RosterPlanning, schools: SchoolsPlan): PeoplePlan {
  const { reader, pkg, bump, warn, file, statusOf, upsertFrom } = planning;
  const learners = planning.ops('learners');
  const educators = planning.ops('educators');
  const storedLearners = loadBySourcedId(reader, 'learners');
  const storedEducators = loadBySourcedId(reader, 'educators');
  const personOf = new PeopleIndex();
  for (const [sourced, row] of storedLearners) personOf.setStored(sourced, { kind: 'learner' }, String(row['id']));
  for (const [sourced, row] of storedEducators) if (personOf.get(sourced) === undefined) personOf.setStored(sourced, { kind: 'educator', role: 'teacher' }, String(row['id']));
  const contactsToLink: PeoplePlan['contactsToLink'] = [];
  const deletedBeforeArrival = new Set<string>();
  const arrivesDeleted = (user: RosterUser, table: 'learners' | 'educators', stored: unknown): boolean => {
    if (stored !== undefined || user.status !== 'tobedeleted') return false;
    deletedBeforeArrival.add(user.sourcedId);
    bump(table, 'skipped');
    const who = table === 'learners' ? 'learner' : 'educator';
    const name = `${user.givenName} ${user.familyName}`.trim();
    warn(`${who}-tobedeleted`, {
      file: file('users'),
      column: 'status',
      value: 'tobedeleted',
      expected: `active, or a ${who} the gradebook already has`,
      problem: `the ${who} ${name === '' ? user.sourcedId : `${name} (${user.sourcedId})`} is marked to be deleted and the gradebook does not have them, so they are not added`,
    });
    return true;
  };
  for (const user of pkg.users) {
    const role = user.roles.map((r) => r.role).find((r) => r === 'student' || r === 'teacher' || r === 'aide' || contactRoles.has(r));
    if (role === undefined) {
      bump('learners', 'skipped');
      warn(`role\u0000${user.roles.map((r) => r.role).join('/')}`, {
        file: file(pkg.version === '1.2' ? 'roles' : 'users'),
        column: 'role',
        value: user.roles.map((r) => r.role).join(', ') || '(none)',
        expected: 'student, teacher, aide, parent, guardian or relative',
        problem: `the user ${user.sourcedId} has no role Proficio keeps, so they are not imported`,
      });
      continue;
    }
    if (contactRoles.has(role)) {
      contactsToLink.push({ user, relationship: role });
      continue;
    }
    if (role === 'student') {
      const stored = storedLearners.get(user.sourcedId);
      if (arrivesDeleted(user, 'learners', stored)) continue;
      const learner = { kind: 'learner' } as const;
      const { id } = stored ? personOf.setStored(user.sourcedId, learner, String(stored['id'])) : personOf.addNew(user.sourcedId, learner);
      bump(
        'learners',
        upsertFrom(user, 'users', learners, stored, {
          id,
          sourced_id: user.sourcedId,
          given_name: user.givenName,
          family_name: user.familyName,
          preferred_name: user.preferredGivenName,
          pronouns: user.pronouns,
          identifier: user.identifier,
          username: user.username === '' ? null : user.username,
          email: user.email,
          grade_level: user.grades[0] ?? null,
          status: statusOf(user.status, pkg.fileModes.users, stored, 'active', 'inactive'),
        }),
      );
    } else {
      const stored = storedEducators.get(user.sourcedId);
      if (arrivesDeleted(user, 'educators', stored)) continue;
      const educator = { kind: 'educator', role: role === 'aide' ? 'aide' : 'teacher' } as const;
      const { id } = stored ? personOf.setStored(user.sourcedId, educator, String(stored['id'])) : personOf.addNew(user.sourcedId, educator);
      bump(
        'educators',
        upsertFrom(user, 'users', educators, stored, {
          id,
          sourced_id: user.sourcedId,
          given_name: user.givenName,
          family_name: user.familyName,
          email: user.email,
          username: user.username === '' ? null : user.username,
          status: statusOf(user.status, pkg.fileModes.users, stored, 'active', 'inactive'),
        }),
      );
    }
  }

  if (pkg.fileModes.users === 'bulk') {
    const listed = new Set(pkg.users.map((user) => user.sourcedId));
    const schoolIds = [...new Set(schools.classSchool.values())];
    const atTheseSchools = (column: 'learner_id' | 'educator_id'): Set<string> =>
      new Set(
        schoolIds.length === 0
          ? []
          : (reader
              .prepare(
                `SELECT DISTINCT e.${column} FROM enrollments e JOIN classes c ON c.id = e.class_id
                 WHERE e.${column} IS NOT NULL AND c.school_id IN (${schoolIds.map(() => '?').join(', ')})`,
              )
              .pluck()
              .all(...schoolIds) as string[]),
      );
    for (const [table, ops, stored, column] of [
      ['learners', learners, storedLearners, 'learner_id'],
      ['educators', educators, storedEducators, 'educator_id'],
    ] as const) {
      const inScope = atTheseSchools(column);
      for (const [sourced, row] of stored) {
        if (listed.has(sourced) || row['status'] !== 'active' || !inScope.has(String(row['id']))) continue;
        ops.deactivate({ id: String(row['id']), status: 'inactive' });
        bump(table, 'deactivated');
      }
    }
  }
  return { learners, educators, personOf, contactsToLink, deletedBeforeArrival };
}
