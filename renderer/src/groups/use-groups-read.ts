import { useEffect, useState } from 'react';
import type { ChangedAggregate, ChannelName, RequestOf, ResponseOf } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure, type ContractFailure } from '../bridge/contract-failure.js';
import { concernsClass, onGradebookChange, touches } from '../session/gradebook-changes.js';

export type ReadState<T> = { status: 'loading' } | { status: 'ready'; value: T; refreshing: boolean } | { status: 'error'; error: ContractFailure };

/**
 * What the Groups section shows besides its own drafts: the saved sets, one set, the history, the
 * roster and tracked standards — each read again after a write that may change it. A saved set's stale
 * flag follows new evidence, so its readers also listen for evidence and levels. The last answer stays
 * on screen while the next is on its way. `inputs` is a constant list (a new array each render would
 * subscribe again each render).
 */
export function useGroupsRead<C extends ChannelName>(channel: C, request: RequestOf<C>, classId: string, inputs: readonly ChangedAggregate[]): ReadState<ResponseOf<C>> {
  const [answer, setAnswer] = useState<{ key: string; value: ResponseOf<C> } | { key: string; error: ContractFailure } | null>(null);
  const [version, setVersion] = useState(0);
  const requestKey = JSON.stringify(request);
  const key = `${channel}\u0000${requestKey}\u0000${version}`;

  useEffect(
    () =>
      onGradebookChange((change) => {
        if (concernsClass(change, classId) && touches(change, inputs)) setVersion((value) => value + 1);
      }),
    [classId, inputs],
  );

  useEffect(() => {
    let current = true;
    call(channel, JSON.parse(requestKey) as RequestOf<C>).then(
      (value) => current && setAnswer({ key, value }),
      (error: unknown) => current && setAnswer({ key, error: asContractFailure(error) }),
    );
    return () => {
      current = false;
    };
  }, [key, channel, requestKey]);

  if (answer === null) return { status: 'loading' };
  if ('error' in answer) return answer.key === key ? { status: 'error', error: answer.error } : { status: 'loading' };
  return { status: 'ready', value: answer.value, refreshing: answer.key !== key };
}

/** What a saved set's stale flag and the history depend on, besides the sets themselves. */
export const groupSetInputs = ['groups', 'evidence', 'mastery', 'learners', 'classes', 'standards', 'scales'] as const satisfies readonly ChangedAggregate[];

export const rosterInputs = ['learners', 'classes'] as const satisfies readonly ChangedAggregate[];
export const trackedInputs = ['standards', 'frameworks', 'classes'] as const satisfies readonly ChangedAggregate[];
