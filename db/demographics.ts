import { getSetting } from './settings.js';
import type { GradebookReader } from './handle.js';
import type { DemographicsTable } from './schema.js';

/**
 * Demographics arrive with district rosters and are kept so an export can give them back, but they
 * are sensitive and rarely needed to teach: every read returns null unless the gradebook's setting
 * `demographics_visible` is exactly 'true'.
 */
export const demographicsVisibleSetting = 'demographics_visible';

export type LearnerDemographics = Omit<DemographicsTable, 'created_at' | 'updated_at' | 'source_modified_at'>;

export function demographicsVisible(reader: GradebookReader): boolean {
  return getSetting(reader, demographicsVisibleSetting) === 'true';
}

export function readDemographics(reader: GradebookReader, learnerId: string): LearnerDemographics | null {
  if (!demographicsVisible(reader)) return null;
  const row = reader.prepare('SELECT * FROM demographics WHERE learner_id = ?').get(learnerId) as DemographicsTable | undefined;
  if (!row) return null;
  return {
    learner_id: row.learner_id,
    sourced_id: row.sourced_id,
    birth_date: row.birth_date,
    sex: row.sex,
    american_indian_or_alaska_native: row.american_indian_or_alaska_native,
    asian: row.asian,
    black_or_african_american: row.black_or_african_american,
    native_hawaiian_or_other_pacific_islander: row.native_hawaiian_or_other_pacific_islander,
    white: row.white,
    two_or_more_races: row.two_or_more_races,
    hispanic_or_latino: row.hispanic_or_latino,
    country_of_birth_code: row.country_of_birth_code,
    state_of_birth_abbreviation: row.state_of_birth_abbreviation,
    city_of_birth: row.city_of_birth,
    public_school_residence_status: row.public_school_residence_status,
  };
}
