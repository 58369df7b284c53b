import { useEffect, useState } from 'react';
import type { LearnerPath } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure, type ContractFailure } from '../bridge/contract-failure.js';
import { concernsClass, onGradebookChange, touches } from '../session/gradebook-changes.js';

export type LearnerPathLoad =
  | { status: 'loading' }
  | { status: 'ready'; path: LearnerPath | null; refreshing: boolean }
  | { status: 'error'; error: ContractFailure };

type Answer = { key: string; path: LearnerPath | null } | { key: string; error: ContractFailure };

/** A step's status and the pace follow the path itself, the evidence (mastery) and the class's graph. */
const pathInputs = ['paths', 'evidence', 'mastery', 'standards', 'frameworks', 'scales', 'classes'] as const;

/**
 * One learner's path in one class, read again after any write that may change it (a choice made here,
 * evidence recorded in the gradebook). The last answer stays on screen while the next is on its way.
 */
export function useLearnerPath(classId: string, learnerId: string): LearnerPathLoad {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [version, setVersion] = useState(0);
  const key = `${classId}\u0000${learnerId}\u0000${version}`;

  useEffect(
    () =>
      onGradebookChange((change) => {
        if (concernsClass(change, classId) && touches(change, pathInputs)) setVersion((value) => value + 1);
      }),
    [classId],
  );

  useEffect(() => {
    let current = true;
    call('paths:learnerPath', { classId, learnerId }).then(
      (path) => current && setAnswer({ key, path }),
      (error: unknown) => current && setAnswer({ key, error: asContractFailure(error) }),
    );
    return () => {
      current = false;
    };
  }, [key, classId, learnerId]);

  if (answer === null) return { status: 'loading' };
  if ('error' in answer) return answer.key === key ? { status: 'error', error: answer.error } : { status: 'loading' };
  if (answer.path !== null && (answer.path.learnerId !== learnerId || answer.path.classId !== classId)) return { status: 'loading' };
  return { status: 'ready', path: answer.path, refreshing: answer.key !== key };
}
