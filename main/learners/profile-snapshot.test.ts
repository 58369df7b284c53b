import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openGradebook, type Gradebook } from '../../db/open.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { profileSnapshot } from './domain/snapshot-sections.js';
import { learnerProfile } from './learner-profile.js';
import { learnerSnapshot } from './profile-snapshot.js';

const tempDir = useTempDir();
let gradebook: Gradebook;

beforeAll(async () => {
  gradebook = await openGradebook(join(tempDir(), 'demo.proficio'));
  generateDemoGradebook(gradebook.writer, { seed: 11 });
});
afterAll(() => gradebook.close());

/** A demo learner with a goal, family contacts and the most profile entries: the fullest page. */
function fullestLearner(): string {
  return String(
    gradebook.reader
      .prepare(
        `SELECT l.id FROM learners l JOIN goals g ON g.learner_id = l.id JOIN contacts c ON c.learner_id = l.id
         GROUP BY l.id ORDER BY (SELECT count(*) FROM profile_entries p WHERE p.learner_id = l.id) DESC, l.id LIMIT 1`,
      )
      .pluck()
      .get(),
  );
}

describe('the one-page profile snapshot', () => {
  it('says where the learner stands, their next steps, drivers in their own words, goals and family', () => {
    const profile = learnerProfile(gradebook.reader, { learnerId: fullestLearner() });
    const snapshot = profileSnapshot(profile, { hideSensitive: false });
    const text = JSON.stringify(snapshot);
    const mastered = profile.academic.filter((s) => s.mastered).length;
    expect(snapshot.sections[0]?.lines[0]).toMatchObject({ text: `Mastered ${mastered} of ${profile.academic.length} standards`, share: mastered / profile.academic.length });
    for (const gap of profile.gaps.slice(0, 3)) expect(text).toContain(gap.statement);
    const own = profile.drivers.find((d) => d.author === 'learner');
    if (own) expect(snapshot.sections.flatMap((s) => s.lines).find((l) => l.text.endsWith(own.body))).toMatchObject({ learnerVoice: true });
    expect(text).toContain(profile.goals[0]?.body);
    for (const contact of profile.contacts) expect(text).toContain(contact.name);
  });

  it('leaves supports and family contacts out when screen-share mode is on', () => {
    const profile = learnerProfile(gradebook.reader, { learnerId: fullestLearner() });
    const text = JSON.stringify(profileSnapshot(profile, { hideSensitive: true }));
    expect(profile.contacts.length).toBeGreaterThan(0);
    for (const contact of profile.contacts) {
      expect(text).not.toContain(contact.name);
      if (contact.phone) expect(text).not.toContain(contact.phone);
    }
    for (const support of profile.supports) expect(text).not.toContain(support.body);
  });

  it('is a one-page PDF with its font embedded, named for the learner, for every demo learner', () => {
    const ids = gradebook.reader.prepare('SELECT id FROM learners ORDER BY id LIMIT 12').pluck().all() as string[];
    for (const learnerId of [fullestLearner(), ...ids]) {
      const { fileName, pdfBase64 } = learnerSnapshot(gradebook.reader, { learnerId, hideSensitive: false });
      const pdf = Buffer.from(pdfBase64, 'base64').toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
      expect(pdf.match(/\/Type \/Page\b/g), fileName).toHaveLength(1);
      expect(pdf).toContain('/FontFile2');
      const { given_name: given, family_name: family } = gradebook.reader.prepare('SELECT given_name, family_name FROM learners WHERE id = ?').get(learnerId) as {
        given_name: string;
        family_name: string;
      };
      expect(fileName).toMatch(new RegExp(`^${given} ${family} — profile today\\.pdf$`.replace(/[()]/g, '\\$&')));
    }
  });
});
