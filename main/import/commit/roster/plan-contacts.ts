import { newId } from '../../../../db/ids.js';
import { loadBySourcedId, type TableOps } from '../table-ops.js';
import type { PeoplePlan } from './plan-people.js';
import type { Person, RosterPlanning } from './roster-planning.js';

/**
 * Family members, linked to learners through agentSourcedIds (either side may name the other). A
 * contact linked to several learners becomes one row per learner; one linked to none is skipped.
 */
export function planContacts(planning: RosterPlanning, people: PeoplePlan): TableOps {
  const { reader, pkg, bump, warn, file, upsertFrom } = planning;
  const { personOf } = people;
  const contacts = planning.ops('contacts');
  const storedContacts = loadBySourcedId(reader, 'contacts');
  for (const { user, relationship } of people.contactsToLink) {
    const linked = new Set(user.agentSourcedIds.filter((agent) => personOf.get(agent)?.kind === 'learner'));
    for (const other of pkg.users) if (other.agentSourcedIds.includes(user.sourcedId) && personOf.get(other.sourcedId)?.kind === 'learner') linked.add(other.sourcedId);
    if (linked.size === 0) {
      bump('contacts', 'skipped');
      warn('contact-unlinked', {
        file: file('users'),
        column: 'agentSourcedIds',
        value: user.sourcedId,
        expected: 'a parent, guardian or relative linked to a learner of the set through agentSourcedIds',
        problem: `the ${relationship} is linked to no learner in the set, so they are skipped`,
      });
      continue;
    }
    [...linked].sort().forEach((learnerSourcedId, index) => {
      const sourcedId = index === 0 ? user.sourcedId : `${user.sourcedId}:${learnerSourcedId}`;
      const stored = storedContacts.get(sourcedId);
      const learner = personOf.get(learnerSourcedId) as Person;
      bump(
        'contacts',
        upsertFrom(user, 'users', contacts, stored, {
          id: String(stored?.['id'] ?? newId()),
          sourced_id: sourcedId,
          learner_id: learner.id,
          given_name: user.givenName,
          family_name: user.familyName,
          relationship,
          email: user.email,
          phone: user.phone ?? user.sms,
        }),
      );
    });
  }
  return contacts;
}
