import type { Row, TableOps } from '../table-ops.js';
import type { PeoplePlan } from './plan-people.js';
import type { RosterPlanning } from './roster-planning.js';

/** Learners' demographics (kept, hidden unless the school turns them on); a delta row may remove one. */
export function planDemographics(planning: RosterPlanning, people: PeoplePlan): TableOps {
  const { reader, pkg, bump, warn, file, upsertFrom } = planning;
  const demographics = planning.ops('demographics', 'learner_id');
  const storedDemographics = new Map((reader.prepare('SELECT * FROM demographics').all() as Row[]).map((row) => [String(row['learner_id']), row]));
  const flag = (value: boolean | null) => (value === null ? null : value ? 1 : 0);
  for (const record of pkg.demographics) {
    const person = people.personOf.get(record.sourcedId);
    if (person === undefined && people.deletedBeforeArrival.has(record.sourcedId)) {
      bump('demographics', 'skipped');
      warn('demographics-user-deleted', {
        file: file('demographics'),
        column: 'sourcedId',
        value: record.sourcedId,
        expected: 'the sourcedId of a learner who is imported',
        problem: 'users.csv marks the learner to be deleted, so they are not added; their demographics are skipped',
      });
      continue;
    }
    if (person?.kind !== 'learner') {
      bump('demographics', 'skipped');
      warn('demographics-user', {
        file: file('demographics'),
        column: 'sourcedId',
        value: record.sourcedId,
        expected: 'the sourcedId of a learner',
        problem: 'demographics are kept for learners only, and this user is not one; the row is skipped',
      });
      continue;
    }
    const stored = storedDemographics.get(person.id);
    if (record.status === 'tobedeleted') {
      if (stored) {
        demographics.remove(person.id);
        bump('demographics', 'removed');
      }
      continue;
    }
    bump(
      'demographics',
      upsertFrom(record, 'demographics', demographics, stored, {
        learner_id: person.id,
        sourced_id: record.sourcedId,
        birth_date: record.birthDate,
        sex: record.sex,
        american_indian_or_alaska_native: flag(record.americanIndianOrAlaskaNative),
        asian: flag(record.asian),
        black_or_african_american: flag(record.blackOrAfricanAmerican),
        native_hawaiian_or_other_pacific_islander: flag(record.nativeHawaiianOrOtherPacificIslander),
        white: flag(record.white),
        two_or_more_races: flag(record.demographicRaceTwoOrMoreRaces),
        hispanic_or_latino: flag(record.hispanicOrLatinoEthnicity),
        country_of_birth_code: record.countryOfBirthCode,
        state_of_birth_abbreviation: record.stateOfBirthAbbreviation,
        city_of_birth: record.cityOfBirth,
        public_school_residence_status: record.publicSchoolResidenceStatus,
      }),
    );
  }
  return demographics;
}
