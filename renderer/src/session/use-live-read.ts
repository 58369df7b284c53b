import { useEffect, useState } from 'react';
import type { ChangedAggregate, ChannelName, RequestOf, ResponseOf } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure, type ContractFailure } from '../bridge/contract-failure.js';
import { concernsClass, onGradebookChange, touches } from './gradebook-changes.js';

export type LiveRead<T> = { status: 'loading' } | { status: 'ready'; value: T; refreshing: boolean } | { status: 'error'; error: ContractFailure };

/**
 * One read a section shows, made again when its request changes (a filter) or a write changes what it
 * shows (`inputs` of `classId`, or of any class when null). The last answer stays on screen, marked
 * refreshing, while the next is on its way, so a change does not blank the page. `inputs` must be a
 * constant list (a new array each render would subscribe again each render).
 */
export function useLiveRead<C extends ChannelName>(channel: C, request: RequestOf<C>, classId: string | null, inputs: readonly ChangedAggregate[]): LiveRead<ResponseOf<C>> {
  const [answer, setAnswer] = useState<{ key: string; value: ResponseOf<C> } | { key: string; error: ContractFailure } | null>(null);
  const [version, setVersion] = useState(0);
  const requestKey = JSON.stringify(request);
  const key = `${channel}\u0000${requestKey}\u0000${version}`;

  useEffect(
    () =>
      onGradebookChange((change) => {
        if ((classId === null || concernsClass(change, classId)) && touches(change, inputs)) setVersion((value) => value + 1);
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
