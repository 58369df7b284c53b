import { useEffect, useMemo, useState } from 'react';
import type { LearnerSteps } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure, type ContractFailure } from '../bridge/contract-failure.js';
import { concernsClass, onGradebookChange, touches } from '../session/gradebook-changes.js';

export type ClassStepsLoad = { status: 'loading' } | { status: 'ready'; byLearner: ReadonlyMap<string, LearnerSteps> } | { status: 'error'; error: ContractFailure };

type Answer = { key: string; rows: LearnerSteps[] } | { key: string; error: ContractFailure };

/** A learner's current step follows their path, the evidence (mastery) and the class's graph. */
const stepInputs = ['paths', 'evidence', 'mastery', 'standards', 'frameworks', 'scales', 'classes', 'learners'] as const;

/**
 * Each learner's current and next step in a class at `asOf` (null: today), for the path board, read
 * again after any write that may move them. The last answer stays while the next is on its way.
 */
export function useClassSteps(classId: string, asOf: string | null): ClassStepsLoad {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [version, setVersion] = useState(0);
  const key = `${classId}\u0000${asOf ?? ''}\u0000${version}`;

  useEffect(
    () =>
      onGradebookChange((change) => {
        if (concernsClass(change, classId) && touches(change, stepInputs)) setVersion((value) => value + 1);
      }),
    [classId],
  );

  useEffect(() => {
    let current = true;
    call('paths:classSteps', asOf === null ? { classId } : { classId, asOf }).then(
      (rows) => current && setAnswer({ key, rows }),
      (error: unknown) => current && setAnswer({ key, error: asContractFailure(error) }),
    );
    return () => {
      current = false;
    };
  }, [key, classId, asOf]);

  const byLearner = useMemo(() => (answer && 'rows' in answer ? new Map(answer.rows.map((row) => [row.learnerId, row])) : null), [answer]);
  if (answer === null) return { status: 'loading' };
  if ('error' in answer) return { status: 'error', error: answer.error };
  return { status: 'ready', byLearner: byLearner ?? new Map() };
}
