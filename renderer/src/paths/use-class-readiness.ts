import { useEffect, useState } from 'react';
import type { ClassReadiness } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure, type ContractFailure } from '../bridge/contract-failure.js';
import { concernsClass, onGradebookChange, touches } from '../session/gradebook-changes.js';

export type ReadinessLoad =
  | { status: 'loading' }
  | { status: 'ready'; value: ClassReadiness; refreshing: boolean }
  | { status: 'error'; error: ContractFailure };

type Answer = { key: string; value: ClassReadiness } | { key: string; error: ContractFailure };

/** What readiness is computed from: evidence and its levels, the tracked standards and their graph, the roster. */
const readinessInputs = ['evidence', 'mastery', 'standards', 'frameworks', 'learners', 'classes', 'scales'] as const;

/**
 * One class's readiness at `asOf` (null: today), read again after any write that may change it. The
 * last answer stays on screen while a new one is on its way (`refreshing`), so choosing a date or
 * recording evidence elsewhere never blanks the board.
 */
export function useClassReadiness(classId: string, asOf: string | null): ReadinessLoad {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [version, setVersion] = useState(0);
  const key = `${classId}\u0000${asOf ?? ''}\u0000${version}`;

  useEffect(
    () =>
      onGradebookChange((change) => {
        if (concernsClass(change, classId) && touches(change, readinessInputs)) setVersion((value) => value + 1);
      }),
    [classId],
  );

  useEffect(() => {
    let current = true;
    call('paths:readiness', asOf === null ? { classId } : { classId, asOf }).then(
      (value) => current && setAnswer({ key, value }),
      (error: unknown) => current && setAnswer({ key, error: asContractFailure(error) }),
    );
    return () => {
      current = false;
    };
  }, [key, classId, asOf]);

  if (answer === null) return { status: 'loading' };
  if ('error' in answer) return answer.key === key ? { status: 'error', error: answer.error } : { status: 'loading' };
  if (answer.value.classId !== classId) return { status: 'loading' };
  return { status: 'ready', value: answer.value, refreshing: answer.key !== key };
}
