import type { reportsChannels } from '../../preload/contract/reports.js';
import type { HandlersFor } from '../worker/handler-context.js';

/** Empty until the reports issue lands its channels. */
export const reportsHandlers = {} satisfies HandlersFor<typeof reportsChannels>;
