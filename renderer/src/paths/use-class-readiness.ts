import type { ClassReadiness } from '../../../preload/contract/index.js';
import { useLiveRead, type LiveRead } from '../session/use-live-read.js';

/** What readiness is computed from: evidence and its levels, the tracked standards and their graph, the roster. */
const readinessInputs = ['evidence', 'mastery', 'standards', 'frameworks', 'learners', 'classes', 'scales'] as const;

/**
 * One class's readiness at `asOf` (null: today), read again after any write that may change it. The
 * last answer stays on screen while a new one is on its way (`refreshing`), so choosing a date or
 * recording evidence elsewhere never blanks the board — unless it was another class's.
 */
export function useClassReadiness(classId: string, asOf: string | null): LiveRead<ClassReadiness> {
  const read = useLiveRead('paths:readiness', asOf === null ? { classId } : { classId, asOf }, classId, readinessInputs);
  return read.status === 'ready' && read.value.classId !== classId ? { status: 'loading' } : read;
}
