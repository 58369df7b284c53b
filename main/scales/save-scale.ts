import { recordAudit } from '../../db/audit.js';
import { GradebookError } from '../../db/errors.js';
import type { GradebookWriter } from '../../db/handle.js';
import { evidenceAtLevels, insertScale, listScales, scaleUsers, updateScale, type NewScale } from '../../db/scales.js';
import type { EditableScale, Scale, ValidRequestOf } from '../../preload/contract/index.js';
import { keepStoredLevelsCurrent } from '../gradebook/mastery-grid.js';
import { listEditableScales } from './list-scales.js';

/**
 * Creates a scale, or edits one in place. A level that evidence already sits on cannot be removed
 * (that evidence would lose its meaning); labels, colours, descriptions and the threshold can change
 * freely — mastery recomputes on the next read, because the threshold is part of each class's settings.
 */
export function saveScale(writer: GradebookWriter, request: ValidRequestOf<'scales:save'>): EditableScale {
  const input: NewScale = {
    title: request.title,
    purpose: request.purpose,
    masteryThreshold: request.masteryThreshold,
    halfSteps: request.halfSteps,
    levels: [...request.levels].sort((a, b) => a.value - b.value),
  };
  const scales = listScales(writer);
  const savedId = writer.transaction(() => {
    if (request.id === undefined) {
      // a new scale is used by no class yet: every stored level stays current
      const id = insertScale(writer, input);
      recordAudit(writer, { actor: 'educator', action: 'create', entity: 'scale', entityId: id, after: { ...input } });
      return id;
    }
    const before = scales.find((scale) => scale.id === request.id);
    if (!before) throw new GradebookError('not_found', 'That scale is not in this gradebook.', { scaleId: request.id });
    const kept = new Set(input.levels.map((level) => level.value));
    const removed = before.levels.map((level) => level.value).filter((value) => !kept.has(value));
    const defaultScaleId = scales.find((scale) => scale.purpose === 'academic')?.id ?? null;
    if (input.purpose !== before.purpose) refusePurposeChange(writer, before, defaultScaleId);
    const inUse = [...evidenceAtLevels(writer, before.id, removed, defaultScaleId)];
    if (inUse.length > 0) {
      const [value, count] = inUse[0]!;
      throw new GradebookError(
        'invalid_data',
        `Level ${value} (${before.levels.find((l) => l.value === value)?.label ?? ''}) cannot be removed: ${count} piece${count === 1 ? '' : 's'} of evidence use it.`,
        { scaleId: before.id, levelsInUse: Object.fromEntries(inUse) },
      );
    }
    updateScale(writer, before.id, input);
    const after = listScales(writer).find((scale) => scale.id === before.id)!;
    recordAudit(writer, { actor: 'educator', action: 'update', entity: 'scale', entityId: before.id, before: { ...before }, after: { ...after } });
    // a new threshold or range changes who has mastered what, in every class scored on this scale
    keepStoredLevelsCurrent(writer, null);
    return before.id;
  });
  // counted after the commit: a pass over all evidence need not hold the write transaction open
  return listEditableScales(writer).find((scale) => scale.id === savedId)!;
}

/**
 * Academic mastery and learning-related skills are never mixed: a scale that classes or frameworks
 * score on keeps its purpose (the same rule the evidence on it was recorded under).
 */
function refusePurposeChange(writer: GradebookWriter, scale: Scale, defaultScaleId: string | null): void {
  const users = scaleUsers(writer, scale.id, defaultScaleId);
  if (users.classes === 0 && users.frameworks === 0) return;
  const kind = scale.purpose === 'academic' ? 'an academic scale' : 'a learning-skills scale';
  throw new GradebookError(
    'invalid_data',
    `${scale.title} stays ${kind}: classes score on it. To score something else, make a new scale.`,
    { scaleId: scale.id, ...users },
  );
}
