import type { GridRow } from '../../../preload/contract/index.js';
import { learnerName } from '../format/learner-name.js';

/**
 * What tells a learner apart from classmates shown under the same name: the school's identifier, else
 * the roster's first name when the learner goes by another, else their place among the namesakes
 * (ordered by their ids, so it does not change between visits). Learners with a name of their
 * own get nothing: the hint is there only where a teacher could mix two rows up.
 */
export function namesakeHints(rows: readonly GridRow[]): Map<string, string> {
  const byName = new Map<string, GridRow[]>();
  for (const row of rows) {
    const name = learnerName(row).display.toLocaleLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), row]);
  }
  const hints = new Map<string, string>();
  for (const namesakes of byName.values()) {
    if (namesakes.length < 2) continue;
    const ordered = [...namesakes].sort((a, b) => (a.learnerId < b.learnerId ? -1 : 1));
    ordered.forEach((row, index) => {
      const identifier = row.identifier?.trim();
      const rosterFirst = learnerName(row).rosterFirstName;
      hints.set(row.learnerId, identifier ? `ID ${identifier}` : rosterFirst ? `roster name ${rosterFirst}` : `${index + 1} of ${ordered.length}`);
    });
  }
  return hints;
}
