import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openGradebook, type Gradebook } from '../../db/open.js';
import type { Skill } from '../../preload/contract/standards.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { learnerProfile } from '../learners/learner-profile.js';
import { dispatch } from '../worker/dispatch.js';

const tempDir = useTempDir();
let gradebook: Gradebook;
beforeEach(async () => {
  gradebook = await openGradebook(join(tempDir(), 'demo.proficio'));
  generateDemoGradebook(gradebook.writer, { seed: 3, classes: 2, learnersPerClass: 7, evidence: 600 });
});
afterEach(() => gradebook.close());

const skills = () => {
  const result = dispatch(gradebook, 'standards:skills', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Skill[];
};
const learnerOf = (classId: string) => String(gradebook.reader.prepare(`SELECT learner_id FROM enrollments WHERE class_id = ? AND role = 'learner' LIMIT 1`).pluck().get(classId));
const classes = () => gradebook.reader.prepare('SELECT id FROM classes ORDER BY title').pluck().all() as string[];

describe('the school’s list of learning-related skills', () => {
  it('adds a skill every class tracks and shows it in each learner’s skills, never among academic standards', () => {
    const before = skills();
    const added = dispatch(gradebook, 'standards:saveSkill', { statement: 'Asks for help when stuck', code: 'LS.9' });
    expect(added).toMatchObject({ ok: true, value: { code: 'LS.9', retired: false, classCount: classes().length } });
    expect(skills()).toHaveLength(before.length + 1);
    for (const classId of classes()) {
      const profile = learnerProfile(gradebook.reader, { learnerId: learnerOf(classId), classId });
      expect(profile.skills.map((s) => s.code)).toContain('LS.9');
      expect(profile.academic.map((s) => s.code)).not.toContain('LS.9');
    }
  });

  it('renames a skill in place and retires one: no class tracks it, its evidence stays, and it can come back', () => {
    const [first] = skills();
    if (!first) throw new Error('the demo has skills');
    expect(dispatch(gradebook, 'standards:saveSkill', { standardId: first.standardId, statement: 'Keeps going' })).toMatchObject({ ok: true, value: { statement: 'Keeps going', code: first.code } });
    const evidence = () => gradebook.reader.prepare('SELECT count(*) FROM evidence WHERE standard_id = ?').pluck().get(first.standardId);
    const kept = evidence();
    expect(dispatch(gradebook, 'standards:retireSkill', { standardId: first.standardId, retired: true })).toMatchObject({ ok: true, value: { retired: true, classCount: 0 } });
    expect(evidence()).toBe(kept);
    const classId = classes()[0]!;
    expect(learnerProfile(gradebook.reader, { learnerId: learnerOf(classId), classId }).skills.map((s) => s.standardId)).not.toContain(first.standardId);
    expect(dispatch(gradebook, 'standards:retireSkill', { standardId: first.standardId, retired: false })).toMatchObject({ ok: true, value: { retired: false, classCount: classes().length } });
  });

  it('refuses to rename or retire an academic standard, changing nothing', () => {
    const academic = String(gradebook.reader.prepare(`SELECT s.id FROM standards s JOIN frameworks f ON f.id = s.framework_id WHERE f.scale_id IS NULL AND s.type = 'standard' LIMIT 1`).pluck().get());
    const before = snapshotGradebook(gradebook.reader.path);
    expect(dispatch(gradebook, 'standards:saveSkill', { standardId: academic, statement: 'Hijacked' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dispatch(gradebook, 'standards:retireSkill', { standardId: academic, retired: true })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(snapshotGradebook(gradebook.reader.path)).toEqual(before);
  });
});
