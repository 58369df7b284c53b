import type { pathsChannels } from '../../preload/contract/paths.js';
import type { HandlersFor } from '../worker/handler-context.js';

/** Empty until the paths issue lands its channels. */
export const pathsHandlers = {} satisfies HandlersFor<typeof pathsChannels>;
