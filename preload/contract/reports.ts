/** The reports capability (class reports, family reports and exports). Its channels land with its issue. */
import type { ChannelSet } from './channel.js';

export const reportsChannels = {} satisfies ChannelSet;
