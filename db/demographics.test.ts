import { describe, expect, it } from 'vitest';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { readDemographics } from './demographics.js';
import { insertLearner } from './learners.js';
import { setSetting } from './settings.js';

const openGradebook = useTempGradebook();

describe('demographics', () => {
  it('are hidden unless demographics_visible is true', async () => {
    const gradebook = await openGradebook();
    const learnerId = insertLearner(gradebook.writer, { givenName: 'A', familyName: 'B' });
    gradebook.writer
      .prepare(`INSERT INTO demographics (learner_id, sourced_id, birth_date, sex, created_at, updated_at) VALUES (?, 'u1', '2015-02-03', 'female', 'x', 'x')`)
      .run(learnerId);
    expect(readDemographics(gradebook.reader, learnerId)).toBeNull();
    setSetting(gradebook.writer, 'demographics_visible', 'true');
    expect(readDemographics(gradebook.reader, learnerId)).toMatchObject({ birth_date: '2015-02-03', sex: 'female' });
  });
});
