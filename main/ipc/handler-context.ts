import type { EventName, EventPayloads } from '../../preload/contract/index.js';

/**
 * What a handler may use besides the gradebook: events to the window (import progress) and the
 * cancel flag shared with main's thread. Both work while the worker is busy inside one synchronous
 * transaction: posting a message needs no turn of the event loop, and the flag is shared memory.
 */
export type HandlerContext = {
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** Index 0 non-zero = the user asked to cancel the running import. null when nobody can cancel. */
  cancelFlag: Int32Array | null;
};

export const noHandlerContext: HandlerContext = { emit: () => undefined, cancelFlag: null };
