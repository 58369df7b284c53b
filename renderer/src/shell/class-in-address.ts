import { id as proficioId, type ClassSummary } from '../../../preload/contract/index.js';
import type { ViewName } from '../session/views.js';

/**
 * What the class named in the address is, for a section that shows one class:
 * - `none`: no class named (the section asks for one itself);
 * - `known`: a class of this gradebook, or one that may be while the class list is still on its way;
 * - `checking`: not yet known, and not even shaped like a Proficio id — no request is sent with it;
 * - `unknown`: the gradebook has no such class (a stale link, another gradebook's, or mistyped).
 * Malformed and missing ids end in the same state: to a teacher both are "that class is not here".
 */
export type ClassInAddress = 'none' | 'known' | 'checking' | 'unknown';

/** The sections whose content is one class; the others show the whole gradebook (or no class at all). */
const classScopedViews: ReadonlySet<ViewName> = new Set(['learners', 'gradebook', 'paths', 'reports']);

export function classInAddress(view: ViewName, classId: string | null, classesRead: boolean, classes: readonly Pick<ClassSummary, 'id'>[]): ClassInAddress {
  if (classId === null || !classScopedViews.has(view)) return 'none';
  if (classes.some((item) => item.id === classId)) return 'known';
  if (classesRead) return 'unknown';
  // the section may start reading a well-formed id at once (the class list comes alongside)
  return proficioId.safeParse(classId).success ? 'known' : 'checking';
}
