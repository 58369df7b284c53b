import { describe, expect, it } from 'vitest';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { readDemographics } from './demographics.js';
import { listFrameworks, searchStandards, setTrackedStandards, standardsTree, trackedStandards } from './frameworks.js';
import { insertClass } from './class-setup.js';
import { insertLearner } from './learner-records.js';
import { insertSchool } from './school.js';
import { setSetting } from './settings.js';
import { insertFramework, insertPrerequisite, insertStandard } from './standards.js';

const openGradebook = useTempGradebook();

async function smallFramework() {
  const gradebook = await openGradebook();
  const w = gradebook.writer;
  const frameworkId = insertFramework(w, { title: 'Grade 5 Math', creator: 'Test' });
  const domain = insertStandard(w, { frameworkId, position: 0, code: '5.NF', statement: 'Number and Operations—Fractions', type: 'domain', gradeLevels: ['05'] });
  const second = insertStandard(w, { frameworkId, parentId: domain, position: 1, code: '5.NF.A.2', statement: 'Solve word problems involving addition of fractions' });
  const first = insertStandard(w, { frameworkId, parentId: domain, position: 0, code: '5.NF.A.1', statement: 'Add and subtract fractions with unlike denominators' });
  const retired = insertStandard(w, { frameworkId, parentId: domain, position: 2, code: '5.NF.A.9', statement: 'Old fractions standard', retiredAt: '2026-01-01T00:00:00.000Z' });
  insertPrerequisite(w, { standardId: second, prerequisiteId: first, origin: 'framework' });
  const schoolId = insertSchool(w, { name: 'School' });
  const classId = insertClass(w, { schoolId, title: '5A' });
  return { gradebook, frameworkId, domain, first, second, retired, classId };
}

describe('framework reads for the Standards view', () => {
  it('lists frameworks with counts and gives the tree depth-first in sibling order, retired marked', async () => {
    const { gradebook, frameworkId, domain, first, second, retired } = await smallFramework();
    expect(listFrameworks(gradebook.reader)).toEqual([
      expect.objectContaining({ id: frameworkId, title: 'Grade 5 Math', standardCount: 3, retiredCount: 1, prerequisiteCount: 1 }),
    ]);
    const tree = standardsTree(gradebook.reader, frameworkId);
    expect(tree.map((s) => s.id)).toEqual([domain, first, second, retired]);
    expect(tree[0]).toMatchObject({ parentId: null, type: 'domain', gradeLevels: ['05'], retired: false });
    expect(tree[3]?.retired).toBe(true);
  });

  it('searches by code prefix first, then by every word of the statement, leaving retired standards out', async () => {
    const { gradebook, frameworkId, first, second, domain } = await smallFramework();
    expect(searchStandards(gradebook.reader, '5.NF.A').map((s) => s.id)).toEqual([first, second]);
    expect(searchStandards(gradebook.reader, 'fractions word', frameworkId).map((s) => s.id)).toEqual([second]);
    expect(searchStandards(gradebook.reader, 'fractions').map((s) => s.id)).toEqual([domain, first, second]);
    expect(searchStandards(gradebook.reader, '100%_')).toEqual([]);
  });

  it('sets the tracked standards in one audited transaction and refuses unknown ids without changing anything', async () => {
    const { gradebook, classId, first, second } = await smallFramework();
    expect(setTrackedStandards(gradebook.writer, classId, [second, first]).map((s) => s.id)).toEqual([second, first]);
    expect(trackedStandards(gradebook.reader, classId).map((s) => s.id)).toEqual([second, first]);
    expect(setTrackedStandards(gradebook.writer, classId, [first]).map((s) => s.id)).toEqual([first]);
    const audits = gradebook.reader.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'class_standards'`).pluck().get();
    expect(audits).toBe(2);
    expect(() => setTrackedStandards(gradebook.writer, classId, [second, '01900000-0000-7000-8000-000000000000'])).toThrow(/not in this gradebook/);
    expect(trackedStandards(gradebook.reader, classId).map((s) => s.id)).toEqual([first]);
  });
});

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
