import { channelNames, type ProficioApi } from '../../../preload/contract/index.js';

/**
 * True when `value` has a method for every channel of the contract and the events hook. Checked rather
 * than assumed, so a stale preload (an older contract) is reported instead of failing on first use.
 */
export function isProficioApi(value: unknown): value is ProficioApi {
  if (typeof value !== 'object' || value === null) return false;
  const hasChannels = channelNames.every((channel) => {
    const [domain = '', verb = ''] = channel.split(':');
    const group: unknown = Reflect.get(value, domain);
    return typeof group === 'object' && group !== null && typeof Reflect.get(group, verb) === 'function';
  });
  const events: unknown = Reflect.get(value, 'events');
  return hasChannels && typeof events === 'object' && events !== null && typeof Reflect.get(events, 'on') === 'function';
}
