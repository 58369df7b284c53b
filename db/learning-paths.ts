import { GradebookError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { ActivityOption } from '../preload/contract/paths.js';
import type { StepStatus } from '../preload/contract/vocabulary.js';

/** Path templates of a class, and learners' own paths and their steps. */

export type TemplateRow = { templateId: string; classId: string; title: string; learnerCount: number };
export type TemplateStepRow = { templateId: string; standardId: string; code: string | null; statement: string; options: ActivityOption[] };
export type PathRow = { pathId: string; classId: string; learnerId: string; title: string; targetOn: string | null; templateId: string | null; startedOn: string | null; createdAt: string };
export type StepRow = {
  stepId: string;
  pathId: string;
  standardId: string;
  code: string | null;
  statement: string;
  position: number;
  options: ActivityOption[];
  chosenOption: string | null;
  status: StepStatus;
  skipReason: string | null;
  plannedStartOn: string | null;
  plannedEndOn: string | null;
};

function parseOptions(json: string): ActivityOption[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as ActivityOption[]) : [];
  } catch {
    return [];
  }
}

export function readTemplates(reader: GradebookReader, classId: string): TemplateRow[] {
  return reader.all(
    qb
      .selectFrom('path_templates as t')
      .where('t.class_id', '=', classId)
      .select((eb) => [
        't.id as templateId',
        't.class_id as classId',
        't.title',
        eb.selectFrom('learning_paths as p').whereRef('p.template_id', '=', 't.id').select(eb.fn.countAll<number>().as('n')).as('learnerCount'),
      ])
      .orderBy('t.title'),
  ).map((t) => ({ ...t, learnerCount: Number(t.learnerCount ?? 0) }));
}

export function readTemplateSteps(reader: GradebookReader, templateIds: readonly string[]): TemplateStepRow[] {
  if (templateIds.length === 0) return [];
  return reader
    .all(
      qb
        .selectFrom('path_template_steps as ts')
        .innerJoin('standards as s', 's.id', 'ts.standard_id')
        .where('ts.template_id', 'in', [...templateIds])
        .select(['ts.template_id as templateId', 'ts.standard_id as standardId', 's.code', 's.statement', 'ts.options'])
        .orderBy('ts.template_id')
        .orderBy('ts.position'),
    )
    .map((row) => ({ ...row, options: parseOptions(row.options) }));
}

/** Writes a template and its steps (replacing the steps of an existing one). */
export function writeTemplate(writer: GradebookWriter, input: { templateId?: string | undefined; classId: string; title: string; steps: readonly { standardId: string; options: ActivityOption[] }[] }): string {
  const at = nowIso();
  const templateId = input.templateId ?? newId();
  if (input.templateId) {
    const changed = writer.run(qb.updateTable('path_templates').set({ title: input.title, updated_at: at }).where('id', '=', templateId).where('class_id', '=', input.classId)).changes;
    if (changed === 0) throw new GradebookError('not_found', 'That path template is not one of this class’s.', { templateId, classId: input.classId });
    writer.run(qb.deleteFrom('path_template_steps').where('template_id', '=', templateId));
  } else {
    writer.run(qb.insertInto('path_templates').values({ id: templateId, class_id: input.classId, title: input.title, created_at: at, updated_at: at }));
  }
  input.steps.forEach((step, position) =>
    writer.run(qb.insertInto('path_template_steps').values({ id: newId(), template_id: templateId, standard_id: step.standardId, position, options: JSON.stringify(step.options) })),
  );
  return templateId;
}

export function readTemplate(reader: GradebookReader, templateId: string): { templateId: string; classId: string; title: string } {
  const row = reader.first(qb.selectFrom('path_templates').select(['id as templateId', 'class_id as classId', 'title']).where('id', '=', templateId));
  if (!row) throw new GradebookError('not_found', 'That path template is not in this gradebook.', { templateId });
  return row;
}

const pathColumns = ['id as pathId', 'class_id as classId', 'learner_id as learnerId', 'title', 'target_on as targetOn', 'template_id as templateId', 'started_on as startedOn', 'created_at as createdAt'] as const;

/** The learner's newest path in a class, or null. */
export function readLearnerPath(reader: GradebookReader, classId: string, learnerId: string): PathRow | null {
  return reader.first(qb.selectFrom('learning_paths').select(pathColumns).where('class_id', '=', classId).where('learner_id', '=', learnerId).orderBy('created_at', 'desc').orderBy('id', 'desc')) ?? null;
}

/** Each learner's newest path in a class (one a learner). */
export function readClassPaths(reader: GradebookReader, classId: string): PathRow[] {
  const newest = new Map<string, PathRow>();
  for (const row of reader.all(qb.selectFrom('learning_paths').select(pathColumns).where('class_id', '=', classId).orderBy('created_at', 'desc').orderBy('id', 'desc'))) {
    if (!newest.has(row.learnerId)) newest.set(row.learnerId, row);
  }
  return [...newest.values()];
}

