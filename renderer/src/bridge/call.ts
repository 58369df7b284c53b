import type { ChannelName, RequestOf, ResponseOf, Result } from '../../../preload/contract/index.js';
import { ContractFailure } from './contract-failure.js';
import { currentBridge } from './current-bridge.js';

type Method = (request: unknown) => Promise<Result<unknown>>;

/**
 * Sends one request by its contract name and returns the value, or throws a `ContractFailure`.
 * Views and stores use this instead of the raw `Result`, so an error cannot be ignored by accident.
 */
export async function call<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await methodOf(channel)(request);
  if (!result.ok) throw new ContractFailure(result.error);
  // the method is the one bound to `channel` by buildProficioApi, so its value is ResponseOf<C>
  return result.value as ResponseOf<C>;
}

function methodOf(channel: ChannelName): Method {
  const [domain = '', verb = ''] = channel.split(':');
  const group: unknown = Reflect.get(currentBridge(), domain);
  const method: unknown = typeof group === 'object' && group !== null ? Reflect.get(group, verb) : undefined;
  if (typeof method !== 'function') {
    throw new ContractFailure({
      code: 'unknown_channel',
      message: `This window cannot send "${channel}": the gradebook connection does not offer it.`,
      details: { channel },
    });
  }
  return (request) => Reflect.apply(method, group, [request]) as Promise<Result<unknown>>;
}
