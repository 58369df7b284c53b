import { recordAudit } from '../../db/audit.js';
import { GradebookError } from '../../db/errors.js';
import { insertFramework } from '../../db/frameworks.js';
import type { GradebookReader, GradebookWriter } from '../../db/handle.js';
import { invalidateStoredMastery } from '../../db/mastery-levels.js';
import { listScales } from '../../db/scales.js';
import { insertStandard, readSkills, setStandardRetired, trackStandards, untrackEverywhere, updateStandardText } from '../../db/standards.js';
import type { ValidRequestOf } from '../../preload/contract/index.js';
import type { Skill } from '../../preload/contract/standards.js';
import { keepStoredLevelsCurrent } from '../gradebook/mastery-grid.js';

/**
 * The school's list of learning-related skills: standards of a framework scored on the learning-skills
 * scale, kept apart from academic mastery everywhere. Adding a skill puts it in every class that tracks
 * skills; retiring one takes it out of every class but keeps its evidence.
 */

const newFrameworkTitle = 'Learning-related skills';

export function listSkills(reader: GradebookReader): Skill[] {
  return readSkills(reader);
}

function requireSkill(reader: GradebookReader, standardId: string): Skill {
  const skill = readSkills(reader).find((s) => s.standardId === standardId);
  if (!skill) throw new GradebookError('not_found', 'That is not one of the school’s learning-related skills.', { standardId });
  return skill;
}

/** The classes that track any skill of a framework; every class when none does yet (a first skill). */
function classesTrackingSkills(writer: GradebookWriter, frameworkId: string): string[] {
  const tracking = writer
    .prepare('SELECT DISTINCT cs.class_id FROM class_standards cs JOIN standards s ON s.id = cs.standard_id WHERE s.framework_id = ?')
    .pluck()
    .all(frameworkId) as string[];
  return tracking.length > 0 ? tracking : (writer.prepare(`SELECT id FROM classes WHERE status = 'active'`).pluck().all() as string[]);
}

function skillsFramework(writer: GradebookWriter): string {
  const existing = readSkills(writer)[0]?.frameworkId;
  if (existing) return existing;
  const scale = listScales(writer).find((s) => s.purpose === 'learning_skills');
  if (!scale) throw new GradebookError('invalid_data', 'This gradebook has no learning-skills scale to score skills on; add one under Scales first.');
  return insertFramework(writer, { title: newFrameworkTitle, creator: 'this school', scaleId: scale.id });
}

function refreshLevels(writer: GradebookWriter, classIds: readonly string[]): void {
  for (const classId of classIds) invalidateStoredMastery(writer, classId);
  keepStoredLevelsCurrent(writer, classIds);
}

export function saveSkill(writer: GradebookWriter, request: ValidRequestOf<'standards:saveSkill'>): Skill {
  return writer.transaction(() => {
    const code = request.code ?? null;
    if (request.standardId) {
      const before = requireSkill(writer, request.standardId);
      updateStandardText(writer, before.standardId, { statement: request.statement, code: request.code === undefined ? before.code : code });
      const after = requireSkill(writer, before.standardId);
      recordAudit(writer, { actor: 'educator', action: 'update', entity: 'standard', entityId: before.standardId, before: { ...before }, after: { ...after } });
      return after;
    }
    const frameworkId = skillsFramework(writer);
    const position = Number(writer.prepare('SELECT coalesce(max(position), -1) + 1 FROM standards WHERE framework_id = ?').pluck().get(frameworkId));
    const standardId = insertStandard(writer, { frameworkId, position, code, statement: request.statement, type: 'standard' });
    const classIds = classesTrackingSkills(writer, frameworkId);
    for (const classId of classIds) trackStandards(writer, classId, [standardId]);
    refreshLevels(writer, classIds);
    const skill = requireSkill(writer, standardId);
    recordAudit(writer, { actor: 'educator', action: 'create', entity: 'standard', entityId: standardId, after: { ...skill } });
    return skill;
  });
}

export function retireSkill(writer: GradebookWriter, request: ValidRequestOf<'standards:retireSkill'>): Skill {
  return writer.transaction(() => {
    const before = requireSkill(writer, request.standardId);
    if (before.retired === request.retired) return before;
    setStandardRetired(writer, before.standardId, request.retired);
    const classIds = request.retired ? untrackEverywhere(writer, before.standardId) : classesTrackingSkills(writer, before.frameworkId);
    if (!request.retired) for (const classId of classIds) trackStandards(writer, classId, [before.standardId]);
    refreshLevels(writer, classIds);
    const after = requireSkill(writer, before.standardId);
    recordAudit(writer, { actor: 'educator', action: 'update', entity: 'standard', entityId: before.standardId, before: { ...before }, after: { ...after } });
    return after;
  });
}