/** The learner's own target date for a path (null clears it). */
export function updatePathTarget(writer: GradebookWriter, pathId: string, targetOn: string | null): void {
  writer.run(qb.updateTable('learning_paths').set({ target_on: targetOn, updated_at: nowIso() }).where('id', '=', pathId));
}

export function learnersWithTemplate(reader: GradebookReader, templateId: string): Set<string> {
  return new Set(reader.prepare('SELECT learner_id FROM learning_paths WHERE template_id = ?').pluck().all(templateId) as string[]);
}

export function insertPath(writer: GradebookWriter, input: { classId: string; learnerId: string; title: string; templateId: string | null; startedOn: string; at?: string }): string {
  const id = newId();
  const at = input.at ?? nowIso();
  writer.run(qb.insertInto('learning_paths').values({ id, class_id: input.classId, learner_id: input.learnerId, title: input.title, template_id: input.templateId, started_on: input.startedOn, created_at: at, updated_at: at }));
  return id;
}

export function insertStep(writer: GradebookWriter, input: { pathId: string; standardId: string; position: number; options: readonly ActivityOption[] }): string {
  const id = newId();
  const at = nowIso();
  writer.run(qb.insertInto('path_steps').values({ id, path_id: input.pathId, standard_id: input.standardId, position: input.position, options: JSON.stringify(input.options), chosen_option: null, skip_reason: null, planned_start_on: null, planned_end_on: null, created_at: at, updated_at: at }));
  return id;
}

export function readSteps(reader: GradebookReader, pathId: string): StepRow[] {
  return reader
    .all(
      qb
        .selectFrom('path_steps as ps')
        .innerJoin('standards as s', 's.id', 'ps.standard_id')
        .where('ps.path_id', '=', pathId)
        .select([
          'ps.id as stepId',
          'ps.path_id as pathId',
          'ps.standard_id as standardId',
          's.code',
          's.statement',
          'ps.position',
          'ps.options',
          'ps.chosen_option as chosenOption',
          'ps.status',
          'ps.skip_reason as skipReason',
          'ps.planned_start_on as plannedStartOn',
          'ps.planned_end_on as plannedEndOn',
        ])
        .orderBy('ps.position'),
    )
    .map((row) => ({ ...row, options: parseOptions(row.options) }));
}

/** One step with its path, refused unless the path is `learnerId`'s own. */
export function requireStep(reader: GradebookReader, learnerId: string, stepId: string): StepRow & { classId: string } {
  const row = reader.first(qb.selectFrom('path_steps as ps').innerJoin('learning_paths as p', 'p.id', 'ps.path_id').where('ps.id', '=', stepId).select(['p.learner_id as learnerId', 'p.class_id as classId', 'ps.path_id as pathId']));
  if (!row || row.learnerId !== learnerId) throw new GradebookError('not_found', 'That step is not on this learner’s path.', { learnerId, stepId });
  const step = readSteps(reader, row.pathId).find((s) => s.stepId === stepId);
  if (!step) throw new GradebookError('not_found', 'That step is not on this learner’s path.', { learnerId, stepId });
  return { ...step, classId: row.classId };
}

export function requirePath(reader: GradebookReader, learnerId: string, pathId: string): PathRow {
  const row = reader.first(qb.selectFrom('learning_paths').select(pathColumns).where('id', '=', pathId));
  if (!row || row.learnerId !== learnerId) throw new GradebookError('not_found', 'That path is not this learner’s.', { learnerId, pathId });
  return row;
}

export type StepChanges = { chosenOption?: string | null; status?: StepStatus; skipReason?: string | null; plannedStartOn?: string | null; plannedEndOn?: string | null };

export function updateStep(writer: GradebookWriter, stepId: string, changes: StepChanges): void {
  writer.run(
    qb
      .updateTable('path_steps')
      .set({
        ...(changes.chosenOption !== undefined ? { chosen_option: changes.chosenOption } : {}),
        ...(changes.status !== undefined ? { status: changes.status } : {}),
        ...(changes.skipReason !== undefined ? { skip_reason: changes.skipReason } : {}),
        ...(changes.plannedStartOn !== undefined ? { planned_start_on: changes.plannedStartOn } : {}),
        ...(changes.plannedEndOn !== undefined ? { planned_end_on: changes.plannedEndOn } : {}),
        updated_at: nowIso(),
      })
      .where('id', '=', stepId),
  );
}

/** Puts the path's steps in the given order (positions 0…n−1). */
export function reorderSteps(writer: GradebookWriter, stepIds: readonly string[]): void {
  const set = writer.prepare('UPDATE path_steps SET position = ? WHERE id = ?');
  stepIds.forEach((id, position) => set.run(position, id));
}

/** When the class's term ends (YYYY-MM-DD), or null for a class with no term. */
export function readTermEnd(reader: GradebookReader, classId: string): string | null {
  return (reader.prepare('SELECT t.ends_on FROM classes c JOIN terms t ON t.id = c.term_id WHERE c.id = ?').pluck().get(classId) as string | undefined) ?? null;
}
