import { useMemo } from 'react';
import type { LearnerSteps } from '../../../preload/contract/index.js';
import type { ContractFailure } from '../bridge/contract-failure.js';
import { useLiveRead } from '../session/use-live-read.js';

export type ClassStepsLoad = { status: 'loading' } | { status: 'ready'; byLearner: ReadonlyMap<string, LearnerSteps> } | { status: 'error'; error: ContractFailure };

/** A learner's current step follows their path, the evidence (mastery) and the class's graph. */
const stepInputs = ['paths', 'evidence', 'mastery', 'standards', 'frameworks', 'scales', 'classes', 'learners'] as const;

/**
 * Each learner's current and next step in a class at `asOf` (null: today), for the path board, read
 * again after any write that may move them. The last answer stays while the next is on its way.
 */
export function useClassSteps(classId: string, asOf: string | null): ClassStepsLoad {
  const read = useLiveRead('paths:classSteps', asOf === null ? { classId } : { classId, asOf }, classId, stepInputs);
  const rows = read.status === 'ready' ? read.value : null;
  const byLearner = useMemo(() => new Map((rows ?? []).map((row) => [row.learnerId, row])), [rows]);
  return read.status === 'ready' ? { status: 'ready', byLearner } : read;
}
