import type { groupsChannels } from '../../preload/contract/groups.js';
import type { HandlersFor } from '../worker/handler-context.js';

/** Empty until the groups issue lands its channels. */
export const groupsHandlers = {} satisfies HandlersFor<typeof groupsChannels>;
