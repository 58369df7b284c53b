import type { RosterEntry } from '../../../preload/contract/index.js';

export type LearnerName = {
  /** The name to call the learner by: the preferred first name when there is one. */
  display: string;
  /** The first name on the roster, shown quietly when the learner goes by another. */
  rosterFirstName: string | null;
  /** Family name first, for sorting the way class lists are sorted. */
  sortKey: string;
};

type NameParts = Pick<RosterEntry, 'givenName' | 'familyName' | 'preferredName'>;

export function learnerName({ givenName, familyName, preferredName }: NameParts): LearnerName {
  const preferred = preferredName?.trim() ?? '';
  const goesByOther = preferred !== '' && preferred !== givenName;
  const first = goesByOther ? preferred : givenName;
  return {
    display: [first, familyName].filter((part) => part !== '').join(' '),
    rosterFirstName: goesByOther ? givenName : null,
    sortKey: `${familyName}\u0000${first}`,
  };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Compares names the way a person would (accents and case do not reorder "Ramírez" after "Ramos"). */
export function compareNames(a: LearnerName, b: LearnerName): number {
  return collator.compare(a.sortKey, b.sortKey);
}
