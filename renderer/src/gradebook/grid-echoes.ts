import type { ChannelName, GradebookChange, RequestOf, ResponseOf } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';

/**
 * The grid's own writes, whose answers it applies itself (the cells and roll-ups each write answers
 * with). Their `gradebook:changed` echo would only read the whole grid again — 200,000 cells of a big
 * class after every single entry — so the grid counts the echoes it expects and lets them pass.
 * A failed write posts no echo (the worker announces successful writes only), so it expects none.
 */
const expected = new Map<string, number>();

export async function callApplyingAnswer<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  expected.set(channel, (expected.get(channel) ?? 0) + 1);
  try {
    return await call(channel, request);
  } catch (error) {
    take(channel);
    throw error;
  }
}

/** True (once) for the echo of a write the grid has already applied from its answer. */
export function isOwnEcho(change: GradebookChange): boolean {
  return take(change.channel);
}

function take(channel: string): boolean {
  const count = expected.get(channel) ?? 0;
  if (count === 0) return false;
  if (count === 1) expected.delete(channel);
  else expected.set(channel, count - 1);
  return true;
}

/** For tests: expect no echo at all. */
export function forgetExpectedEchoes(): void {
  expected.clear();
}
