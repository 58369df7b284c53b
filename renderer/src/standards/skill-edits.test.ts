import { describe, expect, it } from 'vitest';
import type { Skill } from '../../../preload/contract/index.js';
import { hasUnsavedSkillEdits, noSkillEdits, skillReach, skillsInListOrder, startRename } from './skill-edits.js';

const skill = (standardId: string, statement: string, extra: Partial<Skill> = {}): Skill => ({
  standardId,
  frameworkId: 'f1',
  code: null,
  statement,
  retired: false,
  classCount: 2,
  ...extra,
});

describe('hasUnsavedSkillEdits', () => {
  const skills = [skill('s1', 'Keeps going', { code: 'LS.1' }), skill('s2', 'Works with others')];

  it('is false with nothing typed, or only spaces in the new skill', () => {
    expect(hasUnsavedSkillEdits(noSkillEdits, skills)).toBe(false);
    expect(hasUnsavedSkillEdits({ ...noSkillEdits, newStatement: '   ' }, skills)).toBe(false);
  });

  it('is true once a new skill has words or a code', () => {
    expect(hasUnsavedSkillEdits({ ...noSkillEdits, newStatement: 'Asks for help' }, skills)).toBe(true);
    expect(hasUnsavedSkillEdits({ ...noSkillEdits, newCode: 'LS.9' }, skills)).toBe(true);
  });

  it('is false for a rename opened but not changed, true once its words or code differ', () => {
    const first = skills[0];
    if (!first) throw new Error('no skill');
    const opened = { ...noSkillEdits, renaming: startRename(first) };
    expect(opened.renaming).toEqual({ standardId: 's1', statement: 'Keeps going', code: 'LS.1' });
    expect(hasUnsavedSkillEdits(opened, skills)).toBe(false);
    expect(hasUnsavedSkillEdits({ ...noSkillEdits, renaming: { standardId: 's1', statement: 'Keeps going ', code: 'LS.1' } }, skills)).toBe(false);
    expect(hasUnsavedSkillEdits({ ...noSkillEdits, renaming: { standardId: 's1', statement: 'Keeps at it', code: 'LS.1' } }, skills)).toBe(true);
    expect(hasUnsavedSkillEdits({ ...noSkillEdits, renaming: { standardId: 's1', statement: 'Keeps going', code: '' } }, skills)).toBe(true);
  });

  it('ignores a rename of a skill no longer in the list', () => {
    expect(hasUnsavedSkillEdits({ ...noSkillEdits, renaming: { standardId: 'gone', statement: 'x', code: '' } }, skills)).toBe(false);
  });
});

describe('skillsInListOrder and skillReach', () => {
  it('lists skills in use first, retired after, each keeping the school order', () => {
    const list = [skill('a', 'A', { retired: true, classCount: 0 }), skill('b', 'B'), skill('c', 'C', { retired: true, classCount: 0 }), skill('d', 'D')];
    expect(skillsInListOrder(list).map((item) => item.standardId)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('says how far a skill reaches in words', () => {
    expect(skillReach(skill('a', 'A', { classCount: 1 }))).toBe('Tracked by 1 class');
    expect(skillReach(skill('a', 'A', { classCount: 3 }))).toBe('Tracked by 3 classes');
    expect(skillReach(skill('a', 'A', { classCount: 0 }))).toBe('Not tracked by any class yet');
    expect(skillReach(skill('a', 'A', { retired: true, classCount: 0 }))).toBe('Retired: no class tracks it; its evidence is kept');
  });
});
