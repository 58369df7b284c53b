import type { Skill } from '../../../preload/contract/index.js';

/** What the teacher has typed in the skills dialog and not saved yet: a new skill, and at most one rename. */
export type SkillEdits = {
  newStatement: string;
  newCode: string;
  renaming: { standardId: string; statement: string; code: string } | null;
};

export const noSkillEdits: SkillEdits = { newStatement: '', newCode: '', renaming: null };

/** The rename form of a skill, filled with what it says now. */
export function startRename(skill: Skill): NonNullable<SkillEdits['renaming']> {
  return { standardId: skill.standardId, statement: skill.statement, code: skill.code ?? '' };
}

/**
 * True when closing the dialog would throw away something typed: a new skill's words, or a rename that
 * differs from the skill as saved (an opened but untouched rename loses nothing). Whitespace alone is nothing.
 */
export function hasUnsavedSkillEdits(edits: SkillEdits, skills: readonly Skill[]): boolean {
  if (edits.newStatement.trim() !== '' || edits.newCode.trim() !== '') return true;
  const renaming = edits.renaming;
  if (renaming === null) return false;
  const saved = skills.find((skill) => skill.standardId === renaming.standardId);
  if (!saved) return false;
  return renaming.statement.trim() !== saved.statement || renaming.code.trim() !== (saved.code ?? '');
}

/** The skills in use first, in the school's order, then the retired ones: the list reads as "what we track". */
export function skillsInListOrder(skills: readonly Skill[]): Skill[] {
  return [...skills.filter((skill) => !skill.retired), ...skills.filter((skill) => skill.retired)];
}

/** "Tracked by 3 classes" / "Not tracked by any class" — how far a skill reaches, in words. */
export function skillReach(skill: Skill): string {
  if (skill.retired) return 'Retired: no class tracks it; its evidence is kept';
  if (skill.classCount === 0) return 'Not tracked by any class yet';
  return `Tracked by ${skill.classCount} ${skill.classCount === 1 ? 'class' : 'classes'}`;
}
